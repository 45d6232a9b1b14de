import type { ListedNote } from '../../../shared/notes/listedNote';

/** The notes prepared for matching (lower-cased once); build once per list of notes. */
export interface NoteIndex {
  notes: readonly ListedNote[];
  targets: readonly SearchTarget[];
}

interface SearchTarget {
  note: ListedNote;
  title: string;
  aliases: readonly string[];
  /** The path without `.md`, so folder names match too. */
  path: string;
}

export interface RankedNote {
  note: ListedNote;
  /** Character indexes of the title that matched, to highlight. */
  titleMatches: readonly number[];
  /** The alias that matched better than the title, if one did. */
  alias: string | null;
}

/** How well one query word matches a field: at a word's start, inside a word, or scattered. */
const PREFIX = 3;
const INSIDE = 2;
const IN_ONE_WORD = 1;
const SCATTERED = 0.5;
/** A match in the title counts most; in an alias nearly as much; in the folder path least. */
const ALIAS_WEIGHT = 0.95;
const PATH_WEIGHT = 0.5;
/** The query as typed appears in the title (contiguous), or begins it, or is all of it. */
const PHRASE_BONUS = 2;
const PHRASE_START_BONUS = 1;
const EXACT_BONUS = 3;
/** Per character of title: among equal matches, the shorter title is the closer one. */
const LENGTH_PENALTY = 0.005;
/** Opened recently: a small lift, enough to order near-equal matches, not to beat a better one. */
const RECENT_BONUS = 0.3;

let cached: NoteIndex | null = null;

/** The index of the vault's notes as they are now: the one already built when the list did not change. */
export function noteIndexFor(notes: readonly ListedNote[]): NoteIndex {
  if (cached?.notes !== notes) cached = buildNoteIndex(notes);
  return cached;
}

export function buildNoteIndex(notes: readonly ListedNote[]): NoteIndex {
  const targets = notes.map((note): SearchTarget => ({
    note,
    title: note.title.toLowerCase(),
    aliases: note.aliases.map((alias) => alias.toLowerCase()),
    path: note.path.replace(/\.md$/i, '').toLowerCase(),
  }));
  return { notes, targets };
}

/** A letter or digit: ASCII checked directly (the common case, on every keystroke), the rest by class. */
function isWordChar(field: string, i: number): boolean {
  const code = field.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(field[i]!);
}

/** Indexes of `field` holding the characters of `word` in order, from `from`, or null. */
function subsequence(word: string, field: string, from = 0, to = field.length): number[] | null {
  const at: number[] = [];
  let i = from;
  for (const char of word) {
    i = field.indexOf(char, i);
    if (i < 0 || i >= to) return null;
    at.push(i);
    i += char.length;
  }
  return at;
}

const range = (start: number, length: number) => Array.from({ length }, (_, i) => start + i);

interface WordMatch {
  quality: number;
  /** Indexes of `field` the word matched. */
  at: number[];
}

/**
 * How `word` (lower case) matches `field` (lower case): best at the start of one of its words,
 * then inside a word, then as letters in order within one word starting with its first letter
 * (`shrt` in `shorter`), then scattered over the field; null when it does not match at all.
 */
export function matchWord(word: string, field: string): WordMatch | null {
  let inside = -1;
  for (let i = field.indexOf(word); i >= 0; i = field.indexOf(word, i + 1)) {
    if (!isWordChar(field, i - 1)) return { quality: PREFIX, at: range(i, word.length) };
    if (inside < 0) inside = i;
  }
  if (inside >= 0) return { quality: INSIDE, at: range(inside, word.length) };
  const first = word[0]!;
  for (let start = field.indexOf(first); start >= 0; start = field.indexOf(first, start + 1)) {
    if (isWordChar(field, start - 1)) continue;
    let end = start;
    while (isWordChar(field, end)) end++;
    const at = subsequence(word, field, start, end);
    if (at) return { quality: IN_ONE_WORD, at };
  }
  const at = subsequence(word, field);
  return at ? { quality: SCATTERED, at } : null;
}

/** The quality of `matchWord`, without building the matched indexes (ranking needs only this). */
function matchQuality(word: string, field: string): number {
  let inside = false;
  for (let i = field.indexOf(word); i >= 0; i = field.indexOf(word, i + 1)) {
    if (!isWordChar(field, i - 1)) return PREFIX;
    inside = true;
  }
  if (inside) return INSIDE;
  return matchWord(word, field)?.quality ?? 0;
}

