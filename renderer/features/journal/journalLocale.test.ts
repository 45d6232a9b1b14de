import { describe, expect, it } from 'vitest';
import { weekRuleForLocale } from '../../../shared/dates/weeks';
import { journalLocaleFor } from './journalLocale';

const firstDay = (language: string, system: string[]) =>
  weekRuleForLocale(journalLocaleFor(language, system)).firstDay;

describe('journalLocaleFor', () => {
  it('starts the week on Monday for Spanish and Catalan, whatever the system says', () => {
    expect(firstDay('es', ['en-US'])).toBe(1);
    expect(firstDay('ca', ['en-US', 'en'])).toBe(1);
    expect(firstDay('es', ['es-ES'])).toBe(1);
  });

  it('takes the region from the system when it speaks the UI language', () => {
    expect(journalLocaleFor('en', ['en-GB', 'es-ES'])).toBe('en-GB');
    expect(firstDay('en', ['en-GB'])).toBe(1);
    expect(firstDay('en', ['en-US'])).toBe(7);
    expect(journalLocaleFor('es', ['en-US', 'es-MX'])).toBe('es-MX');
    expect(firstDay('es', ['es-MX'])).toBe(7);
  });

  it('falls back to the UI language for a system locale it cannot read', () => {
    expect(journalLocaleFor('ca', [])).toBe('ca');
    expect(journalLocaleFor('en', ['en_!!'])).toBe('en');
  });
});
