import type { IsoDate } from '../dates/calendarDate';
import { capitalizeFirst, formatIsoDate } from '../dates/formatDate';
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

/**
 * How a note's title reads in `locale`: a journal entry titled by its day shows the day in words
 * (`Tuesday, 1 December 2026`, `Dimarts, 1 de desembre de 2026`); any other title as it is.
 * Lists that sort by title keep the stable form so that they stay in date order.
 */
export function noteTitleLabel(
  note: { path: string; type: string; title: string },
  locale: string,
): string {
  const day = journalEntryTitle(note);
  if (day === null || note.title !== day) return note.title;
  return capitalizeFirst(formatIsoDate(day, locale, { dateStyle: 'full' }), locale);
}
