/**
 * What the centre of the window shows for each route (app/routes.ts). To add a view: add its
 * route to the `Route` union, then a line here — the type below makes a route without a view a
 * compile error. `title` names the view in the window title and the toolbar.
 *
 *   search: { Component: SearchView, title: (_route, { t }) => t('search:title') },
 */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import { noteNameOf } from '../../shared/notes/noteFileName';
import { DomainPage } from '../features/domains/DomainPage';
import { DomainsOverview } from '../features/domains/DomainsOverview';
import { HomeView } from '../features/home/HomeView';
import { JournalView } from '../features/journal/JournalView';
import { WeeklyReviewView } from '../features/journal/WeeklyReviewView';
import { SettingsView } from '../features/settings/SettingsView';
import { TagView } from '../features/tags/TagView';
import { TrashView } from '../features/trash/TrashView';
import { NoteView } from '../features/note/NoteView';
import { SearchView } from '../features/search/SearchView';
import type { Route, RouteView } from '../services/routes';
import { noteToolbarItems } from './noteToolbarItems';
import { settingsSections } from './settingsSections';

type RouteOf<V extends RouteView> = Extract<Route, { view: V }>;

export interface TitleContext {
  t: TFunction;
  byPath: ReadonlyMap<string, NoteSummary>;
  /** A community domain's name, if the domain list has it. */
  domainName(slug: string): string | undefined;
}

export interface ViewSpec<V extends RouteView> {
  Component: ComponentType<{ route: RouteOf<V> }>;
  title(route: RouteOf<V>, context: TitleContext): string;
}

export const viewRegistry: { [V in RouteView]: ViewSpec<V> } = {
  home: { Component: HomeView, title: (_route, { t }) => t('app:home.title') },
  note: {
    Component: ({ route }) => (
      // No key: NoteView opens a fresh editor for each note itself, and follows a note renamed
      // from its title (the route's path changes, the editor and its undo history stay).
      <NoteView
        path={route.path}
        anchor={route.anchor}
        line={route.line}
        focusTitle={route.focusTitle}
        toolbarItems={noteToolbarItems}
      />
    ),
    title: (route, { byPath }) =>
      byPath.get(route.path)?.title ??
      noteNameOf(route.path) /* not in the vault list (yet): its file name */,
  },
  search: { Component: SearchView, title: (_route, { t }) => t('search:title') },
  trash: { Component: TrashView, title: (_route, { t }) => t('app:trash.title') },
  settings: {
    Component: () => <SettingsView sections={settingsSections} />,
    title: (_route, { t }) => t('app:settings.title'),
  },
  journal: { Component: JournalView, title: (_route, { t }) => t('journal:view.title') },
  weeklyReview: {
    Component: WeeklyReviewView,
    title: (_route, { t }) => t('journal:review.viewTitle'),
  },
  domains: { Component: DomainsOverview, title: (_route, { t }) => t('domains:overview.title') },
  domain: {
    // A key per domain: each page starts with its own state (dialogs, loading).
    Component: ({ route }) => <DomainPage key={route.slug} slug={route.slug} />,
    title: (route, { domainName }) => domainName(route.slug) ?? route.slug,
  },
  tag: {
    Component: ({ route }) => <TagView key={route.tag} tag={route.tag} />,
    title: (route) => `#${route.tag}`,
  },
};

/** The spec of a route's view (one cast here, where TypeScript cannot follow the union). */
export function viewFor<V extends RouteView>(route: RouteOf<V>): ViewSpec<V> {
  return viewRegistry[route.view as V];
}
