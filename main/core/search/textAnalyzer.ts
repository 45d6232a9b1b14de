/**
 * Turns text into index terms, the same way for notes and for queries: split into words, lower
 * case, drop stop words, stem in the note's language (English, Spanish, Catalan) and fold
 * diacritics, so that `gestión`, `Gestion` and `gestiones` meet on one term.
 *
 * Words are runs of letters, digits and combining marks; everything else separates them (also
 * `_`, `-`, `.` and `/`, so `Get-ChildItem`, `about_Functions` and `application/json` are
 * searchable by their parts), except the Catalan middle dot, which joins `l·l` (`instal·lar` is one
 * word, the same as `installar`). Positions count every word, stop words included, so that phrase
 * matching can check adjacency.
 */
import { foldDiacritics } from '../../../shared/text/foldDiacritics';
import { stemCatalan } from './catalanStemmer';
import { catalanVerbStems } from './catalanVerbForms';
import { catalanStopWords } from './catalanStopWords';
import type { LanguageDetector } from './languageDetector';
import { lunr, spanishPipeline } from './lunrPatched';
import { spanishStemChanges } from './spanishStemChanges';
import type { AnalyzerLanguage } from './analyzerLanguage';

export { analyzerLanguages, type AnalyzerLanguage } from './analyzerLanguage';

/** Bumped whenever the terms produced for a text change, so persisted indexes get rebuilt. */
export const analyzerVersion = 4;

/** Words longer than this (base64, hashes) are skipped: nobody types them. */
const maxWordLength = 60;

const languageNames: Record<string, AnalyzerLanguage> = {
  english: 'en',
  ingles: 'en',
  angles: 'en',
  spanish: 'es',
  espanol: 'es',
  castellano: 'es',
  castella: 'es',
  catalan: 'ca',
  catala: 'ca',
  valencian: 'ca',
  valenciano: 'ca',
  valencia: 'ca',
};

/**
 * Maps a front-matter `lang`/`language` value (`es`, `es-MX`, `Spanish`, `español`, `ca-ES`,
 * `català`…); null when there is none (the note's text decides then).
 */
export function normalizeLanguage(value: string | null | undefined): AnalyzerLanguage | null {
  if (!value) return null;
  const v = foldDiacritics(value.trim().toLowerCase());
  if (v === '') return null;
  const code = /^([a-z]{2,3})(?:[-_].*)?$/.exec(v)?.[1];
  if (code === 'en' || code === 'es' || code === 'ca') return code;
  return languageNames[v] ?? 'none';
}

// 0 = not yet classified, 1 = part of a word, 2 = separator. ASCII is filled in eagerly, the
// rest on first sight (a regex test per distinct code unit, not per character).
const charClass = new Uint8Array(65536);
const wordPattern = /[\p{L}\p{N}\p{M}]/u;
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  charClass[c] = isWord ? 1 : 2;
}
/** The Catalan middle dot (`col·lecció`): part of a word; the analyzer drops it from terms. */
const middleDot = 0xb7;
charClass[middleDot] = 1;

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
/**
 * Snowball's list has every form of _estar_, among them _estado_, which in a note about systems
 * and procedures is the _state_ or _status_ asked about ("estado del servidor", "estado de la
 * solicitud"): it is indexed like any other word.
 */
const spanishContentWords = new Set(['estado', 'estados']);
const spanishStopWords = (word: string): boolean =>
  !spanishContentWords.has(word) &&
  spanishPipeline.stopWordFilter(new lunr.Token(word, {})) === undefined;
const spanishSuffixAccent = /([cs])ion$/;
const spanishSnowball = (prepared: string): string => {
  const stemmed = spanishPipeline.stemmer(new lunr.Token(prepared, {}));
  return foldDiacritics(stemmed ? stemmed.toString() : prepared);
};
let spanishChangedStems: Map<string, string> | null = null;
/** The stem of an infinitive for its stem-changing forms (`muestr` → `mostr`), others as they are. */
const spanishStem = (prepared: string): string => {
  spanishChangedStems ??= spanishStemChanges((verb) => spanishSnowball(verb));
  const stemmed = spanishSnowball(prepared);
  return spanishChangedStems.get(stemmed) ?? stemmed;
};
const middleDots = /\u00b7/g;
const catalanSuffixAccent = /([cs])io$/;
const catalanSnowball = (folded: string): string =>
  foldDiacritics(stemCatalan(folded.replace(catalanSuffixAccent, '$1ió')));
let catalanFormStems: Map<string, string> | null = null;
/** The stem of an infinitive for its present forms (`elim` → `elimin`), others as they are. */
const catalanStem = (folded: string): string => {
  catalanFormStems ??= catalanVerbStems((verb) =>
    catalanSnowball(foldDiacritics(verb.replace(middleDots, ''))),
  );
  const stemmed = catalanSnowball(folded);
  return catalanFormStems.get(stemmed) ?? stemmed;
};

