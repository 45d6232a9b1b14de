import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  defaultNamespace,
  i18nResources,
  pickLanguage,
  supportedLanguages,
} from '../../shared/i18n/i18nResources';

/** Starts i18next with the shared catalogue; every UI string goes through it. */
export async function initI18n(locale: string | null): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: i18nResources,
    lng: pickLanguage(locale ?? navigator.language),
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    defaultNS: defaultNamespace,
    ns: Object.keys(i18nResources.en),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = instance.language;
  return instance;
}
