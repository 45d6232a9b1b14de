import { describe, expect, it } from 'vitest';
import { stemCatalan } from './catalanStemmer';

/**
 * Words of tldr-pages' Catalan pages with their stems as Snowball's own Catalan stemmer gives them
 * (snowballstemmer 3.1.1 for Python, `stemmer('catalan').stemWord`), so the JavaScript port is
 * checked against the reference implementation, not against itself.
 */
const snowballStems: Record<string, string> = {
  activats: 'activ',
  actual: 'actu',
  altres: 'altr',
  arbitrària: 'arbitr',
  compte: 'compt',
  comptes: 'compt',
  direcció: 'direc',
  directoris: 'direc',
  gràfics: 'grafic',
  minimalista: 'minimal',
  mòduls: 'modu',
  múltiples: 'multip',
  números: 'numer',
  ordinador: 'ordin',
  paraula: 'par',
  perquè: 'perque',
  procés: 'proc',
  processos: 'process',
  refredament: 'refred',
  responent: 'respon',
  separats: 'separ',
  volcat: 'volc',
  xarxa: 'xarx',
  extreure: 'extr',
  extreu: 'extr',
  arxius: 'arx',
  descarregar: 'descarr',
  descarrega: 'descarreg',
  còpia: 'cop',
};

describe('stemCatalan', () => {
  it("gives Snowball's Catalan stems", () => {
    for (const [word, stem] of Object.entries(snowballStems)) {
      expect([word, stemCatalan(word)]).toEqual([word, stem]);
    }
  });
});
