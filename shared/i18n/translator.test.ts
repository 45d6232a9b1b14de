import { describe, expect, it } from 'vitest';
import { i18nResources } from './i18nResources';
import { createTranslator } from './translator';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translator for text the core writes', () => {
  it('interpolates, picks plural forms by language and falls back to English', () => {
    const es = createTranslator('es-ES', 'journal');
    expect(es('review.title', { week: '2024-W05' })).toBe('Revisión semanal 2024-W05');
    expect(es('review.domainCount', { domain: 'rrhh', count: 1 })).toBe('rrhh: 1 entrada o nota');
    expect(es('review.domainCount', { domain: 'rrhh', count: 2 })).toBe('rrhh: 2 entradas o notas');
    const fr = createTranslator('fr', 'journal');
    expect(fr('prompts.learned')).toBe('What did I learn?');
    expect(fr('no.such.key')).toBe('no.such.key');
    expect(createTranslator(null, 'journal')('review.more', { count: 3 })).toBe('…and 3 more.');
  });

  it('has every journal text and journal command label in Spanish and Catalan', () => {
    const english = keysOf(i18nResources.en.journal).sort();
    expect(keysOf(i18nResources.es.journal).sort()).toEqual(english);
    expect(keysOf(i18nResources.ca.journal).sort()).toEqual(english);
    for (const language of ['es', 'ca'] as const) {
      const commands = i18nResources[language].commands as Record<string, string>;
      for (const id of ['journal.today', 'journal.open', 'journal.weeklyReview', 'journal.promote'])
        expect(commands[id], `${language} ${id}`).toBeTruthy();
    }
  });
});
