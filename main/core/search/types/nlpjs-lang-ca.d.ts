/** The Snowball Catalan stemmer of @nlpjs/lang-ca (generated from Snowball's catalan.sbl). */
declare module '@nlpjs/lang-ca/src/stemmer-ca.js' {
  export default class StemmerCa {
    stemWord(word: string): string;
  }
}
