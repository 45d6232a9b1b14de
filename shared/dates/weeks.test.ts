import { describe, expect, it } from 'vitest';
import { addDays } from './calendarDate';
import { formatIsoDate, weekdayNames } from './formatDate';
import { monthGrid } from './monthGrid';
import {
  ISO_WEEK_RULE,
  endOfWeek,
  formatWeekOfYear,
  startOfWeek,
  weekOfYear,
  weekRuleForLocale,
  weekRuleFromCldrTable,
  weekdayOrder,
  withFirstDay,
} from './weeks';

const US = { firstDay: 7, minimalDays: 1 } as const;

describe('week rules per locale', () => {
  it('starts the week on Monday for es, ca and en-GB, on Sunday for en-US', () => {
    expect(weekRuleForLocale('es')).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekRuleForLocale('ca')).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekRuleForLocale('es-ES')).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekRuleForLocale('ca-ES')).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekRuleForLocale('en-GB')).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekRuleForLocale('en-US')).toEqual(US);
    expect(weekRuleForLocale('en')).toEqual(US);
    expect(weekRuleForLocale('es-MX').firstDay).toBe(7);
    expect(weekRuleForLocale('ar-EG').firstDay).toBe(6);
    expect(weekRuleForLocale('en-US-u-fw-mon').firstDay).toBe(1);
    expect(weekRuleForLocale('not a locale!')).toEqual(ISO_WEEK_RULE);
  });

  it('has a CLDR fallback table that agrees with Intl for every region', () => {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let compared = 0;
    for (const a of letters)
      for (const b of letters) {
        const region = a + b;
        if (names.of(region) === undefined) continue;
        // Intl's week info as the runtime has it (the getter in Node 20, the method elsewhere).
        const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & {
          weekInfo?: { firstDay: number; minimalDays: number };
          getWeekInfo?: () => { firstDay: number; minimalDays: number };
        };
        const info = locale.getWeekInfo?.() ?? locale.weekInfo;
        if (!info) continue;
        // Retired codes (BU, DD, SU…) are not worth carrying in the table.
        if (['BU', 'DD', 'FX', 'RH', 'SU', 'UK', 'YD'].includes(region)) continue;
        expect(weekRuleFromCldrTable(locale), region).toEqual({
          firstDay: info.firstDay,
          minimalDays: info.minimalDays,
        });
        compared++;
      }
    expect(compared).toBeGreaterThan(200);
    // Language-only tags go through their likely region, as ICU does.
    expect(weekRuleFromCldrTable(new Intl.Locale('es'))).toEqual({ firstDay: 1, minimalDays: 4 });
    expect(weekRuleFromCldrTable(new Intl.Locale('en'))).toEqual(US);
    expect(weekRuleFromCldrTable(new Intl.Locale('en-US-u-fw-mon')).firstDay).toBe(1);
  });

  it('lets a setting override the first day', () => {
    expect(withFirstDay(US, 1)).toEqual({ firstDay: 1, minimalDays: 1 });
    expect(withFirstDay(US, null)).toBe(US);
  });
});

