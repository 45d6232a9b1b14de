import {
  addDays,
  daysBetween,
  isoWeekday,
  parseIsoDate,
  toIsoDate,
  type IsoDate,
  type Weekday,
} from './calendarDate';

/**
 * Weeks as people in a locale see them: which day starts the week (Monday in Spain, Catalonia and
 * the UK, Sunday in the US, Saturday in Egypt) and which week is the year's first (ISO 8601: the
 * one with at least four days in the new year; in the US the one holding 1 January).
 *
 * @example
 * const rule = weekRuleForLocale('es'); // { firstDay: 1, minimalDays: 4 }
 * startOfWeek('2024-01-03', rule.firstDay); // '2024-01-01'
 * weekOfYear('2021-01-03', ISO_WEEK_RULE); // { year: 2020, week: 53 }
 * weekOfYear('2023-12-31', weekRuleForLocale('en-US')); // { year: 2024, week: 1 }
 */
export interface WeekRule {
  /** The first day of the week: 1 Monday … 7 Sunday. */
  firstDay: Weekday;
  /** How many days of the new year the first week of a year must have (1–7; ISO: 4). */
  minimalDays: number;
}

/** ISO 8601 weeks: Monday first, week 1 holds the year's first Thursday. */
export const ISO_WEEK_RULE: WeekRule = { firstDay: 1, minimalDays: 4 };

export interface WeekOfYear {
  /** The week-numbering year, which differs from the calendar year around 1 January. */
  year: number;
  week: number;
}

interface IntlWeekInfo {
  firstDay: number;
  minimalDays: number;
}

/** What `Intl.Locale` offers: `getWeekInfo()` (current) or the older `weekInfo` getter. */
type LocaleWithWeekInfo = Intl.Locale & {
  getWeekInfo?: () => IntlWeekInfo;
  weekInfo?: IntlWeekInfo;
};

/**
 * The week rule of a locale (a BCP 47 tag such as `es`, `ca-ES`, `en-GB`, `en-US`), from
 * `Intl.Locale`'s week info where the runtime has it, else from CLDR's table below. A `-u-fw-`
 * extension (`en-US-u-fw-mon`) sets the first day. An unreadable tag gets ISO weeks.
 */
export function weekRuleForLocale(locale: string): WeekRule {
  let parsed: LocaleWithWeekInfo;
  try {
    parsed = new Intl.Locale(locale) as LocaleWithWeekInfo;
  } catch {
    return ISO_WEEK_RULE;
  }
  const info = readIntlWeekInfo(parsed);
  if (info !== null) return info;
  return weekRuleFromCldrTable(parsed);
}

function readIntlWeekInfo(locale: LocaleWithWeekInfo): WeekRule | null {
  try {
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (info && isWeekday(info.firstDay) && info.minimalDays >= 1 && info.minimalDays <= 7)
      return { firstDay: info.firstDay, minimalDays: info.minimalDays };
  } catch {
    // Fall through to the table.
  }
  return null;
}

/**
 * The fallback when the runtime has no week info: CLDR 48's `weekData` (the data ICU 78 ships),
 * by region. Regions not listed start on Monday and need one day in the new year.
 */
const FIRST_DAY_BY_REGION: Record<string, Weekday> = {
  ...regions('MV', 5),
  ...regions('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY', 6),
  ...regions(
    'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO ' +
      'MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW',
    7,
  ),
};
const FOUR_MINIMAL_DAYS = new Set(
  (
    'AD AT AX BE BG CH CZ DE DK EE ES FI FJ FO FR GB GF GG GI GP GR HU IE IM IS IT JE LI LT LU ' +
    'MC MQ NL NO PL PT RE RU SE SJ SK SM VA'
  ).split(' '),
);
const FIRST_DAY_KEYWORDS: Record<string, Weekday> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** The week rule from the CLDR table alone (exported for tests; use `weekRuleForLocale`). */
export function weekRuleFromCldrTable(locale: Intl.Locale): WeekRule {
  let region = locale.region;
  if (region === undefined) {
    try {
      region = locale.maximize().region;
    } catch {
      region = undefined;
    }
  }
  // `und` maximizes to the US, as in ICU.
  const key = (region ?? 'US').toUpperCase();
  const keyword = /-u(?:-[a-z0-9]{2,8})*?-fw-([a-z]{3})(?:-|$)/i.exec(locale.toString())?.[1];
  return {
    firstDay: FIRST_DAY_KEYWORDS[keyword?.toLowerCase() ?? ''] ?? FIRST_DAY_BY_REGION[key] ?? 1,
    minimalDays: FOUR_MINIMAL_DAYS.has(key) ? 4 : 1,
  };
}

function regions(list: string, firstDay: Weekday): Record<string, Weekday> {
  return Object.fromEntries(list.split(' ').map((region) => [region, firstDay]));
}

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** The rule with the first day overridden, if a setting names one (null keeps the locale's). */
export function withFirstDay(rule: WeekRule, firstDay: Weekday | null | undefined): WeekRule {
  return firstDay ? { ...rule, firstDay } : rule;
}

/** The first day of the week holding `date`, for weeks starting on `firstDay`. */
export function startOfWeek(date: IsoDate, firstDay: Weekday): IsoDate {
  return addDays(date, -((isoWeekday(date) - firstDay + 7) % 7));
}

/** The last day of the week holding `date`. */
export function endOfWeek(date: IsoDate, firstDay: Weekday): IsoDate {
  return addDays(startOfWeek(date, firstDay), 6);
}

/** The seven dates of the week starting on `start`. */
export function weekDates(start: IsoDate): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The weekdays in display order for weeks starting on `firstDay`: `[7, 1, 2, …]` for Sunday. */
export function weekdayOrder(firstDay: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, i) => (((firstDay - 1 + i) % 7) + 1) as Weekday);
}

/**
 * The week number of `date` under `rule`: with `ISO_WEEK_RULE` the ISO 8601 week (2021-01-03 is
 * week 53 of 2020), with the US rule the week holding 1 January is week 1 (so 2023-12-31 is week
 * 1 of 2024).
 */
export function weekOfYear(date: IsoDate, rule: WeekRule): WeekOfYear {
  const parts = parseIsoDate(date);
  if (parts === null) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD).`);
  let year = parts.year;
  let first = firstWeekStart(year, rule);
  if (date < first) {
    year -= 1;
    first = firstWeekStart(year, rule);
  } else if (year < 9999) {
    const next = firstWeekStart(year + 1, rule);
    if (date >= next) {
      year += 1;
      first = next;
    }
  }
  return { year, week: Math.floor(daysBetween(first, date) / 7) + 1 };
}

/** `2024-W05`: the ISO 8601 spelling of a week, used in file names. */
export function formatWeekOfYear({ year, week }: WeekOfYear): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The first day of week 1 of `year`. */
function firstWeekStart(year: number, rule: WeekRule): IsoDate {
  const january1 = toIsoDate({ year, month: 1, day: 1 });
  // Years 0001 and 9999 sit at the edge of what dates can express; clamp rather than fail.
  if (year <= 1) return january1;
  const start = startOfWeek(january1, rule.firstDay);
  const daysInNewYear = 7 - daysBetween(start, january1);
  return daysInNewYear >= rule.minimalDays ? start : addDays(start, 7);
}