interface Scored {
  target: SearchTarget;
  score: number;
  /** Summed match qualities of the title and of each alias, to tell which one matched best. */
  titleScore: number;
  aliasScores: number[];
}

/** The note's score for `words` (each must match its title, an alias or its path), or null. */
function scoreTarget(
  target: SearchTarget,
  words: readonly string[],
  phrase: string,
): Scored | null {
  let score = 0;
  let titleScore = 0;
  const aliasScores = target.aliases.map(() => 0);
  for (const word of words) {
    const inTitle = matchQuality(word, target.title);
    titleScore += inTitle;
    let best = inTitle;
    target.aliases.forEach((alias, i) => {
      const quality = matchQuality(word, alias);
      aliasScores[i]! += quality;
      best = Math.max(best, quality * ALIAS_WEIGHT);
    });
    // A word start in the title is the best there is; otherwise the folders may say more. Only
    // whole words count in a path: scattered letters over folders say nothing.
    if (best < PREFIX) {
      const inPath = matchQuality(word, target.path);
      if (inPath > SCATTERED) best = Math.max(best, inPath * PATH_WEIGHT);
    }
    if (best === 0) return null;
    score += best;
  }
  if (target.title === phrase) score += EXACT_BONUS;
  const phraseAt = target.title.indexOf(phrase);
  if (words.length > 1 && phraseAt >= 0) score += PHRASE_BONUS;
  if (phraseAt === 0) score += PHRASE_START_BONUS;
  score -= target.title.length * LENGTH_PENALTY;
  return { target, score, titleScore, aliasScores };
}

/** What the switcher shows of a ranked note: the title's matched characters, or the alias that matched better. */
function present(
  { target, titleScore, aliasScores }: Scored,
  words: readonly string[],
): RankedNote {
  const bestAlias = aliasScores.reduce(
    (best, s, i) => (s > (aliasScores[best] ?? 0) ? i : best),
    0,
  );
  const aliasWins = (aliasScores[bestAlias] ?? 0) > titleScore;
  const titleMatches = new Set<number>();
  for (const word of words)
    for (const i of matchWord(word, target.title)?.at ?? []) titleMatches.add(i);
  return {
    note: target.note,
    titleMatches: [...titleMatches].sort((a, b) => a - b),
    alias: aliasWins ? target.note.aliases[bestAlias]! : null,
  };
}

/** Most recently updated first; a note not read yet (no date) after those read. */
const byUpdatedDesc = (a: ListedNote, b: ListedNote) => {
  const [x, y] = [a.updated ?? '', b.updated ?? ''];
  return x < y ? 1 : x > y ? -1 : 0;
};

/**
 * The notes that best match `query` for the quick switcher. Every word of the query must match
 * the note's title, one of its aliases or its path; notes are then ranked by how well: at the
 * start of a word before inside one before letters in order, title before alias before folder,
 * the query as typed appearing whole in the title, then the shorter title; recently opened notes
 * are lifted a little. An empty query lists recently opened notes,
 * then the most recently updated ones.
 */
export function rankNotes(
  index: NoteIndex,
  query: string,
  recent: readonly string[],
  limit = 50,
): RankedNote[] {
  const recentRank = new Map(recent.map((path, i) => [path, i]));
  const trimmed = query.trim();
  if (!trimmed) {
    const byPath = new Map(index.notes.map((n) => [n.path, n]));
    const first = recent.map((p) => byPath.get(p)).filter((n): n is ListedNote => !!n);
    const rest = index.notes
      .filter((n) => !recentRank.has(n.path))
      .sort(byUpdatedDesc)
      .slice(0, Math.max(0, limit - first.length));
    return [...first, ...rest]
      .slice(0, limit)
      .map((note) => ({ note, titleMatches: [], alias: null }));
  }
  const words = [...new Set(trimmed.toLowerCase().split(/\s+/))];
  const phrase = trimmed.toLowerCase().replace(/\s+/g, ' ');
  const scored: Scored[] = [];
  for (const target of index.targets) {
    const result = scoreTarget(target, words, phrase);
    if (!result) continue;
    const rank = recentRank.get(target.note.path);
    if (rank !== undefined) result.score += RECENT_BONUS * (1 - rank / recent.length);
    scored.push(result);
  }
  // Sorting is stable: equal scores keep the vault's order.
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((result) => present(result, words));
}
