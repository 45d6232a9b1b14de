import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  isIsoDate,
  isIsoMonth,
  isoWeekday,
  lastDayOfMonth,
  parseIsoDate,
  toIsoDate,
} from './calendarDate';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '0000-01-01',
      '2024-1-5',
      '2024-01-05T00:00',
      ' 2024-01-05',
      '',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(isIsoDate(20240105)).toBe(false);
    expect(parseIsoDate('2024-03-09')).toEqual({ year: 2024, month: 3, day: 9 });
    expect(() => toIsoDate({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
  });

  it('counts days from 1970-01-01 exactly, both ways, across the whole range', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11017);
    // Agrees with Date's own (proleptic Gregorian, UTC) day count on every 97th day for 10,000 years.
    for (let n = dayNumber('0001-01-01'); n <= dayNumber('9999-12-31'); n += 97) {
      const date = dateOfDayNumber(n);
      expect(dayNumber(date)).toBe(n);
      const viaDate = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(date).toBe(viaDate);
    }
    expect(() => dateOfDayNumber(dayNumber('9999-12-31') + 1)).toThrow(RangeError);
  });

  it('adds days over month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('knows the weekday of a date', () => {
    expect(isoWeekday('2024-01-01')).toBe(1); // Monday
    expect(isoWeekday('2024-03-31')).toBe(7); // Sunday
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
    expect(isoWeekday('1969-12-28')).toBe(7);
    expect(isoWeekday('0001-01-01')).toBe(1);
  });

  it('adds months, keeping the day or falling back to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
    expect(addMonths('2024-05-31', -6)).toBe('2023-11-30');
    expect(addMonths('2024-01-10', 24)).toBe('2026-01-10');
    expect(addMonthsToMonth('2024-01', -1)).toBe('2023-12');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(isIsoMonth('2024-12')).toBe(true);
    expect(isIsoMonth('2024-13')).toBe(false);
  });
});
