import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { useDateFormat } from './useDateFormat';
import { useNumberFormat } from './useFormatLocale';

afterEach(() => vi.restoreAllMocks());

/** The hooks and the catalogue as a person with `language` on a `system` computer sees them. */
async function inLocale(language: string, system: string) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([system]);
  const i18n = await initI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  const numbers = renderHook(() => useNumberFormat(), { wrapper }).result.current;
  const dates = renderHook(() => useDateFormat(), { wrapper }).result.current;
  return { i18n, numbers, dates };
}

describe('dates and numbers follow the UI language and the system region, everywhere alike', () => {
  it('English on a US and on a British system', async () => {
    const us = await inLocale('en', 'en-US');
    const gb = await inLocale('en', 'en-GB');
    const iso = '2026-12-02T15:05:00';
    expect(us.dates.dateTime(iso)).toMatch(/^Dec 2, 2026/);
    expect(gb.dates.dateTime(iso)).toMatch(/^2 Dec 2026/);
    expect(us.numbers.format(7424)).toBe('7,424');
    // A count inside a sentence is written like every other count.
    expect(us.i18n.t('app:sidebar.noteCount', { count: 7424 })).toContain('7,424');
  });

  it('Spanish and Catalan on a Spanish system', async () => {
    const es = await inLocale('es', 'es-ES');
    const ca = await inLocale('ca', 'es-ES');
    expect(es.numbers.format(7424000)).toBe('7.424.000');
    expect(es.i18n.t('app:sidebar.noteCount', { count: 74240 })).toContain('74.240');
    expect(ca.dates.dateTime('2026-12-02T15:05:00')).toMatch(/2 de des(\.|embre) 2026/);
    expect(ca.i18n.t('app:sidebar.noteCount', { count: 74240 })).toContain('74.240');
  });
});
