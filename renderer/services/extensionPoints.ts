/**
 * The extension points of the window: what a feature implements to contribute a sidebar pane, a
 * settings section, a right-panel section or a control above the open note. The lists of
 * contributions live in renderer/app/ (sidebarPanes.tsx, settingsSections.tsx,
 * rightPanelSections.tsx, noteToolbarItems.tsx), which import the features; the features import
 * only these types, never the lists, so no contributor depends on its registry.
 */
import type { ComponentType } from 'react';
import type { Backlink, OutgoingLink } from '../../shared/api/linksMethods';
import type { ActiveNote } from '../state/activeNote';
import type { IconName } from '../ui/Icon';

/** A pane of the left sidebar: a component that renders a `<PaneHeader>` and its content. */
export interface SidebarPane {
  /** Stable id, remembered as the pane last shown. */
  id: string;
  icon: IconName;
  /** i18n key with its namespace. */
  title: string;
  Component: ComponentType;
}

/** A section of the Settings view (it reads and writes its settings with `useSettings()`). */
export interface SettingsSection {
  /** Stable id; also the anchor of the section. */
  id: string;
  /** i18n key of the section's heading, with its namespace (`app:settings.appearance`). */
  title: string;
  Component: ComponentType;
}

/** The links of the note shown in the right panel, loaded once for all its sections. */
export interface NoteLinks {
  status: 'loading' | 'ready' | 'error';
  backlinks: readonly Backlink[];
  outgoing: readonly OutgoingLink[];
}

export interface RightPanelSectionProps {
  /** The open note. */
  path: string;
  links: NoteLinks;
}

/** A section of the right panel, shown for the open note. */
export interface RightPanelSection {
  id: string;
  /** i18n key of the header, with namespace. */
  title: string;
  /** The number shown in the header (null: none). */
  count?(links: NoteLinks, active: ActiveNote | null, path: string): number | null;
  Component: ComponentType<RightPanelSectionProps>;
}

export interface NoteToolbarItemProps {
  /** The open note. */
  path: string;
  type: string;
  /** Its front matter as edited now (null when it has none). */
  frontMatter: Record<string, unknown> | null;
}

/** A control in the open note's toolbar, next to the save state (reads the editor through `useActiveNote()`). */
export interface NoteToolbarItem {
  id: string;
  Component: ComponentType<NoteToolbarItemProps>;
}
