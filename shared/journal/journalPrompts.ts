import { createTranslator } from '../i18n/translator';

/** The reflection prompts a new journal entry offers, in order (keys of `journal:prompts`). */
export const DEFAULT_PROMPT_KEYS = [
  'happened',
  'learned',
  'differently',
  'helped',
  'share',
] as const;

/** The default prompts in the language of `locale` (English when it has none). */
export function defaultJournalPrompts(locale: string | null | undefined): string[] {
  const t = createTranslator(locale, 'journal');
  return DEFAULT_PROMPT_KEYS.map((key) => t(`prompts.${key}`));
}

/**
 * The prompts a new entry gets: none when turned off, the person's own when they wrote some,
 * else the defaults in their language.
 */
export function journalPromptsFor(
  settings: { prompts: readonly string[] | null; promptsEnabled: boolean },
  locale: string | null | undefined,
): string[] {
  if (!settings.promptsEnabled) return [];
  return settings.prompts !== null ? [...settings.prompts] : defaultJournalPrompts(locale);
}
