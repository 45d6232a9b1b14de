/**
 * Unlinked mentions (issue 14): the notes that name a note — its title or an alias, as whole
 * words, ignoring case and accents — in plain text without linking it, and the edit that turns
 * one such mention into a link.
 *
 * The search worker answers: a phrase query per name (stemmed and folded, so a superset) ranks
 * the notes holding the names' words; the worker drops those whose indexed text does not hold a
 * name as whole words (`settings` for "Set"), and reads the few notes left for the page asked
 * for from the vault itself (blocking reads, cheap off this thread) and checks them word by word
 * with `findMentions` (code, links, front matter), stopping once it has one mention more than
 * asked for. Only the mentions cross threads, never a note's text, so a name as common as "Set"
 * on a large vault costs a page of reads, not thousands. While the index is loading or building,
 * or when a name has no word the index keeps (stop words only), the notes are read here in path
 * order instead, within the same bounds, so nothing is missed.
 */
import { ApiError } from '../../../shared/api/apiError';
import type {
  LinkMentionReport,
  UnlinkedMention,
  UnlinkedMentions,
} from '../../../shared/api/linksMethods';
import { formatWikiLink } from '../../../shared/links/wikiLinks';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import type { VaultRefactor } from '../refactor/vaultRefactor';
import type { VaultSearch } from '../search/vaultSearch';
import { splitFrontMatter } from '../vault/frontMatter';
import { notUtf8Message, type NoteRepository } from '../vault/noteRepository';
import { mapLimit } from '../vault/vaultScanner';
import { findMentions, mentionKeys } from './findMentions';
import { mentionsInNote, type NoteMention } from './noteMentions';
import type { LinkGraph } from './linkGraph';

export interface UnlinkedMentionsDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  search: VaultSearch;
  refactor: VaultRefactor;
}

/** Mentions listed when the caller does not say (the panel's first page). */
export const DEFAULT_MENTION_LIMIT = 20;
/** Files read at once (while the index cannot answer). */
const READ_CONCURRENCY = 8;
/**
 * Notes the worker may keep or look at per request, so that a long list does not hold up the
 * searches behind it (a first page is one request).
 */
const READS_PER_REQUEST = 64;
const LOOKS_PER_REQUEST = 256;
/**
 * Candidates looked at per call, per mention asked for (plus a base): a name whose words fill
 * thousands of notes but rarely as the name itself (`Output` in "Cmdlet Output") stops here.
 */
const LOOKS_PER_MENTION = 4;
const BASE_LOOKS = 32;
/**
 * Notes read per call beyond the number of mentions asked for: every note the index proposes
 * names the note in its text, but some only in code or links, which only reading tells.
 */
const EXTRA_READS = 8;

/**
 * Where other notes mention `target` without linking it: at most `limit` mentions, from the notes
 * that name it most (by the search index's ranking; by path while the index cannot say), each
 * note's in order; `more` when there may be others (ask again with a larger limit).
 */
export async function unlinkedMentions(
  deps: UnlinkedMentionsDeps,
  target: string,
  limit = DEFAULT_MENTION_LIMIT,
): Promise<UnlinkedMentions> {
  const { repository } = deps;
  const note = repository.summary(target);
  if (note === undefined) throw new ApiError('NOT_FOUND', `There is no note "${target}".`);
  const names = [note.title, ...note.aliases];
  const keys = mentionKeys(names);
  if (keys.length === 0) return { mentions: [], more: false };
  const bounds = {
    limit,
    reads: limit + EXTRA_READS,
    looks: limit * LOOKS_PER_MENTION + BASE_LOOKS,
  };
  const found =
    (await fromIndex(deps, target, names, keys, bounds)) ??
    (await fromEveryNote(deps, target, keys, bounds));
  const mentions: UnlinkedMention[] = [];
  for (const mention of found.mentions) {
    // Indexed but gone from the vault meanwhile: not a note to list.
    const source = repository.summary(mention.source);
    if (source !== undefined) mentions.push({ ...mention, sourceTitle: source.title });
  }
  return { mentions: mentions.slice(0, limit), more: mentions.length > limit || found.more };
}

interface Bounds {
  /** Mentions asked for. */
  limit: number;
  /** Notes read (or, from the index, kept as naming the note), at most. */
  reads: number;
  /** Notes looked at, at most. */
  looks: number;
}

interface Found {
  mentions: NoteMention[];
  /** Not every candidate was looked at. */
  more: boolean;
}

/**
 * The mentions the search worker finds walking the index's ranking, in requests of bounded work;
 * null when the index cannot answer (loading, building, stopped; a name without an indexed word).
 */
async function fromIndex(
  deps: UnlinkedMentionsDeps,
  target: string,
  names: readonly string[],
  keys: string[],
  bounds: Bounds,
): Promise<Found | null> {
  const queries: string[] = [];
  for (const name of names) {
    const words = name.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
    if (words.length === 0) return null;
    queries.push(`body:"${words.join(' ')}"`);
  }
  const mentions: NoteMention[] = [];
  let reads = 0;
  let from: number | null = 0;
  while (
    from !== null &&
    mentions.length <= bounds.limit &&
    reads < bounds.reads &&
    from < bounds.looks
  ) {
    let page;
    try {
      page = await deps.search.unlinkedMentions({
        root: deps.repository.realRoot,
        target,
        queries,
        keys,
        from,
        limit: bounds.limit - mentions.length,
        maxReads: Math.min(READS_PER_REQUEST, bounds.reads - reads),
        maxLooks: Math.min(LOOKS_PER_REQUEST, bounds.looks - from),
      });
    } catch {
      page = null; // search stopped
    }
    if (page === null || !page.searchable) {
      // The first request decides: later ones must come from the same order.
      if (from === 0) return null;
      break;
    }
    mentions.push(...page.mentions);
    reads += page.reads;
    from = page.next;
  }
  return { mentions, more: from !== null };
}

