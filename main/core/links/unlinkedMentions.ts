/**
 * Unlinked mentions (issue 14): the notes that name a note — its title or an alias, as whole
 * words, ignoring case and accents — in plain text without linking it, and the edit that turns
 * one such mention into a link.
 *
 * The search index answers which notes to read: a phrase query per name (stemmed and folded, so
 * a superset) ranks the notes holding the names' words, and the worker drops those whose indexed
 * text does not hold a name as whole words (`settings` for "Set"). Only the few notes of the page
 * asked for are read and checked word by word with `findMentions` (code, links, front matter),
 * so a name as common as "Set" on a large vault costs a page of reads, not thousands. While the
 * index is loading or building, or when a name has no word the index keeps (stop words only),
 * the notes are read in path order instead, within the same bounds, so nothing is missed.
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
import { findMentions, mentionKeys, type FoundMention } from './findMentions';
import type { LinkGraph } from './linkGraph';

export interface UnlinkedMentionsDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  search: VaultSearch;
  refactor: VaultRefactor;
}

/** Mentions listed when the caller does not say (the panel's first page). */
export const DEFAULT_MENTION_LIMIT = 20;
/** Characters of paragraph shown around a mention. */
const PARAGRAPH_MAX = 400;
/** Files read at once. */
const READ_CONCURRENCY = 8;
/** Candidates asked of the index at a time (a first page is usually one request). */
const CANDIDATE_BATCH = 32;
/** Indexed texts the worker may look at per batch before it answers with what it has. */
const MAX_CHECKED = 128;
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

  const nextCandidates = candidateSource(deps, names, keys);
  const readBudget = limit + EXTRA_READS;
  const lookBudget = limit * LOOKS_PER_MENTION + BASE_LOOKS;
  const out: UnlinkedMention[] = [];
  let read = 0;
  let from: number | null = 0;
  while (from !== null && out.length < limit && read < readBudget && from < lookBudget) {
    const page: CandidatePage = await nextCandidates(
      from,
      Math.min(CANDIDATE_BATCH, readBudget - read, lookBudget - from),
      Math.min(MAX_CHECKED, lookBudget - from),
    );
    const sources = page.paths.filter(
      (path) => path !== target && !isTemplatePath(path) && repository.has(path),
    );
    read += page.paths.length;
    const perNote = await mapLimit(sources, READ_CONCURRENCY, async (source) => {
      const file = await readSource(repository, source, keys);
      if (file === null) return [];
      return file.found.map((mention) => toMention(file, mention));
    });
    out.push(...perNote.flat());
    from = page.next;
  }
  return { mentions: out.slice(0, limit), more: out.length > limit || from !== null };
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

interface CandidatePage {
  paths: string[];
  /** Where the next page starts; null after the last. */
  next: number | null;
}

/**
 * Pages of the notes that may mention `names`, from the index (best first, checked against
 * their indexed text), or of every note in path order while the index cannot say (loading,
 * building, stopped) or a name has no word it keeps.
 */
function candidateSource(
  deps: UnlinkedMentionsDeps,
  names: readonly string[],
  keys: string[],
): (from: number, count: number, maxChecked: number) => Promise<CandidatePage> {
  let everyNote: string[] | null = null;
  const fromEveryNote = (from: number, count: number): CandidatePage => {
    everyNote ??= deps.repository
      .list()
      .map((summary) => summary.path)
      .sort(compareStrings);
    const next = from + count;
    return { paths: everyNote.slice(from, next), next: next < everyNote.length ? next : null };
  };
  const queries: string[] = [];
  for (const name of names) {
    const words = name.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
    if (words.length === 0) return async (from, count) => fromEveryNote(from, count);
    queries.push(`body:"${words.join(' ')}"`);
  }
  let useIndex = true;
  return async (from, count, maxChecked) => {
    if (useIndex) {
      try {
        const page = await deps.search.mentionCandidates({
          queries,
          names: keys,
          from,
          limit: count,
          maxChecked,
        });
        if (page?.searchable) return page;
      } catch {
        // Search stopped: read the notes instead.
      }
      // The first page decides: later pages must come from the same order.
      if (from > 0) return { paths: [], next: null };
      useIndex = false;
    }
    return fromEveryNote(from, count);
  };
}

interface SourceFile {
  path: string;
  title: string;
  version: string;
  body: string;
  bodyOffset: number;
  bodyStartLine: number;
  found: FoundMention[];
}

async function readSource(
  repository: NoteRepository,
  path: string,
  keys: readonly string[],
): Promise<SourceFile | null> {
  const summary = repository.summary(path);
  if (summary === undefined) return null;
  let raw;
  try {
    raw = await repository.readRaw(path);
  } catch {
    return null; // removed meanwhile
  }
  // Not UTF-8: Praxis never rewrites it, so it offers no Link there.
  if (raw.encoding !== 'utf-8') return null;
  const split = splitFrontMatter(raw.raw);
  return {
    path,
    title: summary.title,
    version: raw.version,
    body: split.body,
    bodyOffset: split.bodyOffset,
    bodyStartLine: split.bodyStartLine,
    found: findMentions(split.body, keys),
  };
}

function toMention(file: SourceFile, mention: FoundMention): UnlinkedMention {
  const { body } = file;
  let from = mention.blockStart;
  let to = mention.blockEnd;
  if (to - from > PARAGRAPH_MAX) {
    const room = Math.max(0, Math.floor((PARAGRAPH_MAX - (mention.end - mention.start)) / 2));
    from = Math.max(mention.blockStart, mention.start - room);
    to = Math.min(mention.blockEnd, Math.max(from + PARAGRAPH_MAX, mention.end));
    from = Math.max(mention.blockStart, Math.min(from, to - PARAGRAPH_MAX));
  }
  // Never cut a surrogate pair in half; never start or end on white space.
  if (from > mention.blockStart && isLowSurrogate(body.charCodeAt(from))) from--;
  if (to < mention.blockEnd && isLowSurrogate(body.charCodeAt(to))) to++;
  while (from < mention.start && /\s/.test(body[from]!)) from++;
  while (to > mention.end && /\s/.test(body[to - 1]!)) to--;
  const before = from > mention.blockStart ? '…' : '';
  const after = to < mention.blockEnd ? '…' : '';
  const paragraph = `${before}${body.slice(from, to)}${after}`;
  const offset = before.length - from;
  const bodyLine = countLineBreaks(body, mention.start);
  return {
    source: file.path,
    sourceTitle: file.title,
    version: file.version,
    start: file.bodyOffset + mention.start,
    end: file.bodyOffset + mention.end,
    text: body.slice(mention.start, mention.end),
    line: file.bodyStartLine + bodyLine,
    bodyLine,
    paragraph,
    highlight: [mention.start + offset, mention.end + offset],
  };
}

function countLineBreaks(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
