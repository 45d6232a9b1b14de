import { proseAndMarkdownLinks } from '../../../shared/links/wikiLinks';
import { foldDiacritics } from '../../../shared/text/foldDiacritics';

/** Where a markdown text names one of the names looked for, as plain prose. */
export interface FoundMention {
  /** `[start, end)` of the words in the text searched. */
  start: number;
  end: number;
  /** The block (paragraph, list item, heading, table row) the words sit in. */
  blockStart: number;
  blockEnd: number;
}

/**
 * A note's names (title, aliases) as `findMentions` compares them: case and accents folded,
 * spaces collapsed. Names that fold to nothing are dropped; longer names first, so that where
 * "Plan" and "Plan de compras" both fit, the longer one is the mention.
 */
export function mentionKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const key = foldText(name.trim()).folded.replace(/ +/g, ' ').trim();
    if (key !== '') keys.add(key);
  }
  return [...keys].sort((a, b) => b.length - a.length);
}

/**
 * Every place in `markdown` (a note body) where one of `keys` (from `mentionKeys`) is written as
 * whole words in prose: case and accents ignored (`contratacion` names "Contratación"), words
 * separated by spaces or tabs matching any such run; never inside code (spans, fenced or
 * indented blocks), comments, wiki or markdown links, autolinks or bare URLs, and never across a
 * line break. Mentions do not overlap; in order.
 *
 * @example
 * findMentions('A plan. The `Plan`. [[Plan]]. Planning.', mentionKeys(['Plan']))
 * // [{ start: 2, end: 6, … }]
 */
export function findMentions(markdown: string, keys: readonly string[]): FoundMention[] {
  if (keys.length === 0) return [];
  // In a text of ASCII characters, where the names' first words stand (in any case, whole words
  // or not): a run without one names nothing, and a note without any needs no parsing.
  const heads = NON_ASCII.test(markdown) ? null : new HeadFinder(markdown, keys);
  if (heads?.none) return [];
  const { runs, markdownLinks } = proseAndMarkdownLinks(markdown);
  const excluded: [number, number][] = markdownLinks.map((link) => [link.start, link.end]);
  for (const match of markdown.matchAll(urlPatternFor(markdown)))
    excluded.push([match.index, match.index + match[0].length]);
  excluded.sort((a, b) => a[0] - b[0]);

  const found: FoundMention[] = [];
  for (const run of runs) {
    for (const [from, to] of subtract(run.from, run.to, excluded)) {
      if (heads && !heads.within(from, to)) continue;
      const slice = markdown.slice(from, to);
      // Most runs name nothing: a quick look before mapping every character back.
      if (!namesAppearIn(slice, keys)) continue;
      const text = foldText(slice);
      let taken = -1;
      const hits: [number, number][] = [];
      for (const key of keys) {
        for (let at = text.folded.indexOf(key); at >= 0; at = text.folded.indexOf(key, at + 1)) {
          const end = at + key.length;
          if (!isBoundary(text.folded, at - 1, key, 0) || !isBoundary(text.folded, end, key, -1))
            continue;
          hits.push([at, end]);
        }
      }
      hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      for (const [at, end] of hits) {
        if (at < taken) continue;
        taken = end;
        found.push({
          start: from + text.starts[at]!,
          end: from + text.ends[end - 1]!,
          blockStart: run.blockStart,
          blockEnd: run.contentEnd,
        });
      }
    }
  }
  return found;
}

/**
 * Whether one of `keys` (from `mentionKeys`) is written in `text` as whole words, case and
 * accents ignored, wherever it stands (code and links included). A cheap first pass over many
 * notes' plain text: every text `findMentions` finds a mention in passes it.
 */
export function namesAppearIn(text: string, keys: readonly string[]): boolean {
  const lower = text.toLowerCase();
  if (hasWholeWords(lower, keys)) return true;
  // Accents and letters such as ß only change the text when it has any.
  if (!NON_ASCII.test(text)) return false;
  const folded = foldDiacritics(lower).toLowerCase();
  return folded !== lower && hasWholeWords(folded, keys);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Whether a key is in `folded` as whole words, a space in the key matching any run of spaces and
 * tabs (as if each run were one space, without making that copy of a long text).
 */
function hasWholeWords(folded: string, keys: readonly string[]): boolean {
  for (const key of keys) {
    const space = key.indexOf(' ');
    const head = space < 0 ? key : key.slice(0, space);
    for (let at = folded.indexOf(head); at >= 0; at = folded.indexOf(head, at + 1)) {
      const end = space < 0 ? at + key.length : matchRest(folded, at + space, key, space);
      if (end < 0) continue;
      if (isBoundary(folded, at - 1, key, 0) && isBoundary(folded, end, key, -1)) return true;
    }
  }
  return false;
}

/**
 * Where `key` from `k` (a space) on matches `text` from `at`, a space matching one or more spaces
 * or tabs: the end of the match, or -1.
 */
function matchRest(text: string, at: number, key: string, k: number): number {
  let i = at;
  for (; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 32) {
      const from = i;
      while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (i === from) return -1;
    } else {
      if (text.charCodeAt(i) !== c) return -1;
      i++;
    }
  }
  return i;
}

