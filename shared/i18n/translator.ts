import {
  i18nResources,
  pickLanguage,
  type I18nNamespace,
  type SupportedLanguage,
} from './i18nResources';

export type TranslateValues = Record<string, string | number>;
export type Translate = (key: string, values?: TranslateValues) => string;

/**
 * Text from the catalogue outside React — for what the core writes into notes in the user's
 * language (a journal entry's prompts, a saved weekly review). It reads the same JSON files as
 * the renderer's i18next and follows the same conventions: nested keys with dots, `{{name}}`
 * placeholders, plural forms as `key_one` / `key_other` chosen by `count`, English when a
 * language lacks a key, and the key itself when English lacks it too.
 *
 * @example
 * const t = createTranslator('es', 'journal');
 * t('review.more', { count: 3 }); // '…y 3 más.'
 */
export function createTranslator(locale: string | null | undefined, namespace: I18nNamespace) {
  const language = pickLanguage(locale);
  let plurals: Intl.PluralRules;
  try {
    plurals = new Intl.PluralRules(locale ?? language);
  } catch {
    plurals = new Intl.PluralRules(language);
  }
  const translate: Translate = (key, values = {}) => {
    const count = values.count;
    const keys =
      typeof count === 'number' ? [`${key}_${plurals.select(count)}`, `${key}_other`, key] : [key];
    for (const lang of language === 'en' ? ['en' as const] : [language, 'en' as const]) {
      for (const candidate of keys) {
        const text = lookup(lang, namespace, candidate);
        if (text !== undefined) return interpolate(text, values);
      }
    }
    return key;
  };
  return translate;
}

function lookup(
  language: SupportedLanguage,
  namespace: I18nNamespace,
  key: string,
): string | undefined {
  let node: unknown = i18nResources[language][namespace];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, values: TranslateValues): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
