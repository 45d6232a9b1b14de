import { addDays, dayNumber, isIsoDate, toIsoDate, type IsoDate } from './calendarDate';

/**
 * Instants (a point in time: a `Date`, epoch milliseconds, an ISO timestamp with an offset) and
 * the calendar days they fall on in an IANA time zone. The zone is always named by the caller:
 * the core runs in main or in a web harness whose clock may be in another zone than the person
 * writing, so it never guesses from the machine (only `systemTimeZone`, for the renderer, does).
 *
 * Offsets come from `Intl.DateTimeFormat`, i.e. the tz database the runtime ships; days are
 * then calendar dates (see `calendarDate.ts`), so DST changes never shift a date.
 *
 * @example
 * // 00:30 on 31 March 2024 in Madrid is still 30 March in UTC; it belongs to the 31st.
 * localDateOf(Date.parse('2024-03-30T23:30:00Z'), 'Europe/Madrid'); // '2024-03-31'
 * // That day had 23 hours there (clocks went forward at 02:00).
 * const day = localDayRange('2024-03-31', '2024-03-31', 'Europe/Madrid');
 * (day.end - day.start) / 3_600_000; // 23
 */

export type Instant = Date | number;

export interface LocalDateTime {
  date: IsoDate;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Fixed calendar, digits and 24-hour cycle: the parts are read as numbers, whatever the locale.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= 1024) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows `timeZone` (`Europe/Madrid`, `UTC`, `America/New_York`…). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '' || timeZone.length > 100) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of an instant in a time zone (seconds truncated). */
export function localDateTimeOf(instant: Instant, timeZone: string): LocalDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('The instant is not a valid time.');
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra;
  return {
    date: toIsoDate({ year, month: Number(fields.month), day: Number(fields.day) }),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDateOf(instant: Instant, timeZone: string): IsoDate {
  return localDateTimeOf(instant, timeZone).date;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in minutes (Madrid in summer: 120). */
export function timeZoneOffsetMinutes(instant: Instant, timeZone: string): number {
  const ms = Math.floor((typeof instant === 'number' ? instant : instant.getTime()) / 1000) * 1000;
  const local = localDateTimeOf(ms, timeZone);
  const wallAsUtc =
    dayNumber(local.date) * DAY_MS + ((local.hour * 60 + local.minute) * 60 + local.second) * 1000;
  return Math.round((wallAsUtc - ms) / 60_000);
}

const DAY_MS = 86_400_000;
/** No zone is more than 14 hours from UTC; search a little wider. */
const SEARCH_MS = 18 * 3_600_000;

/**
 * The first instant (epoch ms) of a calendar day in `timeZone`. Usually local midnight; where
 * clocks jump over midnight (America/Santiago in September) the day starts at the jump, e.g.
 * 01:00. A day a zone skipped entirely (Pacific/Apia, 2011-12-30) starts where the next one does,
 * so its range is empty.
 */
export function startOfLocalDay(date: IsoDate, timeZone: string): number {
  const midnightAsUtc = dayNumber(date) * DAY_MS;
  // The usual case: midnight exists, with the offset in force then.
  let guess = midnightAsUtc - timeZoneOffsetMinutes(midnightAsUtc, timeZone) * 60_000;
  guess = midnightAsUtc - timeZoneOffsetMinutes(guess, timeZone) * 60_000;
  const wall = localDateTimeOf(guess, timeZone);
  if (
    wall.date === date &&
    wall.hour === 0 &&
    wall.minute === 0 &&
    wall.second === 0 &&
    localDateOf(guess - 1000, timeZone) < date
  )
    return guess;
  // Midnight fell in a gap (or a zone's history is odder): find the first second of the day.
  // The local date never goes backwards as time goes forwards (clocks set back at midnight
  // repeat the previous day's last hour), so a binary search over seconds finds it.
  let lo = Math.floor((midnightAsUtc - SEARCH_MS) / 1000);
  let hi = Math.floor((midnightAsUtc + SEARCH_MS) / 1000);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDateOf(mid * 1000, timeZone) >= date) hi = mid;
    else lo = mid + 1;
  }
  return lo * 1000;
}

/**
 * The instants of the calendar days `from` to `to` (both included) in `timeZone`: `start`
 * included, `end` excluded. `contains` tells whether a timestamp falls in them.
 */
export interface LocalDayRange {
  from: IsoDate;
  to: IsoDate;
  timeZone: string;
  start: number;
  end: number;
  /**
   * Whether a timestamp as written in a note falls on one of the days. A date alone
   * (`2024-01-05`) or a time without an offset (`2024-01-05T09:00`) is a wall-clock reading:
   * it is taken as written, never shifted from UTC. Unreadable text is outside.
   */
  contains(timestamp: string | Instant): boolean;
}

export function localDayRange(from: IsoDate, to: IsoDate, timeZone: string): LocalDayRange {
  const start = startOfLocalDay(from, timeZone);
  const end = startOfLocalDay(addDays(to, 1), timeZone);
  // A timestamp's written date is never more than a day from its date in any zone (offsets stay
  // under 24 hours): most timestamps of a vault are rejected by comparing text alone.
  const earliest = addDays(from, -1);
  const latest = addDays(to, 1);
  return {
    from,
    to,
    timeZone,
    start,
    end,
    contains(timestamp) {
      if (typeof timestamp !== 'string') {
        const ms = typeof timestamp === 'number' ? timestamp : timestamp.getTime();
        return ms >= start && ms < end;
      }
      const written = timestamp.trimStart().slice(0, 10);
      if (ISO_DATE_PREFIX.test(written) && (written < earliest || written > latest)) return false;
      const wall = wallClockReading(timestamp);
      if (wall !== null) return wall.date !== null && wall.date >= from && wall.date <= to;
      const ms = Date.parse(timestamp);
      return !Number.isNaN(ms) && ms >= start && ms < end;
    },
  };
}

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}$/;
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})$/;
const FLOATING = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

/**
 * A timestamp without an offset (`2024-01-05`, `2024-01-05T09:00`) is a wall-clock reading:
 * `{ date }`, with a null date when it names no real day (`2023-02-29`). Null for any other text.
 */
function wallClockReading(timestamp: string): { date: IsoDate | null } | null {
  const text = timestamp.trim();
  const match = DATE_ONLY.exec(text) ?? FLOATING.exec(text);
  if (!match) return null;
  return { date: isIsoDate(match[1]) ? match[1]! : null };
}

/**
 * The calendar date of a timestamp as written in a note (`created`, `updated`) in `timeZone`:
 * a date alone or a time without an offset is taken as written; a timestamp with `Z` or an
 * offset is converted. Null for unreadable text.
 */
export function calendarDateOfTimestamp(timestamp: string, timeZone: string): IsoDate | null {
  const wall = wallClockReading(timestamp);
  if (wall !== null) return wall.date;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return null;
  try {
    return localDateOf(ms, timeZone);
  } catch {
    return null;
  }
}

/** Today's date in `timeZone`. */
export function todayIn(timeZone: string, now: Instant = Date.now()): IsoDate {
  return localDateOf(now, timeZone);
}

/**
 * The time zone of the machine this runs on. For the renderer, which speaks for the person in
 * front of it, and for the core's composition root, which gives every service one clock
 * (main/core/clock.ts); the services themselves are always told the zone.
 */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
