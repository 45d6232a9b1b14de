/**
 * The panes of the left sidebar, in the order of their buttons in the activity bar. To add one
 * (a search pane, a tag pane, the journal calendar): write a component that renders a
 * `<PaneHeader>` and its content, and add a line here. `title` is an i18n key with namespace.
 *
 *   { id: 'tags', icon: 'tag', title: 'domains:tags.title', Component: TagPane },
 */
import type { ComponentType } from 'react';
import type { IconName } from '../../ui/Icon';
import { DomainsPane } from './DomainsPane';
import { FilesPane } from './FilesPane';
import { RecentPane } from './RecentPane';

export interface SidebarPane {
  /** Stable id, remembered as the pane last shown. */
  id: string;
  icon: IconName;
  title: string;
  Component: ComponentType;
}

export const sidebarPanes: readonly SidebarPane[] = [
  { id: 'files', icon: 'files', title: 'app:sidebar.files', Component: FilesPane },
  { id: 'recent', icon: 'clock', title: 'app:sidebar.recent', Component: RecentPane },
  { id: 'domains', icon: 'domains', title: 'app:sidebar.domains', Component: DomainsPane },
];
