import { ApiError } from '../../../shared/api/apiError';
import type { LinkChange, NoteSummary } from '../../../shared/api/noteSchemas';
import { UnlinkablePathError, type LinkGraph, type LinkRewrite } from '../links/linkGraph';
import type { FileContent, FileOperation } from '../vault/fileTransaction';
import { composeNote, splitFrontMatter, type SplitNote } from '../vault/frontMatter';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import { notUtf8Message, type NoteRepository, type RawNote } from '../vault/noteRepository';
import { assertNoteName, parseNewNotePath, parseNotePath } from '../vault/vaultPaths';

export interface NoteMovePlan {
  from: string;
  to: string;
  operations: FileOperation[];
  rewritten: LinkChange[];
  /**
   * Notes whose links (or, for the moved note, title and own links) the move would have
   * rewritten but leaves byte for byte as they are because they are not UTF-8.
   */
  notUtf8: string[];
  /** Each note read for the plan as it was read: the text the operations were planned from. */
  read: ReadonlyMap<string, RawNote>;
}

/** What a rename adds to a move (see renameNote.ts). */
export interface MoveOptions {
  /**
   * The note's title after the change, when it changes: links that found the note by its old
   * title are rewritten too, and the note may stay where it is (`from` equal to `to`).
   */
  title?: string;
  /**
   * The note's new text from its front matter and body (its own links already rewritten); a
   * note that is not UTF-8 is refused then, since its text cannot be rewritten.
   */
  compose?: (split: SplitNote, body: string) => string;
  /** The version the caller read the note at: CONFLICT if the note changed since. */
  baseVersion?: string;
}

/**
 * What moving (or renaming) a note involves: the note written at its new path, its old file
 * removed, and every note whose links pointed at it rewritten to point at the new place (wiki
 * links and markdown links alike, the moved note's own relative links included). Nothing is
 * changed; `moveNote` applies the plan in one transaction. A note that is not UTF-8 keeps its
 * bytes: it is moved as it is, and links in it are not rewritten (both are listed in `notUtf8`).
 */
export async function planNoteMove(
  repository: NoteRepository,
  linkGraph: LinkGraph,
  fromArg: string,
  toArg: string,
  options: MoveOptions = {},
): Promise<NoteMovePlan> {
  const from = parseNotePath(fromArg);
  const to = parseNewNotePath(toArg);
  const inPlace = from === to;
  if (!repository.has(from)) throw new ApiError('NOT_FOUND', `There is no note "${from}".`);
  if (inPlace && options.title === undefined)
    throw new ApiError('INVALID', 'The note is already there.');
  if (!inPlace && repository.has(to))
    throw new ApiError('EXISTS', `A note "${to}" already exists.`);
  assertNoteName(noteNameOf(to));

  // Every note whose links the move may rewrite: those linking here (wiki or markdown links),
  // those whose links the note would capture at its new place, and the note itself.
  const sources = new Set([from, ...linkGraph.moveSources(from, to, options.title)]);
  const files = new Map<string, RawNote>();
  for (const source of sources) files.set(source, await repository.readRaw(source));
  const moved = files.get(from)!;
  if (options.baseVersion !== undefined && moved.version !== options.baseVersion)
    throw new ApiError(
      'CONFLICT',
      `"${from}" was changed by another program since it was opened. Nothing was renamed; reload the note and try again.`,
    );
  if (options.compose && moved.encoding !== 'utf-8')
    throw new ApiError('INVALID', notUtf8Message(from));
  const bodies = new Map([...files].map(([p, f]) => [p, splitFrontMatter(f.raw).body]));
  let planned: LinkRewrite[];
  try {
    planned = linkGraph.planMove(
      from,
      to,
      (p) => {
        const body = bodies.get(p);
        if (body === undefined)
          throw new ApiError('INTERNAL', `"${p}" was not read before planning.`);
        return body;
      },
      options.title,
    );
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof UnlinkablePathError) throw new ApiError('INVALID', error.message);
    // The graph refuses a target that differs from an existing note only by letter case.
    throw new ApiError('EXISTS', `A note named like "${to}" already exists.`);
  }
  const newBodies = new Map(planned.map((p) => [p.path, p]));

  const movedSplit = splitFrontMatter(moved.raw);
  const oldName = noteNameOf(from);
  const keepsTitle =
    !options.compose &&
    typeof movedSplit.data?.title === 'string' &&
    movedSplit.data.title.trim().toLowerCase() === oldName.toLowerCase();
  const movedBody = newBodies.get(from)?.body ?? movedSplit.body;
  const notUtf8: string[] = [];
  let movedContent: FileContent = moved.raw;
  if (moved.encoding !== 'utf-8') {
    movedContent = moved.bytes;
    if (keepsTitle || (newBodies.get(from)?.links ?? 0) > 0) notUtf8.push(to);
  } else if (options.compose) {
    movedContent = options.compose(movedSplit, movedBody);
  } else if (keepsTitle || newBodies.has(from)) {
    movedContent = composeNote(movedSplit, movedBody, keepsTitle ? { title: noteNameOf(to) } : {});
  }

  const operations: FileOperation[] = inPlace
    ? movedContent === moved.raw
      ? []
      : [{ kind: 'write', path: to, content: movedContent, expectedVersion: moved.version }]
    : [
        { kind: 'write', path: to, content: movedContent, expectedVersion: null },
        { kind: 'remove', path: from, expectedVersion: moved.version },
      ];
  const rewritten: LinkChange[] = [];
  for (const change of planned) {
    if (change.links === 0) continue;
    if (change.path === from) {
      if (moved.encoding === 'utf-8') rewritten.push({ path: to, links: change.links });
      continue;
    }
    const file = files.get(change.path)!;
    if (file.encoding !== 'utf-8') {
      notUtf8.push(change.path);
      continue;
    }
    const split = splitFrontMatter(file.raw);
    operations.push({
      kind: 'write',
      path: change.path,
      content: file.raw.slice(0, split.bodyOffset) + change.body,
      expectedVersion: file.version,
    });
    rewritten.push({ path: change.path, links: change.links });
  }
  return { from, to, operations, rewritten, notUtf8, read: files };
}

/** Moves or renames a note and rewrites the links to it, all in one atomic transaction. */
export async function moveNote(
  repository: NoteRepository,
  linkGraph: LinkGraph,
  from: string,
  to: string,
): Promise<{ note: NoteSummary; rewritten: LinkChange[]; notUtf8: string[] }> {
  const plan = await planNoteMove(repository, linkGraph, from, to);
  await repository.apply(plan.operations, { kind: 'rename' });
  return { note: repository.summary(plan.to)!, rewritten: plan.rewritten, notUtf8: plan.notUtf8 };
}
