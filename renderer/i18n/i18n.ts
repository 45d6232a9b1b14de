import i18next, { type FormatterModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  defaultNamespace,
  i18nResources,
  pickLanguage,
  supportedLanguages,
} from '../../shared/i18n/i18nResources';
import { formatCount, formatLocale } from '../../shared/i18n/formatLocale';
import { systemLocale } from './systemLocale';

/**
 * Numbers interpolated into sentences are written in the format locale (UI language, system
 * region), like every other count; the catalogue uses no named formats, so there are none.
 */
const countFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // i18next types the result as a string; anything but a number passes through unchanged.
  format: (value: unknown, _format: string | undefined, lng: string | undefined): string =>
    typeof value === 'number'
      ? formatCount(value, formatLocale(lng ?? 'en', systemLocale()))
      : (value as string),
};

/** Starts i18next with the shared catalogue; every UI string goes through it. */
export async function initI18n(locale: string | null): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(countFormatter)
    .init({
      resources: i18nResources,
      lng: pickLanguage(locale ?? navigator.language),
      fallbackLng: 'en',
      supportedLngs: [...supportedLanguages],
      defaultNS: defaultNamespace,
      ns: Object.keys(i18nResources.en),
      interpolation: {
        escapeValue: false,
        // Every number in a sentence ("{{count}} notes") is written like the app's other counts.
        alwaysFormat: true,
      },
      returnNull: false,
    });
  document.documentElement.lang = instance.language;
  return instance;
}