/** `<https://…>` autolinks and bare URLs: their words are an address, not prose. */
const URL_PATTERN = /<[a-z][a-z0-9+.-]*:[^\s<>]*>|\b(?:https?|ftp|mailto|file):[^\s<>]+/giu;
/**
 * The same without the `u` flag, several times faster. The two differ only on the two letters
 * that case-fold to ASCII ones under `iu` (`ſ` to s, the Kelvin sign to k), so texts holding
 * either use the first.
 */
const URL_PATTERN_FAST = /<[a-z][a-z0-9+.-]*:[^\s<>]*>|\b(?:https?|ftp|mailto|file):[^\s<>]+/gi;
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

function urlPatternFor(text: string): RegExp {
  return FOLDS_TO_ASCII.test(text) ? URL_PATTERN : URL_PATTERN_FAST;
}

/**
 * Where the first word of each key (`plan` of "plan de compras") stands in a text of ASCII
 * characters lower-cased (which keeps every offset): a run of the text can only name a key
 * where its first word lies wholly inside the run. Runs are asked about in order.
 */
class HeadFinder {
  /** `[start, end)` of each occurrence, by start. */
  readonly #heads: [number, number][] = [];
  #next = 0;
  #from = 0;

  constructor(text: string, keys: readonly string[]) {
    const lower = text.toLowerCase();
    for (const key of keys) {
      const space = key.indexOf(' ');
      const head = space < 0 ? key : key.slice(0, space);
      for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + 1))
        this.#heads.push([at, at + head.length]);
    }
    if (keys.length > 1) this.#heads.sort((a, b) => a[0] - b[0]);
  }

  get none(): boolean {
    return this.#heads.length === 0;
  }

  /** Whether a head lies wholly in `[from, to)` (quickest when asked in order). */
  within(from: number, to: number): boolean {
    const heads = this.#heads;
    if (from < this.#from) this.#next = 0;
    this.#from = from;
    while (this.#next < heads.length && heads[this.#next]![0] < from) this.#next++;
    for (let i = this.#next; i < heads.length && heads[i]![0] < to; i++)
      if (heads[i]![1] <= to) return true;
    return false;
  }
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

/**
 * Whether the folded text at `index` (next to a match) ends a word there: the edge of the text,
 * or a character that is not a letter, digit or `_`. A name that starts (`side` 0) or ends
 * (`side` -1) with punctuation (`C++`) needs no boundary on that side.
 */
function isBoundary(folded: string, index: number, key: string, side: 0 | -1): boolean {
  if (index < 0 || index >= folded.length) return true;
  if (!WORD.test(key.at(side)!)) return true;
  return !WORD.test(folded[index]!);
}

/** `[from, to)` without the excluded ranges (sorted by start). */
function subtract(
  from: number,
  to: number,
  excluded: readonly [number, number][],
): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  for (const [start, end] of excluded) {
    if (end <= at) continue;
    if (start >= to) break;
    if (start > at) out.push([at, start]);
    at = Math.max(at, end);
  }
  if (at < to) out.push([at, to]);
  return out;
}

interface FoldedText {
  /** Lower case, accents folded, each run of spaces and tabs one space, line breaks `\n`. */
  folded: string;
  /** For each folded character, the `[start, end)` in the original of what it came from. */
  starts: number[];
  ends: number[];
}

const foldCache = new Map<number, string>();

/** One code point, lower-cased and folded (`É` → `e`; a combining accent → ``). */
function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = foldDiacritics(String.fromCodePoint(cp).toLowerCase()).toLowerCase();
    if (foldCache.size < 4096) foldCache.set(cp, folded);
  }
  return folded;
}

/**
 * `text` folded for comparison, with where each folded character came from, so that a match in
 * the folded text is a range of the original (a letter and the accents after it are one range).
 */
function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      folded += ' ';
      starts.push(i);
      ends.push(j);
      i = j;
      continue;
    }
    if (c < 128) {
      folded += c === 13 ? '\n' : String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    if (out === '' && ends.length > 0) {
      // A combining mark belongs to the letter before it.
      ends[ends.length - 1] = i + width;
    }
    folded += out;
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return { folded, starts, ends };
}
