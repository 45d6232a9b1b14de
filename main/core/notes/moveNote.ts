import { ApiError } from '../../../shared/api/apiError';
import type { LinkChange, NoteSummary } from '../../../shared/api/noteSchemas';
import type { LinkGraph, LinkRewrite } from '../links/linkGraph';
import type { FileOperation } from '../vault/fileTransaction';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';
import { noteNameOf } from '../../../shared/notes/noteFileName';
import type { NoteRepository } from '../vault/noteRepository';
import { assertNoteName, parseNotePath } from '../vault/vaultPaths';

export interface NoteMovePlan {
  from: string;
  to: string;
  operations: FileOperation[];
  rewritten: LinkChange[];
}

/**
 * What moving (or renaming) a note involves: the note written at its new path, its old file
 * removed, and every note whose links pointed at it rewritten to point at the new place (wiki
 * links and markdown links alike, the moved note's own relative links included). Nothing is
 * changed; `moveNote` applies the plan in one transaction.
 */
export async function planNoteMove(
  repository: NoteRepository,
  linkGraph: LinkGraph,
  fromArg: string,
  toArg: string,
): Promise<NoteMovePlan> {
  const from = parseNotePath(fromArg);
  const to = parseNotePath(toArg);
  if (!repository.has(from)) throw new ApiError('NOT_FOUND', `There is no note "${from}".`);
  if (from === to) throw new ApiError('INVALID', 'The note is already there.');
  if (repository.has(to)) throw new ApiError('EXISTS', `A note "${to}" already exists.`);
  assertNoteName(noteNameOf(to));

  // Every note whose links the move may rewrite: those linking here (wiki or markdown links),
  // those whose links the note would capture at its new place, and the note itself.
  const sources = new Set([from, ...linkGraph.moveSources(from, to)]);
  const files = new Map<string, { raw: string; version: string }>();
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
  const movedRaw =
    keepsTitle || newBodies.has(from)
      ? composeNote(movedSplit, movedBody, keepsTitle ? { title: noteNameOf(to) } : {})
      : moved.raw;

  const operations: FileOperation[] = [
    { kind: 'write', path: to, content: movedRaw, expectedVersion: null },
    { kind: 'remove', path: from, expectedVersion: moved.version },
  ];
  const rewritten: LinkChange[] = [];
  for (const change of planned) {
    if (change.links === 0) continue;
    if (change.path === from) {
      rewritten.push({ path: to, links: change.links });
      continue;
    }
    const file = files.get(change.path)!;
    const split = splitFrontMatter(file.raw);
    operations.push({
      kind: 'write',
      path: change.path,
      content: file.raw.slice(0, split.bodyOffset) + change.body,
      expectedVersion: file.version,
    });
    rewritten.push({ path: change.path, links: change.links });
  }
  return { from, to, operations, rewritten };
}

/** Moves or renames a note and rewrites the links to it, all in one atomic transaction. */
export async function moveNote(
  repository: NoteRepository,
  linkGraph: LinkGraph,
  from: string,
  to: string,
): Promise<{ note: NoteSummary; rewritten: LinkChange[] }> {
  const plan = await planNoteMove(repository, linkGraph, from, to);
  await repository.apply(plan.operations);
  return { note: repository.summary(plan.to)!, rewritten: plan.rewritten };
}
