import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../shared/i18n/formatLocale';
import { systemLocale } from '../i18n/systemLocale';

/**
 * The locale every count and date in the window is written in: the UI language with the system's
 * region (shared/i18n/formatLocale). Use it, or `useNumberFormat` / `useDateFormat`, rather than
 * `i18n.language`, so that "7,424" and "7424" never appear side by side.
 */
export function useFormatLocale(): string {
  const { i18n } = useTranslation();
  return useMemo(() => formatLocale(i18n.language, systemLocale()), [i18n.language]);
}

/** Counts as the format locale writes them. */
export function useNumberFormat(): Intl.NumberFormat {
  const locale = useFormatLocale();
  return useMemo(() => new Intl.NumberFormat(locale), [locale]);
}
