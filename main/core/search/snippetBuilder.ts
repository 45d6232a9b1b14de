/**
 * Snippets for a hit: the title with its matched words marked, and the passage of the body with
 * the most distinct matched words. Words are matched by their index term, so `gestiones` is
 * marked for a search of `gestión`, and wildcard or fuzzy expansions are marked too.
 */
import type { SearchSnippet } from '../../../shared/search/searchResults';
import { foldDiacritics } from '../../../shared/text/foldDiacritics';
import {
  forEachWord,
  isWordCodeUnit,
  type AnalyzerLanguage,
  type TextAnalyzer,
} from './textAnalyzer';

/**
 * Where to look for the best passage: the first few thousand characters (hits of a page are
 * snippeted on every keystroke, and long articles would cost milliseconds each), and further,
 * up to a megabyte, only if nothing matches there.
 */
const firstScan = 3_000;
const maxScan = 1_000_000;

interface Match {
  start: number;
  end: number;
  term: string;
}

/** The first two letters of index terms: ASCII pairs as numbers (no string per word), others as text. */
interface TermStarts {
  codes: Set<number>;
  strings: Set<string>;
}

const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);
/** One number for a pair of code units; `second` is -1 for a one-letter word. */
const pairCode = (first: number, second: number): number => first * 65536 + second + 1;

/**
 * Matched words in `text[from, to)` (extended to the end of a word cut by `to`). Stemming and
 * folding keep a word's first two letters, so words starting otherwise are skipped unanalysed
 * (and, for ASCII, without making a string).
 */
function findMatches(
  text: string,
  from: number,
  to: number,
  terms: Set<string>,
  analyzer: TextAnalyzer,
  language: AnalyzerLanguage,
  matches: Match[],
): number {
  let end = Math.min(text.length, to);
  while (end < text.length && isWordCodeUnit(text.charCodeAt(end))) end++;
  const scanned = text.slice(from, end);
  const { codes, strings } = startsOf(terms);
  forEachWord(scanned, (start, stop) => {
    const first = scanned.charCodeAt(start);
    const second = stop - start > 1 ? scanned.charCodeAt(start + 1) : -1;
    if (first < 128 && second < 128) {
      if (!codes.has(pairCode(lowerAscii(first), lowerAscii(second)))) return;
    } else if (
      !strings.has(foldDiacritics(scanned.slice(start, Math.min(stop, start + 2)).toLowerCase()))
    ) {
      return;
    }
    const term = analyzer.termOf(scanned.slice(start, stop).toLowerCase(), language);
    if (term !== '' && terms.has(term))
      matches.push({ start: from + start, end: from + stop, term });
  });
  return end;
}

const startsCache = new WeakMap<Set<string>, TermStarts>();

function startsOf(terms: Set<string>): TermStarts {
  let starts = startsCache.get(terms);
  if (!starts) {
    starts = { codes: new Set(), strings: new Set() };
    for (const term of terms) {
      starts.strings.add(term.slice(0, 2));
      starts.codes.add(pairCode(term.charCodeAt(0), term.length > 1 ? term.charCodeAt(1) : -1));
    }
    startsCache.set(terms, starts);
  }
  return starts;
}

function matchesIn(
  text: string,
  terms: Set<string>,
  analyzer: TextAnalyzer,
  language: AnalyzerLanguage,
): Match[] {
  const matches: Match[] = [];
  let scanned = findMatches(text, 0, firstScan, terms, analyzer, language, matches);
  while (matches.length === 0 && scanned < Math.min(text.length, maxScan)) {
    scanned = findMatches(
      text,
      scanned,
      scanned + firstScan * 4,
      terms,
      analyzer,
      language,
      matches,
    );
  }
  if (matches.length > 0 && scanned < text.length) {
    // Found late: look a little past the first match so its passage can hold more than one.
    findMatches(text, scanned, scanned + 400, terms, analyzer, language, matches);
  }
  return matches;
}

/** `text[from, to)` with runs of white space (newlines too) collapsed, highlights mapped along. */
function collapse(
  text: string,
  from: number,
  to: number,
  matches: Match[],
): { text: string; highlights: [number, number][] } {
  let out = '';
  const map = new Int32Array(to - from + 1);
  let lastSpace = false;
  for (let i = from; i < to; i++) {
    map[i - from] = out.length;
    const ch = text[i]!;
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
    if (space) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += ch;
      lastSpace = false;
    }
  }
  map[to - from] = out.length;
  const highlights: [number, number][] = [];
  for (const m of matches) {
    if (m.start >= from && m.end <= to) highlights.push([map[m.start - from]!, map[m.end - from]!]);
  }
  return { text: out, highlights };
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

