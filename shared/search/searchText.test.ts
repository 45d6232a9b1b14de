import { describe, expect, it } from 'vitest';
import { i18nResources, supportedLanguages } from '../i18n/i18nResources';
import { queryProblemMessages } from './queryParser';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix.replace(/_(one|many|other)$/, '')];
  return Object.entries(node).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the search text catalogue', () => {
  it('says every remark of the query language in every language, with its params', () => {
    for (const language of supportedLanguages) {
      const problems = i18nResources[language].search.problems as Record<string, string>;
      for (const code of Object.keys(queryProblemMessages)) {
        const text = problems[code];
        expect(text, `${language} ${code}`).toBeTruthy();
        // The same placeholders as the English text.
        const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
        expect(placeholders(text!), `${language} ${code}`).toEqual(
          placeholders((i18nResources.en.search.problems as Record<string, string>)[code]!),
        );
      }
    }
  });

  it('is complete in Spanish and Catalan, command label included', () => {
    const english = [...new Set(keysOf(i18nResources.en.search))].sort();
    for (const language of ['es', 'ca'] as const) {
      expect([...new Set(keysOf(i18nResources[language].search))].sort()).toEqual(english);
      expect(
        (i18nResources[language].commands as Record<string, string>)['search.open'],
      ).toBeTruthy();
    }
  });
});
