/**
 * Which language a note (or a query) is written in, so that it is stemmed and stop-worded as
 * that language: notes rarely say (`lang:` in front matter wins when they do).
 *
 * Detection is eld's (Nito-ELD, n-gram based, offline, 60 languages), its "extra small" data
 * set. Measured on tldr-pages in six languages (150 pages each, `scripts/bench` notes in the search
 * README): right on 100 % of whole short notes, ≥ 99 % of their first 15 words and 85–98 % of
 * four-word queries, where franc was right on 93–99 %, 75–95 % and 37–69 %, and tinyld, which
 * has no Catalan, on 0 % of Catalan. Its data takes a moment to load, so it is loaded once, in
 * the background, by whoever indexes (the search worker).
 *
 *     const detector = await loadLanguageDetector();
 *     detector.detect('Extrae un archivo en el directorio actual'); // 'es'
 */
import type { AnalyzerLanguage } from './analyzerLanguage';

export interface LanguageDetector {
  /**
   * The analyzer language of a text: `en`, `es` or `ca`; `none` for any other language (indexed
   * unstemmed rather than stemmed wrongly); null when the text is too short or ambiguous to say.
   */
  detect(text: string): AnalyzerLanguage | null;
}

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean };
}

/** Enough text to decide; more costs time and changes nothing. */
const sampleChars = 1500;

const stemmed = new Set<string>(['en', 'es', 'ca']);

function fromEld(eld: Eld): LanguageDetector {
  return {
    detect(text) {
      const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
      if (sample.trim() === '') return null;
      const result = eld.detect(sample);
      if (result.language === '' || !result.isReliable()) return null;
      return stemmed.has(result.language) ? (result.language as AnalyzerLanguage) : 'none';
    },
  };
}

let loading: Promise<LanguageDetector> | null = null;

/** The detector, loaded on first call (its n-gram data is about a megabyte of code). */
export function loadLanguageDetector(): Promise<LanguageDetector> {
  loading ??= import('eld/extrasmall').then((module) => fromEld(module.eld as Eld));
  return loading;
}
