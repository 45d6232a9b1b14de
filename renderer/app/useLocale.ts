import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../../shared/i18n/i18nResources';

/** Follows the language setting (null: the operating system's) live, and tags <html lang>. */
export function useLocale(locale: string | null): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const language = pickLanguage(locale ?? navigator.language);
    document.documentElement.lang = language;
    if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
  }, [i18n, locale]);
}
