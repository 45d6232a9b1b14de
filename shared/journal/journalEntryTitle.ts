import type { IsoDate } from '../dates/calendarDate';
import { journalEntryDate } from './journalPaths';

/**
 * The title of a journal entry whose front matter names none: its day as `YYYY-MM-DD`, whatever
 * heading its body starts with. Entries are written in several languages (`# Monday, 30 November
 * 2026`, `# Lunes, 30 de noviembre de 2026`) or imported without a heading, so a title read from
 * the heading mixed forms and sorted out of date order; the day is one stable form that sorts by
 * date everywhere (tree, lists, switcher). Views that want the day in words format it from this.
 * Null when the note is not a journal entry (shared/journal/journalPaths).
 *
 * @example
 * journalEntryTitle({ path: 'journal/2026/2026-12-01.md', type: 'journal' }) // '2026-12-01'
 */
export function journalEntryTitle(note: { path: string; type: string }): IsoDate | null {
  return journalEntryDate(note);
}
