import { afterEach, describe, expect, it } from 'vitest';
import { capitalizeFirst, formatIsoDate, formatIsoDateRange, formatIsoMonth } from './formatDate';
import { localDateOf } from './timeZone';

describe('dates in words', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('writes a calendar date in the locale’s words, whatever zone the machine is in', () => {
    for (const zone of ['UTC', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'America/New_York']) {
      // Node re-reads TZ when it changes: the machine is now in `zone`.
      process.env.TZ = zone;
      expect(formatIsoDate('2024-01-29', 'en-GB', { dateStyle: 'full' }), zone).toBe(
        'Monday, 29 January 2024',
      );
      expect(formatIsoDate('2024-01-29', 'es', { dateStyle: 'full' }), zone).toBe(
        'lunes, 29 de enero de 2024',
      );
      expect(formatIsoDate('2024-01-29', 'ca', { dateStyle: 'long' }), zone).toBe(
        '29 de gener del 2024',
      );
      // The zone named in the call wins over the machine's.
      expect(localDateOf(Date.parse('2024-01-28T23:30:00Z'), 'Europe/Madrid'), zone).toBe(
        '2024-01-29',
      );
    }
  });

  it('writes months and ranges', () => {
    expect(formatIsoMonth('2024-02', 'en')).toBe('February 2024');
    expect(formatIsoMonth('2024-02', 'ca')).toBe('febrer del 2024');
    expect(formatIsoDateRange('2024-01-29', '2024-02-04', 'en-GB')).toMatch(
      /^29 Jan\s–\s4 Feb 2024$/u,
    );
    expect(capitalizeFirst('lunes', 'es')).toBe('Lunes');
    expect(capitalizeFirst('', 'es')).toBe('');
  });
});
