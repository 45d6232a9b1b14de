import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeLanguage, TextAnalyzer } from './textAnalyzer';

function terms(text: string, language: 'en' | 'es' | 'none' = 'en'): [string, number][] {
  const out: [string, number][] = [];
  new TextAnalyzer().analyze(text, language, (term, position) => out.push([term, position]));
  return out;
}

describe('TextAnalyzer', () => {
  it('splits on punctuation, lower-cases, drops stop words and stems, counting every word', () => {
    // lunr's English stop words include "get": its position (1) stays free like "the" (0).
    expect(terms('The Get-ChildItem cmdlet lists files_and folders.')).toEqual([
      ['childitem', 2],
      ['cmdlet', 3],
      ['list', 4],
      ['file', 5],
      // "and" (6) is a stop word: its position is kept free.
      ['folder', 7],
    ]);
  });

  it('stems Spanish notes with the Spanish stemmer and folds accents', () => {
    expect(terms('La gestión de las contrataciones públicas', 'es')).toEqual([
      ['gestion', 1],
      ['contrat', 4],
      ['public', 5],
    ]);
    expect(terms('Gestión', 'en')).toEqual([['gestion', 0]]);
    expect(terms('Straße Ærø', 'none')).toEqual([
      ['strasse', 0],
      ['aero', 1],
    ]);
  });

  it('maps a query word to its forms in every language present', () => {
    const analyzer = new TextAnalyzer();
    expect(analyzer.queryWord('Contratos', ['en', 'es'])).toEqual({
      terms: ['contrato', 'contrat'],
      isStopWord: false,
    });
    expect(analyzer.queryWord('de', ['en', 'es'])).toEqual({ terms: ['de'], isStopWord: true });
    expect(analyzer.queryWord('the', ['en'])).toEqual({ terms: [], isStopWord: true });
  });

  it('reads language names and codes', () => {
    expect(normalizeLanguage(undefined)).toBe('en');
    expect(normalizeLanguage('es-MX')).toBe('es');
    expect(normalizeLanguage('Español')).toBe('es');
    expect(normalizeLanguage('en_GB')).toBe('en');
    expect(normalizeLanguage('fr')).toBe('none');
    expect(foldDiacritics('Çà et là, déjà')).toBe('Ca et la, deja');
  });
});
