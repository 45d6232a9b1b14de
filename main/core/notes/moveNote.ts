import { ApiError } from '../../../shared/api/apiError';
import type { LinkChange, NoteSummary } from '../../../shared/api/noteSchemas';
import type { LinkGraph, LinkRewrite } from '../links/linkGraph';
import type { FileContent, FileOperation } from '../vault/fileTransaction';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import type { NoteRepository, RawNote } from '../vault/noteRepository';
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
): Promise<NoteMovePlan> {
  const from = parseNotePath(fromArg);
  const to = parseNewNotePath(toArg);
  if (!repository.has(from)) throw new ApiError('NOT_FOUND', `There is no note "${from}".`);
  if (from === to) throw new ApiError('INVALID', 'The note is already there.');
  if (repository.has(to)) throw new ApiError('EXISTS', `A note "${to}" already exists.`);
  assertNoteName(noteNameOf(to));

  // Every note whose links the move may rewrite: those linking here (wiki or markdown links),
  // those whose links the note would capture at its new place, and the note itself.
  const sources = new Set([from, ...linkGraph.moveSources(from, to)]);
  const files = new Map<string, RawNote>();
  for (const source of sources) files.set(source, await repository.readRaw(source));
  const bodies = new Map([...files].map(([p, f]) => [p, splitFrontMatter(f.raw).body]));
  let planned: LinkRewrite[];
  try {
    planned = linkGraph.planMove(from, to, (p) => {
      const body = bodies.get(p);
      if (body === undefined)
        throw new ApiError('INTERNAL', `"${p}" was not read before planning.`);
      return body;
    });
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // The graph refuses a target that differs from an existing note only by letter case.
    throw new ApiError('EXISTS', `A note named like "${to}" already exists.`);
  }
  const newBodies = new Map(planned.map((p) => [p.path, p]));

  const moved = files.get(from)!;
  const movedSplit = splitFrontMatter(moved.raw);
  const oldName = noteNameOf(from);
  const keepsTitle =
    typeof movedSplit.data?.title === 'string' &&
    movedSplit.data.title.trim().toLowerCase() === oldName.toLowerCase();
  const movedBody = newBodies.get(from)?.body ?? movedSplit.body;
  const notUtf8: string[] = [];
  let movedContent: FileContent = moved.raw;
  if (moved.encoding !== 'utf-8') {
    movedContent = moved.bytes;
    if (keepsTitle || (newBodies.get(from)?.links ?? 0) > 0) notUtf8.push(to);
  } else if (keepsTitle || newBodies.has(from)) {
    movedContent = composeNote(movedSplit, movedBody, keepsTitle ? { title: noteNameOf(to) } : {});
  }

  const operations: FileOperation[] = [
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
  return { from, to, operations, rewritten, notUtf8 };
}

/** Moves or renames a note and rewrites the links to it, all in one atomic transaction. */
export async function moveNote(
  repository: NoteRepository,
  linkGraph: LinkGraph,
  from: string,
  to: string,
): Promise<{ note: NoteSummary; rewritten: LinkChange[]; notUtf8: string[] }> {
  const plan = await planNoteMove(repository, linkGraph, from, to);
  await repository.apply(plan.operations);
  return { note: repository.summary(plan.to)!, rewritten: plan.rewritten, notUtf8: plan.notUtf8 };
}
