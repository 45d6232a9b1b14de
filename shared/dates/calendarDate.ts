/**
 * Calendar dates — a day on a wall calendar, `YYYY-MM-DD`, with no time and no time zone — and
 * arithmetic on them. Everything here counts days on the proleptic Gregorian calendar with
 * integer arithmetic, never through `Date` and milliseconds: adding a day to a date can never
 * land on the same or the next-but-one date because a clock changed somewhere. To get the date
 * of an instant, see `localDateOf` in `timeZone.ts`.
 *
 * @example
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addMonths('2024-01-31', 1); // '2024-02-29' (the last day of a shorter month)
 * isoWeekday('2024-01-01'); // 1 (Monday)
 */

/** A calendar date `YYYY-MM-DD`, year 0001 to 9999. */
export type IsoDate = string;
/** A calendar month `YYYY-MM`. */
export type IsoMonth = string;
/** A day of the week as ISO 8601 and `Intl.Locale#getWeekInfo` number them: 1 Monday … 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DateParts {
  year: number;
  /** 1 January … 12 December. */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MIN_DAY_NUMBER = dayNumberOf(1, 1, 1);
const MAX_DAY_NUMBER = dayNumberOf(9999, 12, 31);

/** The parts of a valid `YYYY-MM-DD` date, or null (`2023-02-29` is not a date). */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** `YYYY-MM-DD` for a valid date; throws RangeError for anything else. */
export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    year < 1 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    throw new RangeError(`${year}-${month}-${day} is not a calendar date.`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to `date` (negative before it). */
export function dayNumber(date: IsoDate): number {
  const parts = requireDate(date);
  return dayNumberOf(parts.year, parts.month, parts.day);
}

/** The date `n` days after 1970-01-01; throws RangeError outside years 0001–9999. */
export function dateOfDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n) || n < MIN_DAY_NUMBER || n > MAX_DAY_NUMBER)
    throw new RangeError('The date is outside the years 0001–9999.');
  return toIsoDate(civilOfDayNumber(n));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: 1 from a date to the next one, negative backwards. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/**
 * The same day `months` months later (or earlier), or the last day of that month when it is
 * shorter: 31 January + 1 month is 28 or 29 February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Negative, zero or positive as `a` is before, the same as or after `b`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  // Four-digit years make the text order the calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `date` lies in `[from, to]`, both included. */
export function isDateWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

// --- Months ------------------------------------------------------------------------------------

export function parseIsoMonth(text: string): { year: number; month: number } | null {
  const match = ISO_MONTH.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1 || month < 1 || month > 12) return null;
  return { year, month };
}

export function isIsoMonth(value: unknown): value is IsoMonth {
  return typeof value === 'string' && parseIsoMonth(value) !== null;
}

export function monthOfDate(date: IsoDate): IsoMonth {
  requireDate(date);
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  const { year, month: m } = requireMonth(month);
  return toIsoDate({ year, month: m, day: 1 });
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const { year, month: m } = requireMonth(month);
  return toIsoDate({ year, month: m, day: daysInMonth(year, m) });
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOfDate(addMonths(firstDayOfMonth(month), months));
}

// --- Internals ---------------------------------------------------------------------------------

function requireDate(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD).`);
  return parts;
}

function requireMonth(month: IsoMonth): { year: number; month: number } {
  const parts = parseIsoMonth(month);
  if (parts === null) throw new RangeError(`"${month}" is not a month (YYYY-MM).`);
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`: exact
 * integer arithmetic over 400-year eras).
 */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumberOf` (Hinnant's `civil_from_days`). */
function civilOfDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
