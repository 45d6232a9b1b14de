import {
  addDays,
  dayNumber,
  firstDayOfMonth,
  type IsoDate,
  type IsoMonth,
  type Weekday,
} from './calendarDate';
import { weekdayOrder } from './weeks';

/**
 * Calendar dates shown in a locale's words (`Monday, 29 January 2024`, `lunes, 29 de enero de
 * 2024`). A calendar date has no time zone, so it is formatted as that day in UTC: the words never
 * depend on the zone of the machine.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\n${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      formatter = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    // Locales come from the renderer, which is not trusted: keep the cache bounded.
    if (formatters.size >= 64) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function utcNoon(date: IsoDate): number {
  // Noon keeps the day right even for a runtime that applied an offset by mistake.
  return dayNumber(date) * 86_400_000 + 43_200_000;
}

export function formatIsoDate(
  date: IsoDate,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return formatterFor(locale, options).format(utcNoon(date));
}

/** `29 Jan – 4 Feb 2024`, with what the two dates share written once. */
export function formatIsoDateRange(
  from: IsoDate,
  to: IsoDate,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return formatterFor(locale, options).formatRange(utcNoon(from), utcNoon(to));
}

/** `January 2024`, `gener de 2024`. */
export function formatIsoMonth(
  month: IsoMonth,
  locale: string,
  options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' },
): string {
  return formatterFor(locale, options).format(utcNoon(firstDayOfMonth(month)));
}

/** The names of the weekdays in display order, for a calendar's header row. */
export function weekdayNames(
  locale: string,
  firstDay: Weekday,
  style: 'long' | 'short' | 'narrow' = 'short',
): { weekday: Weekday; name: string }[] {
  // 2024-01-01 was a Monday: weekday n is n - 1 days after it.
  return weekdayOrder(firstDay).map((weekday) => ({
    weekday,
    name: formatIsoDate(addDays('2024-01-01', weekday - 1), locale, { weekday: style }),
  }));
}

/** The first letter upper-cased in the locale's way (`lunes` → `Lunes` for a heading). */
export function capitalizeFirst(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  try {
    return char.toLocaleUpperCase(locale) + text.slice(char.length);
  } catch {
    return char.toUpperCase() + text.slice(char.length);
  }
}