describe('weeks', () => {
  it('finds the start of the week for Monday- and Sunday-first weeks, across months and years', () => {
    // Wednesday 3 January 2024.
    expect(startOfWeek('2024-01-03', 1)).toBe('2024-01-01');
    expect(startOfWeek('2024-01-03', 7)).toBe('2023-12-31');
    expect(startOfWeek('2024-01-03', 6)).toBe('2023-12-30');
    // A Sunday starts its own week for en-US and ends the week for es.
    expect(startOfWeek('2024-03-31', 7)).toBe('2024-03-31');
    expect(startOfWeek('2024-03-31', 1)).toBe('2024-03-25');
    expect(endOfWeek('2024-03-31', 1)).toBe('2024-03-31');
    expect(startOfWeek('2024-03-01', 1)).toBe('2024-02-26');
    for (let i = 0; i < 14; i++) {
      const date = addDays('2024-02-20', i);
      const start = startOfWeek(date, 1);
      expect(formatIsoDate(start, 'en', { weekday: 'long' })).toBe('Monday');
      expect(date >= start && date <= addDays(start, 6)).toBe(true);
    }
    expect(weekdayOrder(7)).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(weekdayNames('es', weekRuleForLocale('es').firstDay, 'long')[0]!.name).toBe('lunes');
    expect(weekdayNames('en-US', 7)[0]!.name).toBe('Sun');
  });

  it('numbers ISO weeks, with week-years around 1 January', () => {
    const iso = (date: string) => formatWeekOfYear(weekOfYear(date, ISO_WEEK_RULE));
    expect(iso('2024-01-01')).toBe('2024-W01');
    expect(iso('2024-02-01')).toBe('2024-W05');
    expect(iso('2020-12-31')).toBe('2020-W53');
    expect(iso('2021-01-03')).toBe('2020-W53');
    expect(iso('2021-01-04')).toBe('2021-W01');
    expect(iso('2024-12-30')).toBe('2025-W01');
    expect(iso('2026-12-31')).toBe('2026-W53');
    expect(iso('2027-01-01')).toBe('2026-W53');
    // Cross-check with the textbook definition: the week of the Thursday in the same week.
    for (let i = 0; i < 3000; i += 11) {
      const date = addDays('2015-01-01', i);
      const thursday = addDays(startOfWeek(date, 1), 3);
      const year = Number(thursday.slice(0, 4));
      const week = Math.floor((Number(new Date(thursday)) - Date.UTC(year, 0, 1)) / 864e5 / 7) + 1;
      expect(weekOfYear(date, ISO_WEEK_RULE), date).toEqual({ year, week });
    }
  });

  it('numbers US weeks from the week holding 1 January', () => {
    expect(weekOfYear('2023-12-31', US)).toEqual({ year: 2024, week: 1 });
    expect(weekOfYear('2024-01-06', US)).toEqual({ year: 2024, week: 1 });
    expect(weekOfYear('2024-01-07', US)).toEqual({ year: 2024, week: 2 });
    expect(weekOfYear('2022-12-31', US)).toEqual({ year: 2022, week: 53 });
    expect(weekOfYear('2022-01-01', US)).toEqual({ year: 2022, week: 1 });
  });
});

describe('month grids', () => {
  it('lays out whole weeks from the locale first day', () => {
    const feb2021 = monthGrid('2021-02', ISO_WEEK_RULE);
    expect(feb2021.weeks).toHaveLength(4);
    expect(feb2021.first).toBe('2021-02-01');
    expect(feb2021.last).toBe('2021-02-28');
    expect(feb2021.weeks[0]!.week).toEqual({ year: 2021, week: 5 });

    const sep2024Us = monthGrid('2024-09', US);
    expect(sep2024Us.first).toBe('2024-09-01');
    expect(sep2024Us.weeks[0]!.days.map((d) => d.weekday)).toEqual([7, 1, 2, 3, 4, 5, 6]);
    const sep2024Es = monthGrid('2024-09', weekRuleForLocale('es'));
    expect(sep2024Es.first).toBe('2024-08-26');
    expect(sep2024Es.weeks).toHaveLength(6);
    expect(sep2024Es.weeks[0]!.days.filter((d) => d.inMonth).map((d) => d.day)).toEqual([1]);
    expect(sep2024Es.last).toBe('2024-10-06');
  });

  it('can always give six rows', () => {
    const grid = monthGrid('2021-02', ISO_WEEK_RULE, { fixedWeeks: true });
    expect(grid.weeks).toHaveLength(6);
    expect(grid.last).toBe('2021-03-14');
    const days = grid.weeks.flatMap((w) => w.days);
    expect(days.filter((d) => d.inMonth)).toHaveLength(28);
    expect(new Set(days.map((d) => d.date)).size).toBe(42);
  });
});
