import type { NoteSummary } from '../api/noteSchemas';
import { noteNameOf } from './noteFileName';

/**
 * What a list that finds notes by name (the note tree, the quick switcher) needs of a note. While
 * the vault loads, a note found on disk and not read yet is listed with its path alone.
 */
export type ListedNote = Pick<NoteSummary, 'path' | 'title' | 'aliases'> &
  Partial<Pick<NoteSummary, 'updated'>>;

/** A note known only by its path (not read yet): titled by its file name, as a note without a title is. */
export function unreadListedNote(path: string): ListedNote {
  return { path, title: noteNameOf(path), aliases: [] };
}

/**
 * The notes read (`notes`, sorted by path) and those not read yet (`unread`, sorted), as one list
 * sorted by path: a note in both is listed once, as read. `notes` itself when nothing is unread.
 */
export function mergeListedNotes(
  notes: readonly NoteSummary[],
  unread: readonly string[],
): readonly ListedNote[] {
  if (unread.length === 0) return notes;
  const merged: ListedNote[] = [];
  let i = 0;
  for (const path of unread) {
    while (i < notes.length && notes[i]!.path < path) merged.push(notes[i++]!);
    if (i < notes.length && notes[i]!.path === path) continue;
    merged.push(unreadListedNote(path));
  }
  while (i < notes.length) merged.push(notes[i++]!);
  return merged;
}
