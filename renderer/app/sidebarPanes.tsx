/**
 * The panes of the left sidebar, in the order of their buttons in the activity bar. To add one
 * (a search pane, a tag pane, the journal calendar): write a component that renders a
 * `<PaneHeader>` and its content, and add a line here. `title` is an i18n key with namespace.
 *
 *   { id: 'tags', icon: 'tag', title: 'domains:tags.title', Component: TagPane },
 */
import { JournalPane } from '../features/journal/JournalPane';
import { DomainsPane } from '../features/domains/DomainsPane';
import { TagPane } from '../features/tags/TagPane';
import { FilesPane } from '../features/sidebar/FilesPane';
import { RecentPane } from '../features/sidebar/RecentPane';
import type { SidebarPane } from '../services/extensionPoints';

export const sidebarPanes: readonly SidebarPane[] = [
  { id: 'files', icon: 'files', title: 'app:sidebar.files', Component: FilesPane },
  { id: 'recent', icon: 'clock', title: 'app:sidebar.recent', Component: RecentPane },
  { id: 'domains', icon: 'domains', title: 'app:sidebar.domains', Component: DomainsPane },
  { id: 'tags', icon: 'tag', title: 'domains:tags.title', Component: TagPane },
  { id: 'journal', icon: 'calendar', title: 'journal:pane.title', Component: JournalPane },
];
