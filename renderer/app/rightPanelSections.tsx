/**
 * The sections of the right panel, shown for the open note, in order. To add one: write a
 * component taking `RightPanelSectionProps` and add a line here (`count` is shown in the header).
 *
 *   { id: 'tags', title: 'domains:panel.tags', Component: NoteTagsSection },
 */
import { BacklinksSection } from '../features/panels/BacklinksSection';
import { OutgoingSection } from '../features/panels/OutgoingSection';
import { OutlineSection } from '../features/panels/OutlineSection';
import { UnlinkedMentionsSection } from '../features/panels/UnlinkedMentionsSection';
import { UnresolvedSection } from '../features/panels/UnresolvedSection';
import type { RightPanelSection } from '../services/extensionPoints';

const distinct = (values: Iterable<string>) => new Set(values).size;

export const rightPanelSections: readonly RightPanelSection[] = [
  {
    id: 'backlinks',
    title: 'app:panel.backlinks',
    count: (links) => (links.status === 'ready' ? links.backlinks.length : null),
    Component: BacklinksSection,
  },
  { id: 'mentions', title: 'app:panel.unlinkedMentions', Component: UnlinkedMentionsSection },
  {
    id: 'outgoing',
    title: 'app:panel.outgoing',
    count: (links, _active, path) =>
      links.status === 'ready'
        ? distinct(
            links.outgoing
              .filter((l) => l.resolved && l.resolved !== path)
              .map((l) => `${l.resolved}#${l.heading ?? ''}`),
          )
        : null,
    Component: OutgoingSection,
  },
  {
    id: 'unresolved',
    title: 'app:panel.unresolved',
    count: (links) =>
      links.status === 'ready'
        ? distinct(links.outgoing.filter((l) => !l.resolved && l.target).map((l) => l.target))
        : null,
    Component: UnresolvedSection,
  },
  {
    id: 'outline',
    title: 'app:panel.outline',
    count: (_links, active, path) => (active?.path === path ? active.headings.length : null),
    Component: OutlineSection,
  },
];
