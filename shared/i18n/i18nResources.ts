import enCommands from './locales/en/commands.json';
import esCommands from './locales/es/commands.json';
import caCommands from './locales/ca/commands.json';
import enCommon from './locales/en/common.json';
import esCommon from './locales/es/common.json';
import caCommon from './locales/ca/common.json';
import enApp from './locales/en/app.json';
import esApp from './locales/es/app.json';
import caApp from './locales/ca/app.json';
import enNotes from './locales/en/notes.json';
import esNotes from './locales/es/notes.json';
import caNotes from './locales/ca/notes.json';
import enJournal from './locales/en/journal.json';
import esJournal from './locales/es/journal.json';
import caJournal from './locales/ca/journal.json';
import enDomains from './locales/en/domains.json';
import esDomains from './locales/es/domains.json';
import caDomains from './locales/ca/domains.json';
import enSearch from './locales/en/search.json';
import esSearch from './locales/es/search.json';
import caSearch from './locales/ca/search.json';
import enPacks from './locales/en/packs.json';
import esPacks from './locales/es/packs.json';
import caPacks from './locales/ca/packs.json';
import enDesktop from './locales/en/desktop.json';
import esDesktop from './locales/es/desktop.json';
import caDesktop from './locales/ca/desktop.json';

/**
 * The UI text catalogue, one JSON file per namespace and language, shared by the renderer
 * (react-i18next) and main (the application menu and its dialogs). English is complete; other languages fall
 * back to English key by key. A feature adds its namespace here.
 */
export const supportedLanguages = ['en', 'es', 'ca'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

export const defaultNamespace = 'common';

export const i18nResources = {
  en: {
    common: enCommon,
    commands: enCommands,
    app: enApp,
    notes: enNotes,
    journal: enJournal,
    domains: enDomains,
    search: enSearch,
    packs: enPacks,
    desktop: enDesktop,
  },
  es: {
    common: esCommon,
    commands: esCommands,
    app: esApp,
    notes: esNotes,
    journal: esJournal,
    domains: esDomains,
    search: esSearch,
    packs: esPacks,
    desktop: esDesktop,
  },
  ca: {
    common: caCommon,
    commands: caCommands,
    app: caApp,
    notes: caNotes,
    journal: caJournal,
    domains: caDomains,
    search: caSearch,
    packs: caPacks,
    desktop: caDesktop,
  },
} as const;

export type I18nNamespace = keyof (typeof i18nResources)['en'];

/** The best supported language for a locale such as `es-ES`, else English. */
export function pickLanguage(locale: string | null | undefined): SupportedLanguage {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (supportedLanguages as readonly string[]).includes(base ?? '')
    ? (base as SupportedLanguage)
    : 'en';
}
