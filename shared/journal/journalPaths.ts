import { isIsoDate, type IsoDate } from '../dates/calendarDate';

/**
 * Where journal files live: entries at `journal/YYYY/YYYY-MM-DD.md`, saved weekly reviews at
 * `journal/reviews/YYYY-Www.md`.
 *
 * A note is a journal entry when its file name is a date (`2024-01-29.md`) and it either lives
 * under `journal/` (any depth, any case: an imported `Journal/2024-01-29.md` counts) or says
 * `type: journal`. Its day is the one its name says — never a timestamp, so the day an entry
 * belongs to cannot move with a time zone.
 */
export const JOURNAL_FOLDER = 'journal';
export const REVIEWS_FOLDER = 'journal/reviews';
/** Note type of journal entries. */
export const JOURNAL_TYPE = 'journal';
/** Note type of saved weekly reviews. */
export const REVIEW_TYPE = 'review';

const DATE_FILE = /(?:^|\/)(\d{4}-\d{2}-\d{2})\.md$/i;

/** `journal/2024/2024-01-29.md`: where the entry for a day is created. */
export function journalEntryPath(date: IsoDate): string {
  return `${journalEntryFolder(date)}/${date}.md`;
}

export function journalEntryFolder(date: IsoDate): string {
  return `${JOURNAL_FOLDER}/${date.slice(0, 4)}`;
}

/** The date a file name spells (`…/2024-01-29.md`), or null. */
export function dateOfJournalPath(path: string): IsoDate | null {
  const date = DATE_FILE.exec(path)?.[1];
  return date !== undefined && isIsoDate(date) ? date : null;
}

export function isUnderJournalFolder(path: string): boolean {
  return path.toLowerCase().startsWith(`${JOURNAL_FOLDER}/`);
}

/** The day of a journal entry, or null when the note is not one. */
export function journalEntryDate(note: { path: string; type: string }): IsoDate | null {
  const date = dateOfJournalPath(note.path);
  if (date === null) return null;
  return isUnderJournalFolder(note.path) || note.type === JOURNAL_TYPE ? date : null;
}

/** `journal/reviews/2024-W05.md`. */
export function weeklyReviewPath(weekLabel: string): string {
  return `${REVIEWS_FOLDER}/${weekLabel}.md`;
}