/** The window of about `width` characters holding the most distinct terms (then matches). */
function bestWindow(matches: Match[], width: number): { first: number; last: number } {
  let best = { first: 0, last: 0, distinct: 0, count: 0 };
  const counts = new Map<string, number>();
  let lo = 0;
  for (let hi = 0; hi < matches.length; hi++) {
    const term = matches[hi]!.term;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    while (matches[hi]!.end - matches[lo]!.start > width && lo < hi) {
      const old = matches[lo]!.term;
      const n = counts.get(old)! - 1;
      if (n === 0) counts.delete(old);
      else counts.set(old, n);
      lo++;
    }
    const count = hi - lo + 1;
    if (counts.size > best.distinct || (counts.size === best.distinct && count > best.count)) {
      best = { first: lo, last: hi, distinct: counts.size, count };
    }
  }
  return best;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  let at = text.indexOf('\n');
  while (at >= 0 && at < offset) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}

/** Character offset of the `index`-th word of `text` (words as the analyzer counts them). */
export function wordOffset(text: string, index: number): number {
  let count = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    while (i < length && !isWordCodeUnit(text.charCodeAt(i))) i++;
    if (i >= length) break;
    if (count === index) return i;
    count++;
    while (i < length && isWordCodeUnit(text.charCodeAt(i))) i++;
  }
  return length;
}

/** A part of a note's body to cut a snippet from, and where in it the first match is. */
export interface BodyWindow {
  text: string;
  /** Character offset of `text` in the body. */
  start: number;
  /** Line of the body that `text` starts on (0-based). */
  line: number;
  /** `text` runs to the end of the body. */
  atEnd: boolean;
  /** Offset in `text` of the first match; null: the body has none; undefined: unknown, scan. */
  matchAt: number | null | undefined;
}

/** A passage around the best matches of a body window, or its beginning when nothing matches. */
export function bodySnippet(
  window: BodyWindow,
  terms: Set<string>,
  analyzer: TextAnalyzer,
  language: AnalyzerLanguage,
  length: number,
): SearchSnippet | null {
  const body = window.text;
  let matches: Match[];
  if (window.matchAt === null) {
    matches = [];
  } else if (window.matchAt === undefined) {
    matches = matchesIn(body, terms, analyzer, language);
  } else {
    matches = [];
    const at = window.matchAt;
    findMatches(body, Math.max(0, at - 20), at + length * 3, terms, analyzer, language, matches);
  }
  let from: number;
  let to: number;
  let line = window.line;
  if (matches.length === 0) {
    from = 0;
    while (from < body.length && isSpace(body[from])) from++;
    to = Math.min(body.length, from + length);
  } else {
    const best = bestWindow(matches, Math.max(40, Math.floor(length * 0.7)));
    const first = matches[best.first]!;
    const last = matches[best.last]!;
    const spare = Math.max(0, length - (last.end - first.start));
    // A little more context before the first match than after the last reads naturally.
    from = Math.max(0, first.start - Math.floor(spare * 0.4));
    to = Math.min(body.length, last.end + (spare - (first.start - from)));
    line += lineOf(body, first.start);
  }
  if (from >= to) return null;
  // Cut at word boundaries, never through a word.
  const bodyEnd = window.atEnd ? body.length : Infinity;
  if (from > 0) {
    while (from < to && !isSpace(body[from - 1])) from++;
  }
  if (to < bodyEnd) {
    let cut = to;
    while (cut > from && !isSpace(body[cut])) cut--;
    if (cut > from) to = cut;
  }
  const collapsed = collapse(body, from, to, matches);
  let text = collapsed.text.trim();
  const lead = collapsed.text.length - collapsed.text.trimStart().length;
  let highlights = collapsed.highlights.map(([s, e]): [number, number] => [s - lead, e - lead]);
  if (text === '') return null;
  if (window.start + from > 0) {
    text = `…${text}`;
    highlights = highlights.map(([s, e]) => [s + 1, e + 1]);
  }
  if (to < bodyEnd) text = `${text}…`;
  return { field: 'body', text, highlights, line };
}

export function titleSnippet(
  title: string,
  terms: Set<string>,
  analyzer: TextAnalyzer,
  language: AnalyzerLanguage,
): SearchSnippet | null {
  const matches: Match[] = [];
  findMatches(title, 0, title.length, terms, analyzer, language, matches);
  if (matches.length === 0) return null;
  return { field: 'title', text: title, highlights: matches.map((m) => [m.start, m.end]) };
}
