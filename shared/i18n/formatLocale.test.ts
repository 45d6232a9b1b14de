import { describe, expect, it } from 'vitest';
import { formatCount, formatLocale } from './formatLocale';

describe('formatLocale', () => {
  it('is the UI language with the system’s region', () => {
    expect(formatLocale('en', 'en-GB')).toBe('en-GB');
    expect(formatLocale('en', 'en-US')).toBe('en-US');
    expect(formatLocale('ca', 'es-ES')).toBe('ca-ES');
    expect(formatLocale('es', 'es-MX')).toBe('es-MX');
  });

  it('is the UI language alone where the system names no region or is not a locale', () => {
    expect(formatLocale('es', 'de')).toBe('es');
    expect(formatLocale('en', null)).toBe('en');
    expect(formatLocale('ca', 'not a locale!')).toBe('ca');
  });

  it('writes dates and numbers the way each region does', () => {
    const date = new Date(Date.UTC(2026, 11, 2, 12));
    const long = (locale: string) =>
      new Intl.DateTimeFormat(formatLocale('en', locale), {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(date);
    expect(long('en-GB')).toBe('2 December 2026');
    expect(long('en-US')).toBe('December 2, 2026');
    expect(formatCount(7424, formatLocale('en', 'en-US'))).toBe('7,424');
    expect(formatCount(7424000, formatLocale('es', 'es-ES'))).toBe('7.424.000');
    expect(formatCount(1234567.5, formatLocale('en', 'en-GB'))).toBe('1,234,567.5');
  });
});