/** The mentions in every note, in path order, read here (while the index cannot answer). */
async function fromEveryNote(
  deps: UnlinkedMentionsDeps,
  target: string,
  keys: readonly string[],
  bounds: Bounds,
): Promise<Found> {
  const { repository } = deps;
  const paths = repository
    .list()
    .map((summary) => summary.path)
    .sort(compareStrings);
  const end = Math.min(paths.length, bounds.reads, bounds.looks);
  const mentions: NoteMention[] = [];
  let at = 0;
  while (at < end && mentions.length <= bounds.limit) {
    const batch = paths
      .slice(at, Math.min(end, at + READ_CONCURRENCY))
      .filter((path) => path !== target && !isTemplatePath(path));
    at = Math.min(end, at + READ_CONCURRENCY);
    const perNote = await mapLimit(batch, READ_CONCURRENCY, (source) =>
      readMentions(repository, source, keys),
    );
    mentions.push(...perNote.flat());
  }
  return { mentions, more: at < paths.length };
}

/**
 * Turns the mention at `[start, end)` of `source` into a link to `target` as one undoable change
 * (see `links.linkMention` in shared/api/linksMethods.ts).
 */
export function linkMention(
  deps: UnlinkedMentionsDeps,
  args: { source: string; start: number; end: number; target: string; expectedVersion: string },
): Promise<LinkMentionReport> {
  const { repository, linkGraph, refactor } = deps;
  return refactor.exclusive(async () => {
    const { source, target } = args;
    const note = repository.summary(target);
    if (note === undefined) throw new ApiError('NOT_FOUND', `There is no note "${target}".`);
    const sourceNote = repository.summary(source);
    if (sourceNote === undefined) throw new ApiError('NOT_FOUND', `There is no note "${source}".`);
    const raw = await repository.readRaw(source);
    if (raw.version !== args.expectedVersion)
      throw new ApiError(
        'CONFLICT',
        `"${source}" changed since its mentions were listed. Nothing was changed; look at the list again.`,
      );
    if (raw.encoding !== 'utf-8') throw new ApiError('INVALID', notUtf8Message(source));
    const split = splitFrontMatter(raw.raw);
    const keys = mentionKeys([note.title, ...note.aliases]);
    const stillThere = findMentions(split.body, keys).some(
      (m) => split.bodyOffset + m.start === args.start && split.bodyOffset + m.end === args.end,
    );
    if (!stillThere)
      throw new ApiError(
        'INVALID',
        `The words at that place in "${source}" are no longer an unlinked mention of "${note.title}".`,
      );

    const words = raw.raw.slice(args.start, args.end);
    const linkTarget =
      !UNLINKABLE.test(note.title) && linkGraph.resolve(note.title, source) === target
        ? note.title
        : linkGraph.linkTextFor(target, source).replace(/\.md$/i, '');
    if (UNLINKABLE.test(linkTarget) || UNLINKABLE.test(words))
      throw new ApiError(
        'INVALID',
        `A wiki link cannot hold "${UNLINKABLE.test(words) ? words : linkTarget}": it has | # [ or ]. Link it by hand.`,
      );
    const lineStart = raw.raw.lastIndexOf('\n', args.start - 1) + 1;
    const lineEnd = raw.raw.indexOf('\n', args.end);
    const line = raw.raw.slice(lineStart, lineEnd < 0 ? raw.raw.length : lineEnd);
    const link = formatWikiLink({
      target: linkTarget,
      heading: null,
      alias: words === linkTarget ? null : words,
      embed: false,
      // In a table row a bare `|` would split the cell.
      escapedPipe: line.includes('|'),
    });
    const next = raw.raw.slice(0, args.start) + link + raw.raw.slice(args.end);
    const id = await refactor.commit(
      {
        kind: 'note.linkMention',
        description: `Link the mention of "${note.title}" in "${sourceNote.title}"`,
        subjects: [sourceNote.title],
        target: note.title,
      },
      [
        {
          path: source,
          before: { raw: raw.raw, version: raw.version },
          after: next,
          occurrences: 1,
        },
      ],
    );
    return { id, source, link, version: repository.versionOf(source) ?? '' };
  });
}

/** Characters a wiki link's target or shown text cannot hold. */
const UNLINKABLE = /[|#[\]\r\n]/;

async function readMentions(
  repository: NoteRepository,
  path: string,
  keys: readonly string[],
): Promise<NoteMention[]> {
  let raw;
  try {
    raw = await repository.readRaw(path);
  } catch {
    return []; // removed meanwhile
  }
  // Not UTF-8: Praxis never rewrites it, so it offers no Link there.
  if (raw.encoding !== 'utf-8') return [];
  return mentionsInNote({ path, raw: raw.raw, version: raw.version }, keys);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
