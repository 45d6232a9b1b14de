import {
  addDays,
  firstDayOfMonth,
  isoWeekday,
  lastDayOfMonth,
  monthOfDate,
  type IsoDate,
  type IsoMonth,
  type Weekday,
} from './calendarDate';
import { startOfWeek, weekOfYear, type WeekOfYear, type WeekRule } from './weeks';

export interface CalendarDay {
  date: IsoDate;
  /** Day of the month, 1–31. */
  day: number;
  weekday: Weekday;
  /** False for the days of the previous and next months that fill the first and last rows. */
  inMonth: boolean;
}

export interface CalendarWeek {
  /** The week's number under the rule the grid was made with. */
  week: WeekOfYear;
  days: CalendarDay[];
}

export interface MonthGrid {
  month: IsoMonth;
  /** The first and last dates shown (they may belong to the neighbouring months). */
  first: IsoDate;
  last: IsoDate;
  weeks: CalendarWeek[];
}

/**
 * The rows of a month calendar: whole weeks starting on the rule's first day, from the week
 * holding the 1st to the week holding the last day. `fixedWeeks` always gives six rows, so
 * that paging through months does not make the calendar jump in height.
 *
 * @example
 * monthGrid('2021-02', { firstDay: 1, minimalDays: 4 }).weeks.length; // 4: 1 Feb was a Monday
 * monthGrid('2024-09', { firstDay: 7, minimalDays: 1 }).first; // '2024-09-01', a Sunday
 */
export function monthGrid(
  month: IsoMonth,
  rule: WeekRule,
  options: { fixedWeeks?: boolean } = {},
): MonthGrid {
  const first = startOfWeek(firstDayOfMonth(month), rule.firstDay);
  const lastOfMonth = lastDayOfMonth(month);
  const weeks: CalendarWeek[] = [];
  for (let start = first; start <= lastOfMonth || (options.fixedWeeks && weeks.length < 6);) {
    const days: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, i);
      days.push({
        date,
        day: Number(date.slice(8)),
        weekday: isoWeekday(date),
        inMonth: monthOfDate(date) === month,
      });
    }
    weeks.push({ week: weekOfYear(start, rule), days });
    start = addDays(start, 7);
  }
  return { month, first, last: addDays(first, weeks.length * 7 - 1), weeks };
}
