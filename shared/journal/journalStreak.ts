import { addDays, type IsoDate } from '../dates/calendarDate';

export interface JournalStreak {
  /**
   * Consecutive days with at least one entry, ending today — or ending yesterday while today has
   * no entry yet, so a streak is not lost in the morning before writing. 0 otherwise.
   */
  current: number;
  /** The longest run of consecutive days with entries, up to today. */
  longest: number;
  /** Whether today already has an entry. */
  today: boolean;
  /** The latest day up to today with an entry, or null. */
  lastEntry: IsoDate | null;
}

/**
 * The streak of a journal from the days that have entries (in any order, repeats allowed) and
 * today's date where the person is. Days after today (entries written ahead) do not count.
 *
 * @example
 * journalStreak(['2024-03-08', '2024-03-09', '2024-03-10'], '2024-03-11');
 * // { current: 3, longest: 3, today: false, lastEntry: '2024-03-10' }
 */
export function journalStreak(days: Iterable<IsoDate>, today: IsoDate): JournalStreak {
  const sorted = [...new Set(days)].filter((day) => day <= today).sort();
  let longest = 0;
  let run = 0;
  let previous: IsoDate | null = null;
  for (const day of sorted) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const lastEntry = previous;
  const hasToday = lastEntry === today;
  const current = hasToday || (lastEntry !== null && addDays(lastEntry, 1) === today) ? run : 0;
  return { current, longest, today: hasToday, lastEntry };
}
