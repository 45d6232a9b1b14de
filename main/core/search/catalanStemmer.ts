/**
 * Snowball's Catalan stemmer (the algorithm of snowballstem.org's catalan.sbl, as generated into
 * JavaScript by @nlpjs/lang-ca): lunr-languages has none for Catalan. Only the stemmer module is
 * imported, not the package's tokenizer and sentiment data.
 *
 *     stemCatalan('directoris'); // 'direc', as for 'directori'
 */
import StemmerCa from '@nlpjs/lang-ca/src/stemmer-ca.js';

const stemmer = new StemmerCa();

/** The Snowball stem of one lower-cased Catalan word. */
export function stemCatalan(word: string): string {
  return stemmer.stemWord(word);
}
