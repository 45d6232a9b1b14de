/**
 * Controls other features add to the open note's toolbar, next to the save state. To add one:
 * write a component taking `NoteToolbarItemProps` (it reads the editor through `useActiveNote()`)
 * and add a line here.
 *
 *   { id: 'journal', Component: JournalEntryActions },
  { id: 'provenance', Component: NoteProvenance },
 */
import { JournalEntryActions } from '../features/journal/JournalEntryActions';
import { NoteHistoryButton } from '../features/history/NoteHistoryButton';
import { NoteExportMenu } from '../features/note/NoteExportMenu';
import { NoteProvenance } from '../features/packs/provenance/NoteProvenance';
import type { NoteToolbarItem } from '../services/extensionPoints';

export const noteToolbarItems: readonly NoteToolbarItem[] = [
  { id: 'journal', Component: JournalEntryActions },
  { id: 'provenance', Component: NoteProvenance },
  { id: 'history', Component: NoteHistoryButton },
  { id: 'export', Component: NoteExportMenu },
];
