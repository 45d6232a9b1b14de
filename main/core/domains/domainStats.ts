import type { ReviewItem } from '../../../shared/api/domainsMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { daysBetween } from '../../../shared/dates/calendarDate';
import { isStewardedType } from '../../../shared/notes/noteTypes';
import type { NoteFact } from './noteFacts';

/**
 * The figures domain pages and lists show, computed from note summaries (and the facts
 * `NoteFacts` keeps). Pure functions: the service hands them the current notes. Templates are
 * never counted. The counts by domain are shared with the renderer (shared/domains/domainTally).
 */

export {
  belongsTo,
  countableNotes,
  tallyDomains,
  typeCounts,
  unknownDomains,
  withCounts,
  type DomainTally,
  type VaultDomainTally,
} from '../../../shared/domains/domainTally';

/** Questions without an accepted answer, newest first. */
export function openQuestions(
  notes: readonly NoteSummary[],
  factOf: (path: string) => NoteFact | undefined,
): NoteSummary[] {
  return notes
    .filter((note) => note.type === 'question' && factOf(note.path)?.answered !== true)
    .sort(byNewest((note) => note.created ?? note.updated));
}

/**
 * Solutions and practices whose `review-by` date is before `today` (`YYYY-MM-DD`, the vault's day: see clock.ts), longest
 * overdue first. A note due today is not yet overdue; one without a valid date is not listed.
 */
export function needsReview(
  notes: readonly NoteSummary[],
  factOf: (path: string) => NoteFact | undefined,
  today: string,
): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const note of notes) {
    if (!isStewardedType(note.type)) continue;
    const fact = factOf(note.path);
    if (!fact?.reviewBy || fact.reviewBy >= today) continue;
    items.push({
      note,
      steward: fact.steward,
      reviewBy: fact.reviewBy,
      daysOverdue: daysBetween(fact.reviewBy, today),
    });
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue || compare(a.note.title, b.note.title));
}

/** Most recently updated first. */
export function recentlyUpdated(notes: readonly NoteSummary[], limit: number): NoteSummary[] {
  return [...notes].sort(byNewest((note) => note.updated)).slice(0, limit);
}

/** The most used tags among `notes`, as first written. */
export function topTags(
  notes: readonly NoteSummary[],
  limit: number,
): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const note of notes) {
    for (const tag of note.tags) {
      const key = tag.toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || compare(a.tag, b.tag))
    .slice(0, limit);
}

function byNewest(dateOf: (note: NoteSummary) => string) {
  return (a: NoteSummary, b: NoteSummary) =>
    (Date.parse(dateOf(b)) || 0) - (Date.parse(dateOf(a)) || 0) || compare(a.path, b.path);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
