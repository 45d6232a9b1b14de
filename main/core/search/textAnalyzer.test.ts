import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../shared/text/foldDiacritics';
import { normalizeLanguage, TextAnalyzer } from './textAnalyzer';

function terms(text: string, language: 'en' | 'es' | 'ca' | 'none' = 'en'): [string, number][] {
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
    // Each form stands for the word in notes of the language that made it (en 1, es 2, ca 4).
    expect(analyzer.queryWord('Contratos', ['en', 'es'])).toEqual({
      terms: ['contrato', 'contrat'],
      masks: [1, 2],
      isStopWord: false,
    });
    expect(analyzer.queryWord('de', ['en', 'es'])).toEqual({
      terms: ['de'],
      masks: [1],
      isStopWord: true,
    });
    expect(analyzer.queryWord('the', ['en'])).toEqual({ terms: [], masks: [], isStopWord: true });
    expect(analyzer.queryWord('fitxers', ['es', 'ca']).terms).toContain('fitx');
  });

  it("stems Catalan notes with Snowball's Catalan stemmer, l·l and accents or not", () => {
    expect(terms('Instal·lar els paquets de la màquina', 'ca')).toEqual([
      ['install', 0],
      ['paqu', 2],
      ['maqu', 5],
    ]);
    const analyzer = new TextAnalyzer();
    for (const [a, b] of [
      ['instal·lar', 'installar'],
      ['execució', 'execucio'],
      ['execució', 'execucions'],
      ['directori', 'directoris'],
    ] as const) {
      expect(analyzer.termOf(a, 'ca')).toBe(analyzer.termOf(b, 'ca'));
    }
  });

  it('matches Spanish words typed without accents, singular or plural', () => {
    const analyzer = new TextAnalyzer();
    for (const [a, b] of [
      ['ejecución', 'ejecucion'],
      ['ejecución', 'ejecuciones'],
      ['acción', 'acciones'],
      ['categoría', 'categorias'],
      ['extraer', 'extrae'],
    ] as const) {
      expect(analyzer.termOf(a, 'es')).toBe(analyzer.termOf(b, 'es'));
    }
  });

  it('meets a Spanish infinitive with the forms whose stem vowel changes', () => {
    const analyzer = new TextAnalyzer();
    for (const [infinitive, form] of [
      ['mostrar', 'Muestra'],
      ['mostrar', 'muestran'],
      ['comprobar', 'comprueba'],
      ['obtener', 'obtiene'],
      ['convertir', 'convierte'],
      ['devolver', 'devuelve'],
      ['repetir', 'repite'],
      ['elegir', 'elige'],
      ['jugar', 'juega'],
    ] as const) {
      expect(analyzer.termOf(form.toLowerCase(), 'es')).toBe(analyzer.termOf(infinitive, 'es'));
    }
    // Three letters are another word as often as not: `pid` stays the process id.
    expect(analyzer.termOf('pid', 'es')).not.toBe(analyzer.termOf('pedir', 'es'));
    expect(analyzer.termOf('vista', 'es')).not.toBe(analyzer.termOf('vestir', 'es'));
    // Other verbs are stemmed as before.
    expect(analyzer.termOf('muestra', 'es')).not.toBe(analyzer.termOf('mover', 'es'));
  });

  it('meets a Catalan infinitive with its present forms that Snowball stems apart', () => {
    const analyzer = new TextAnalyzer();
    for (const [infinitive, form] of [
      ['eliminar', 'elimina'],
      ['instal·lar', 'instal·la'],
      ['crear', 'crea'],
      ['obrir', 'obre'],
      ['sortir', 'surt'],
      ['obtenir', 'obté'],
      ['afegir', 'afegeix'],
    ] as const) {
      expect(analyzer.termOf(form, 'ca'), form).toBe(analyzer.termOf(infinitive, 'ca'));
    }
  });

  it('matches a Spanish or Catalan infinitive typed in a query with its present forms', () => {
    const analyzer = new TextAnalyzer();
    // Snowball: `especificar` → `especific`, `especifica` → `especif`.
    expect(analyzer.termOf('especifica', 'es')).not.toBe(analyzer.termOf('especificar', 'es'));
    expect(analyzer.queryWord('especificar', ['es']).terms).toContain(
      analyzer.termOf('especifica', 'es'),
    );
    expect(analyzer.queryWord('comparar', ['ca']).terms).toContain(
      analyzer.termOf('compara', 'ca'),
    );
    // `activa` → `act`: too short to map in the index (`val` is _valida_ and _valors_), met here.
    expect(analyzer.queryWord('activar', ['ca']).terms).toContain(analyzer.termOf('activa', 'ca'));
    // English words are not conjugated, nor short ones.
    expect(analyzer.queryWord('filter', ['en']).terms).toEqual([analyzer.termOf('filter', 'en')]);
    expect(analyzer.queryWord('usar', ['es']).terms).toEqual([analyzer.termOf('usar', 'es')]);
  });

  it('indexes the Spanish "estado" (state, status), though Snowball lists it as a stop word', () => {
    const analyzer = new TextAnalyzer();
    expect(analyzer.termOf('estado', 'es')).toBe('estad');
    expect(analyzer.termOf('estados', 'es')).toBe(analyzer.termOf('estado', 'es'));
    expect(analyzer.termOf('estaba', 'es')).toBe('');
  });

  it('reads language names and codes; a note without one is for the detector', () => {
    expect(normalizeLanguage(undefined)).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
    expect(normalizeLanguage('ca-ES')).toBe('ca');
    expect(normalizeLanguage('Català')).toBe('ca');
    expect(new TextAnalyzer().noteLanguage(undefined, () => 'text')).toBe('en');
    expect(normalizeLanguage('es-MX')).toBe('es');
    expect(normalizeLanguage('Español')).toBe('es');
    expect(normalizeLanguage('en_GB')).toBe('en');
    expect(normalizeLanguage('fr')).toBe('none');
    expect(foldDiacritics('Çà et là, déjà')).toBe('Ca et la, deja');
  });
});
