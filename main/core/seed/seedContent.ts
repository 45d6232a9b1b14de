import { pickLanguage, type SupportedLanguage } from '../../../shared/i18n/i18nResources';
import { caSeed } from './locales/ca';
import { enSeed } from './locales/en';
import { esSeed } from './locales/es';
import type { SeedContent } from './seedTypes';

export * from './seedTypes';

const SEEDS: Record<SupportedLanguage, SeedContent> = { en: enSeed, es: esSeed, ca: caSeed };

/** The seed content for a UI language or locale (`es-ES`, `ca`…); English where there is none. */
export function seedContent(language: string | null | undefined): SeedContent {
  return SEEDS[pickLanguage(language)];
}

/** Every language's seed content (to recognise a default template whatever its language). */
export function allSeedContents(): readonly SeedContent[] {
  return Object.values(SEEDS);
}
