import { describe, expect, it } from 'vitest';
import {
  calendarDateOfTimestamp,
  isValidTimeZone,
  localDateOf,
  localDateTimeOf,
  localDayRange,
  startOfLocalDay,
  timeZoneOffsetMinutes,
} from './timeZone';

const at = (iso: string) => Date.parse(iso);
const hours = (ms: number) => ms / 3_600_000;

// Every test names its zone: none depends on the machine's own (CI runs in UTC, people do not).
describe('local days in a time zone', () => {
  it('puts an entry written at 00:30 local on that local day, whatever the UTC date', () => {
    // Madrid, winter (UTC+1): 00:30 on 5 Feb is 23:30 on 4 Feb in UTC.
    expect(localDateOf(at('2024-02-04T23:30:00Z'), 'Europe/Madrid')).toBe('2024-02-05');
    expect(localDateOf(at('2024-02-04T23:30:00Z'), 'UTC')).toBe('2024-02-04');
    // Madrid, summer (UTC+2): 00:30 on 1 Jul is 22:30 on 30 Jun in UTC.
    expect(localDateOf(at('2024-06-30T22:30:00Z'), 'Europe/Madrid')).toBe('2024-07-01');
    // New York (UTC−5): 23:30 on 5 Feb is already 6 Feb in UTC, but still the 5th there…
    expect(localDateOf(at('2024-02-06T04:30:00Z'), 'America/New_York')).toBe('2024-02-05');
    // …and 00:30 is the 6th.
    expect(localDateOf(at('2024-02-06T05:30:00Z'), 'America/New_York')).toBe('2024-02-06');
    // Half-hour and far-east zones.
    expect(localDateOf(at('2024-02-05T18:45:00Z'), 'Asia/Kolkata')).toBe('2024-02-06');
    expect(localDateOf(at('2024-02-05T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2024-02-06');
    expect(localDateOf(at('2024-02-05T10:30:00Z'), 'Pacific/Pago_Pago')).toBe('2024-02-04');
  });

  it('reads wall-clock time with the right offset on both sides of a DST change', () => {
    // Europe/Madrid springs forward on 31 Mar 2024 at 02:00 → 03:00 (01:00 UTC).
    expect(localDateTimeOf(at('2024-03-31T00:59:59Z'), 'Europe/Madrid')).toEqual({
      date: '2024-03-31',
      hour: 1,
      minute: 59,
      second: 59,
    });
    expect(localDateTimeOf(at('2024-03-31T01:00:00Z'), 'Europe/Madrid')).toMatchObject({
      hour: 3,
      minute: 0,
    });
    expect(timeZoneOffsetMinutes(at('2024-03-31T00:30:00Z'), 'Europe/Madrid')).toBe(60);
    expect(timeZoneOffsetMinutes(at('2024-03-31T01:30:00Z'), 'Europe/Madrid')).toBe(120);
    expect(timeZoneOffsetMinutes(at('2024-11-03T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(timeZoneOffsetMinutes(at('2024-07-01T12:00:00Z'), 'Australia/Lord_Howe')).toBe(630);
  });

  it('gives Madrid a 23-hour spring-forward day and a 25-hour fall-back day', () => {
    expect(startOfLocalDay('2024-03-31', 'Europe/Madrid')).toBe(at('2024-03-30T23:00:00Z'));
    const spring = localDayRange('2024-03-31', '2024-03-31', 'Europe/Madrid');
    expect(hours(spring.end - spring.start)).toBe(23);
    const fall = localDayRange('2024-10-27', '2024-10-27', 'Europe/Madrid');
    expect(fall.start).toBe(at('2024-10-26T22:00:00Z'));
    expect(hours(fall.end - fall.start)).toBe(25);
    // The days around them are ordinary.
    for (const date of ['2024-03-30', '2024-04-01', '2024-10-26', '2024-10-28']) {
      const day = localDayRange(date, date, 'Europe/Madrid');
      expect(hours(day.end - day.start), date).toBe(24);
    }
    // 00:30 and 23:30 local on the short and long days belong to them.
    expect(spring.contains(at('2024-03-30T23:30:00Z'))).toBe(true); // 00:30 CET
    expect(spring.contains(at('2024-03-31T21:30:00Z'))).toBe(true); // 23:30 CEST
    expect(spring.contains(at('2024-03-31T22:00:00Z'))).toBe(false); // 00:00 on 1 Apr
    expect(fall.contains(at('2024-10-27T00:30:00Z'))).toBe(true); // the first 02:30
    expect(fall.contains(at('2024-10-27T01:30:00Z'))).toBe(true); // the second 02:30
    expect(fall.contains(at('2024-10-27T22:59:59Z'))).toBe(true); // 23:59:59 CET
  });

  it('gives New York a 23-hour day in March and a 25-hour day in November', () => {
    const spring = localDayRange('2024-03-10', '2024-03-10', 'America/New_York');
    expect(spring.start).toBe(at('2024-03-10T05:00:00Z'));
    expect(hours(spring.end - spring.start)).toBe(23);
    const fall = localDayRange('2024-11-03', '2024-11-03', 'America/New_York');
    expect(fall.start).toBe(at('2024-11-03T04:00:00Z'));
    expect(hours(fall.end - fall.start)).toBe(25);
    // 00:30 local on those days.
    expect(localDateOf(at('2024-03-10T05:30:00Z'), 'America/New_York')).toBe('2024-03-10');
    expect(localDateOf(at('2024-11-03T04:30:00Z'), 'America/New_York')).toBe('2024-11-03');
    // 23:30 local the evening before is still the previous day.
    expect(localDateOf(at('2024-03-10T04:30:00Z'), 'America/New_York')).toBe('2024-03-09');
  });

  it('starts a day at the jump when clocks skip midnight, and a skipped day is empty', () => {
    // America/Santiago: on 8 Sep 2024 clocks went from 24:00 to 01:00, so the day starts at 01:00.
    const start = startOfLocalDay('2024-09-08', 'America/Santiago');
    expect(start).toBe(at('2024-09-08T04:00:00Z'));
    expect(localDateTimeOf(start, 'America/Santiago')).toMatchObject({
      date: '2024-09-08',
      hour: 1,
    });
    expect(localDateOf(start - 1000, 'America/Santiago')).toBe('2024-09-07');
    // On 7 Apr 2024 clocks went back from 24:00 to 23:00: the 6th had 25 hours.
    const longDay = localDayRange('2024-04-06', '2024-04-06', 'America/Santiago');
    expect(hours(longDay.end - longDay.start)).toBe(25);
    // Samoa skipped 30 Dec 2011 when it crossed the date line.
    const skipped = localDayRange('2011-12-30', '2011-12-30', 'Pacific/Apia');
    expect(skipped.end - skipped.start).toBe(0);
    expect(localDateOf(at('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe('2011-12-31');
  });

  it('covers several days with one range, DST included', () => {
    const week = localDayRange('2024-03-25', '2024-03-31', 'Europe/Madrid');
    expect(hours(week.end - week.start)).toBe(7 * 24 - 1);
  });

  it('takes dates and times without an offset as written, never shifted from UTC', () => {
    const range = localDayRange('2024-02-05', '2024-02-11', 'America/New_York');
    // A bare date is that day, in any zone (new Date('2024-02-05') would be the 4th in New York).
    expect(range.contains('2024-02-05')).toBe(true);
    expect(range.contains('2024-02-04')).toBe(false);
    expect(range.contains('2024-02-11T23:59')).toBe(true);
    expect(range.contains('2024-02-12T00:00:00')).toBe(false);
    // With an offset, converted: 03:00 UTC on the 12th is 22:00 on the 11th in New York.
    expect(range.contains('2024-02-12T03:00:00Z')).toBe(true);
    expect(range.contains('2024-02-05T04:59:59Z')).toBe(false);
    expect(range.contains('2024-02-05T00:30:00-05:00')).toBe(true);
    expect(range.contains('not a date')).toBe(false);
    expect(range.contains('2024-02-30')).toBe(false);
    expect(calendarDateOfTimestamp('2024-02-05', 'Pacific/Pago_Pago')).toBe('2024-02-05');
    expect(calendarDateOfTimestamp('2024-02-05T23:30:00Z', 'Europe/Madrid')).toBe('2024-02-06');
    expect(calendarDateOfTimestamp('yesterday', 'Europe/Madrid')).toBeNull();
  });

  it('knows which time zones exist', () => {
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });
});
