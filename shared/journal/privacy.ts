import { JOURNAL_TYPE, REVIEW_TYPE, journalEntryDate } from './journalPaths';

/** What the privacy rule looks at: a note's path, type and front matter. */
export interface PrivacySubject {
  path: string;
  type: string;
  frontMatter: Record<string, unknown> | null;
}

/**
 * Whether a note is private: kept out of anything shared (knowledge packs, their HTML edition)
 * unless the person sharing includes it by hand.
 *
 * - `private: true` (or `yes`, `"true"`) makes any note private; `private: false` makes any note
 *   shareable — the author's word wins.
 * - Without the key, journal entries and saved weekly reviews are private, everything else is
 *   not: the journal is personal by default even when the key was lost or never written (an
 *   imported Obsidian daily note).
 */
export function isPrivateNote(note: PrivacySubject): boolean {
  const flag = readFlag(note.frontMatter?.private);
  if (flag !== null) return flag;
  return note.type === JOURNAL_TYPE || note.type === REVIEW_TYPE || journalEntryDate(note) !== null;
}

/**
 * Whether a note goes into a knowledge pack: every note that is not private, and a private one
 * only when the person building the pack picked it explicitly (by path). Selecting by domain,
 * tag or search never pulls a private note in.
 *
 * @example
 * const picked = new Set(['journal/2024/2024-01-29.md']);
 * notes.filter((note) => isIncludedInPack(note, picked));
 */
export function isIncludedInPack(
  note: PrivacySubject,
  explicitlyIncluded: ReadonlySet<string>,
): boolean {
  return !isPrivateNote(note) || explicitlyIncluded.has(note.path);
}

function readFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true' || text === 'yes') return true;
    if (text === 'false' || text === 'no') return false;
  }
  return null;
}
