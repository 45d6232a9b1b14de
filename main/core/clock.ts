import type { IsoDate } from '../../shared/dates/calendarDate';
import { systemTimeZone, todayIn } from '../../shared/dates/timeZone';

/**
 * The one clock of an open vault, made by the composition root (openPraxisCore) and passed to
 * every service that needs the time or the day: so tests pin both, and "today" (review dates,
 * default review-by dates, overdue counts) is the same day everywhere — the vault's calendar day
 * in `timeZone`, never the day of whatever machine runs the core.
 */
export interface Clock {
  now(): Date;
  /** The IANA zone the vault's days are counted in (`Europe/Madrid`). */
  readonly timeZone: string;
}

/** The real time, in `timeZone` (default: the zone of the computer the person uses). */
export function systemClock(timeZone: string = systemTimeZone()): Clock {
  return { now: () => new Date(), timeZone };
}

/** The date of `at` (default: now) on the clock's calendar. */
export function todayOf(clock: Clock, at: Date = clock.now()): IsoDate {
  return todayIn(clock.timeZone, at);
}
