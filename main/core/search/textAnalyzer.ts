/**
 * Turns text into index terms, the same way for notes and for queries: split into words, lower
 * case, drop stop words, stem (English, or Spanish for notes whose language is Spanish) and fold
 * diacritics, so that `gestión`, `Gestion` and `gestiones` meet on one term.
 *
 * Words are runs of letters, digits and combining marks; everything else separates them (also
 * `_`, `-`, `.` and `/`, so `Get-ChildItem`, `about_Functions` and `application/json` are
 * searchable by their parts). Positions count every word, stop words included, so that phrase
 * matching can check adjacency.
 */
import { lunr, spanishPipeline } from './lunrPatched';

/** Languages with their own pipeline; anything else is indexed without stemming or stop words. */
export type AnalyzerLanguage = 'en' | 'es' | 'none';

export const analyzerLanguages: readonly AnalyzerLanguage[] = ['en', 'es', 'none'];

/** Bumped whenever the terms produced for a text change, so persisted indexes get rebuilt. */
export const analyzerVersion = 1;

/** Words longer than this (base64, hashes) are skipped: nobody types them. */
const maxWordLength = 60;

/** Maps a front-matter `lang`/`language` value (`es`, `es-MX`, `Spanish`, `español`…). */
export function normalizeLanguage(value: string | null | undefined): AnalyzerLanguage {
  if (!value) return 'en';
  const v = foldDiacritics(value.trim().toLowerCase());
  if (v === '' || v === 'en' || v.startsWith('en-') || v.startsWith('en_') || v === 'english') {
    return 'en';
  }
  if (v === 'es' || v.startsWith('es-') || v.startsWith('es_') || v === 'spanish') return 'es';
  if (v === 'espanol' || v === 'castellano') return 'es';
  return 'none';
}

// 0 = not yet classified, 1 = part of a word, 2 = separator. ASCII is filled in eagerly, the
// rest on first sight (a regex test per distinct code unit, not per character).
const charClass = new Uint8Array(65536);
const wordPattern = /[\p{L}\p{N}\p{M}]/u;
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  charClass[c] = isWord ? 1 : 2;
}

/** Whether a UTF-16 code unit belongs to a word. Surrogates do, so astral letters stay whole. */
export function isWordCodeUnit(code: number): boolean {
  let cls = charClass[code]!;
  if (cls === 0) {
    const isWord =
      (code >= 0xd800 && code <= 0xdfff) || wordPattern.test(String.fromCharCode(code));
    cls = isWord ? 1 : 2;
    charClass[code] = cls;
  }
  return cls === 1;
}

const nonAscii = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex
const combiningMarks = /\p{M}/gu;
/** Letters that Unicode does not decompose but readers treat as plain Latin letters. */
const extraFolds: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};
const extraFoldPattern = /[ßæœøłđıþ]/g;

/** `Gestión` → `Gestion`: strips accents and other combining marks. */
export function foldDiacritics(text: string): string {
  if (!nonAscii.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(extraFoldPattern, (ch) => extraFolds[ch] ?? ch);
}

/** Calls `visit(start, end)` for every word of `text`, with offsets into `text` itself. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordCodeUnit(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    while (i < length && isWordCodeUnit(text.charCodeAt(i))) i++;
    visit(start, i);
  }
}

type Pipeline = (word: string) => string;

const englishStopWords = (word: string): boolean =>
  lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
const spanishStopWords = (word: string): boolean =>
  spanishPipeline.stopWordFilter(new lunr.Token(word, {})) === undefined;

/** lower-cased word → index term, or '' when the word is not indexed (stop word, too long). */
const pipelines: Record<AnalyzerLanguage, Pipeline> = {
  // Fold first: English stemming rules only know ASCII vowels.
  en: (word) => {
    const folded = foldDiacritics(word);
    if (englishStopWords(folded)) return '';
    return lunr.stemmer(new lunr.Token(folded, {})).toString();
  },
  // Stem first: the Snowball rules for Spanish match accented suffixes (-ción) and remove the
  // accents they know themselves; folding afterwards catches the rest.
  es: (word) => {
    if (spanishStopWords(word)) return '';
    const stemmed = spanishPipeline.stemmer(new lunr.Token(word, {}));
    return foldDiacritics(stemmed ? stemmed.toString() : word);
  },
  none: (word) => foldDiacritics(word),
};

/**
 * A copy of `text` that does not share memory with the string it was cut from. V8 represents
 * `slice()` results as views into their parent, so keeping a word sliced from a note as a map key
 * would keep the whole note's text alive for as long as the index lives.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

export interface QueryWordTerms {
  /** Distinct index terms the word may have become in notes of each language present. */
  terms: string[];
  /** A stop word in at least one language present: it cannot be required to match. */
  isStopWord: boolean;
}

/**
 * Text → terms with memoisation: a vault has far fewer distinct words than word occurrences, so
 * each distinct word goes through lunr's stop-word filter and stemmer once.
 */
export class TextAnalyzer {
  readonly #memo: Record<AnalyzerLanguage, Map<string, string>> = {
    en: new Map(),
    es: new Map(),
    none: new Map(),
  };

  /** The index term for one lower-cased word, or '' when the word is not indexed. */
  termOf(word: string, language: AnalyzerLanguage): string {
    const memo = this.#memo[language];
    let term = memo.get(word);
    if (term === undefined) {
      term = word.length > maxWordLength ? '' : detach(pipelines[language](word));
      // Do not let a flood of one-off words (a pasted log) grow the cache without bound.
      if (memo.size > 500_000) memo.clear();
      memo.set(detach(word), term);
    }
    return term;
  }

  /**
   * Emits the term, position and start offset of every indexed word of `text`; returns the
   * number of positions used (words including stop words), so that fields made of several parts
   * can continue counting. Offsets are into the lower-cased text, which has the same length as
   * `text` except for a few rare letters (İ).
   */
  analyze(
    text: string,
    language: AnalyzerLanguage,
    emit: (term: string, position: number, start: number) => void,
    firstPosition = 0,
  ): number {
    const lower = text.toLowerCase();
    const length = lower.length;
    let position = firstPosition;
    let i = 0;
    while (i < length) {
      while (i < length && !isWordCodeUnit(lower.charCodeAt(i))) i++;
      if (i >= length) break;
      const start = i;
      while (i < length && isWordCodeUnit(lower.charCodeAt(i))) i++;
      const term = this.termOf(lower.slice(start, i), language);
      if (term !== '') emit(term, position, start);
      position++;
    }
    return position;
  }

  /** How a word typed in a query may appear in the index, given the languages of the notes. */
  queryWord(word: string, languages: Iterable<AnalyzerLanguage>): QueryWordTerms {
    const lower = word.toLowerCase();
    const terms: string[] = [];
    let isStopWord = false;
    for (const language of languages) {
      const term = this.termOf(lower, language);
      if (term === '') {
        if (lower.length <= maxWordLength) isStopWord = true;
      } else if (!terms.includes(term)) {
        terms.push(term);
      }
    }
    return { terms, isStopWord };
  }
}
