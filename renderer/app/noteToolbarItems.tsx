/**
 * Controls other features add to the open note's toolbar, next to the save state. To add one:
 * write a component taking `NoteToolbarItemProps` (it reads the editor through `useActiveNote()`)
 * and add a line here.
 *
 *   { id: 'journal', Component: JournalEntryActions },
 */
import type { ComponentType } from 'react';
import { JournalEntryActions } from '../features/journal/JournalEntryActions';

export interface NoteToolbarItemProps {
  /** The open note. */
  path: string;
  type: string;
  /** Its front matter as edited now (null when it has none). */
  frontMatter: Record<string, unknown> | null;
}

export interface NoteToolbarItem {
  id: string;
  Component: ComponentType<NoteToolbarItemProps>;
}

export const noteToolbarItems: readonly NoteToolbarItem[] = [
  { id: 'journal', Component: JournalEntryActions },
];