/** lower-cased word → index term, or '' when the word is not indexed (stop word, too long). */
const pipelines: Record<AnalyzerLanguage, Pipeline> = {
  // Fold first: English stemming rules only know ASCII vowels.
  en: (word) => {
    const folded = foldDiacritics(word);
    if (englishStopWords(folded)) return '';
    return lunr.stemmer(new lunr.Token(folded, {})).toString();
  },
  // Accents are folded before stemming, so that a word typed without them (`ejecucion`, as
  // people type) meets the note's `ejecución`; the accent of `-ción`/`-sión` (Catalan `-ció`,
  // `-sió`), which Snowball's suffix rules expect, is put back, so `acción` and `acciones` still
  // share a stem. A stem-changing verb's forms meet its infinitive (`muestra`, `mostrar`).
  es: (word) => {
    const folded = foldDiacritics(word);
    if (spanishStopWords(word) || spanishStopWords(folded)) return '';
    return spanishStem(folded.replace(spanishSuffixAccent, '$1ión'));
  },
  ca: (word) => {
    const folded = foldDiacritics(word);
    if (catalanStopWords.has(word) || catalanStopWords.has(folded)) return '';
    return catalanStem(folded);
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

/**
 * The present forms (third person, singular and plural) of a Spanish or Catalan infinitive typed
 * in a query, where notes say the task: Snowball stems many regular verbs apart from them
 * (`especificar` → `especific`, `especifica` → `especif`; `comparar`, `compara` → `comp`), so a
 * query word also matches its forms' stems. Words of under five letters are left alone (_dar_,
 * _ver_, _mar_ are not worth the guess).
 */
function presentForms(word: string, language: AnalyzerLanguage): string[] {
  if (word.length < 5 || (language !== 'es' && language !== 'ca')) return [];
  const root = word.slice(0, -2);
  if (word.endsWith('ar')) return [`${root}a`, language === 'es' ? `${root}an` : `${root}en`];
  if (language === 'es' && (word.endsWith('er') || word.endsWith('ir')))
    return [`${root}e`, `${root}en`];
  if (language === 'ca' && word.endsWith('ir')) return [`${root}eix`, `${root}eixen`];
  return [];
}

/** One bit per analyzer language, for "which notes may this term match". */
export const languageBit: Readonly<Record<AnalyzerLanguage, number>> = {
  en: 1,
  es: 2,
  ca: 4,
  none: 8,
};
/** Every language: wildcard and fuzzy expansions match notes of any language. */
export const anyLanguage = 15;

export interface QueryWordTerms {
  /** Distinct index terms the word may have become in notes of each language present. */
  terms: string[];
  /** For each term, the languages (bits of {@link languageBit}) whose notes it stands for. */
  masks: number[];
  /** A stop word in at least one language present: it cannot be required to match. */
  isStopWord: boolean;
}

/**
 * Text → terms with memoisation: a vault has far fewer distinct words than word occurrences, so
 * each distinct word goes through lunr's stop-word filter and stemmer once.
 */
export class TextAnalyzer {
  /**
   * Decides the language of notes that do not declare one; until it is set (it loads in the
   * background), such notes are English, as before detection existed.
   */
  detector: LanguageDetector | null;

  constructor(options: { detector?: LanguageDetector | null } = {}) {
    this.detector = options.detector ?? null;
  }

  /** A note's language: its front matter's `lang` when it has one, else what its text reads as. */
  noteLanguage(declared: string | null | undefined, text: () => string): AnalyzerLanguage {
    return normalizeLanguage(declared) ?? this.detector?.detect(text()) ?? 'en';
  }

  readonly #memo: Record<AnalyzerLanguage, Map<string, string>> = {
    en: new Map(),
    es: new Map(),
    ca: new Map(),
    none: new Map(),
  };

  /** The index term for one lower-cased word, or '' when the word is not indexed. */
  termOf(word: string, language: AnalyzerLanguage): string {
    const memo = this.#memo[language];
    let term = memo.get(word);
    if (term === undefined) {
      const plain = word.includes('\u00b7') ? word.replace(middleDots, '') : word;
      term = word.length > maxWordLength || plain === '' ? '' : detach(pipelines[language](plain));
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
    const masks: number[] = [];
    let isStopWord = false;
    const add = (term: string, language: AnalyzerLanguage): void => {
      const at = terms.indexOf(term);
      if (at >= 0) {
        masks[at]! |= languageBit[language];
      } else {
        terms.push(term);
        masks.push(languageBit[language]);
      }
    };
    for (const language of languages) {
      const term = this.termOf(lower, language);
      if (term === '') {
        if (lower.length <= maxWordLength) isStopWord = true;
        continue;
      }
      add(term, language);
      for (const form of presentForms(lower, language)) {
        const formTerm = this.termOf(form, language);
        if (formTerm !== '') add(formTerm, language);
      }
    }
    return { terms, masks, isStopWord };
  }
}
