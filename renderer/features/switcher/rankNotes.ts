import fuzzysort from 'fuzzysort';
import type { NoteSummary } from '../../../shared/api/noteSchemas';

/** A snapshot of the notes prepared for fuzzy matching; build once per list of notes. */
export interface NoteIndex {
  notes: readonly NoteSummary[];
  snapshot: ReturnType<typeof fuzzysort.snapshot<SearchTarget>>;
}

interface SearchTarget {
  note: NoteSummary;
  title: string;
  aliases: string;
  /** The path without `.md`, so folder names match too. */
  path: string;
}

export interface RankedNote {
  note: NoteSummary;
  /** Character indexes of the title that matched, to highlight. */
  titleMatches: readonly number[];
  /** The alias that matched better than the title, if one did. */
  alias: string | null;
}

const ALIAS_SEPARATOR = ' · ';
/** Opened recently: a small lift, enough to order near-equal matches, not to beat a better one. */
const RECENT_BONUS = 0.04;

let cached: NoteIndex | null = null;

/**
 * The index of the vault's notes as they are now: the one already built when the list did not
 * change. A fuzzysort snapshot prepares its targets in idle time once created, so building it
 * ahead (`prepareNoteIndex` shortly after the notes change) keeps opening the quick switcher
 * instant at 10,000 notes.
 */
export function noteIndexFor(notes: readonly NoteSummary[]): NoteIndex {
  if (cached?.notes !== notes) cached = buildNoteIndex(notes);
  return cached;
}

export function buildNoteIndex(notes: readonly NoteSummary[]): NoteIndex {
  const targets: SearchTarget[] = notes.map((note) => ({
    note,
    title: note.title,
    aliases: note.aliases.join(ALIAS_SEPARATOR),
    path: note.path.replace(/\.md$/i, ''),
  }));
  return {
    notes,
    snapshot: fuzzysort.snapshot(targets, { keys: ['title', 'aliases', 'path'] }),
  };
}

const byUpdatedDesc = (a: NoteSummary, b: NoteSummary) =>
  a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0;

/** The alias of `joined` that contains the matched index `at`. */
function aliasAt(joined: string, at: number): string {
  const start = joined.lastIndexOf(ALIAS_SEPARATOR, at);
  const end = joined.indexOf(ALIAS_SEPARATOR, at);
  return joined.slice(start < 0 ? 0 : start + ALIAS_SEPARATOR.length, end < 0 ? undefined : end);
}

/**
 * The notes that best match `query` for the quick switcher: fuzzy over title, aliases and path
 * (title best), recently opened notes lifted a little. An empty query lists recently opened notes,
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
    const first = recent.map((p) => byPath.get(p)).filter((n): n is NoteSummary => !!n);
    const rest = index.notes
      .filter((n) => !recentRank.has(n.path))
      .sort(byUpdatedDesc)
      .slice(0, Math.max(0, limit - first.length));
    return [...first, ...rest]
      .slice(0, limit)
      .map((note) => ({ note, titleMatches: [], alias: null }));
  }
  const results = fuzzysort.go(trimmed, index.snapshot, {
    limit,
    threshold: 0.3,
    scoreFn: (result) => {
      const rank = recentRank.get(result.obj.note.path);
      return result.score + (rank === undefined ? 0 : RECENT_BONUS * (1 - rank / recent.length));
    },
  });
  return results.map((result) => {
    const [title, aliases] = result;
    const aliasWins = !!aliases && aliases.score > (title?.score ?? 0);
    return {
      note: result.obj.note,
      titleMatches: title && title.score > 0 ? [...title.indexes] : [],
      alias: aliasWins ? aliasAt(result.obj.aliases, aliases.indexes[0] ?? 0) : null,
    };
  });
}
