import * as fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/apiError';
import type { FolderChangeReport } from '../../../shared/api/notesMethods';
import type { LinkGraph } from '../links/linkGraph';
import type { RefactorHistory } from '../refactor/refactorHistory';
import type { VaultRefactor } from '../refactor/vaultRefactor';
import type { NoteRepository } from '../vault/noteRepository';
import { contentVersion } from '../vault/contentVersion';
import {
  isIgnoredPath,
  parseFolder,
  parseVaultPath,
  resolveInsideVault,
} from '../vault/vaultPaths';
import { planNoteMove } from './moveNote';

export interface FolderDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  refactor: VaultRefactor;
  refactorHistory: RefactorHistory;
}

/** Whether `notePath` lies in `folder` or one of its sub-folders. */
export const isInFolder = (notePath: string, folder: string): boolean =>
  notePath.startsWith(`${folder}/`);

/** A folder the user names: an existing folder path (not the vault's top level). */
function parseExistingFolder(input: string): string {
  return parseVaultPath(input, 'folder');
}

/**
 * Every folder of the vault (empty ones included), sorted; hidden folders (`.praxis`, `.git`…)
 * are left out and symbolic links are not followed, like the scan that finds the notes.
 */
export async function listFolders(realRoot: string): Promise<string[]> {
  const folders: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await fs
      .readdir(path.join(realRoot, ...rel.split('/').filter(Boolean)), { withFileTypes: true })
      .catch((error: NodeJS.ErrnoException) => {
        // A sub-folder removed while the list is made (a folder deleted or renamed meanwhile)
        // is simply not listed.
        if (rel !== '' && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return [];
        throw error;
      });
    await Promise.all(
      entries.map(async (entry) => {
        if (!entry.isDirectory() || isIgnoredPath(entry.name)) return;
        const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
        folders.push(child);
        await walk(child);
      }),
    );
  };
  await walk('');
  return folders.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Creates an empty folder (its parents too). EXISTS if it is there already. */
export async function createFolder(realRoot: string, input: string): Promise<string> {
  const folder = parseFolder(input);
  if (folder === '') throw new ApiError('INVALID', 'A folder needs a name.');
  const abs = await resolveInsideVault(realRoot, folder);
  const existing = await fs.lstat(abs).catch(() => null);
  if (existing) throw new ApiError('EXISTS', `"${folder}" already exists.`);
  await fs.mkdir(abs, { recursive: true });
  return folder;
}

/**
 * Renames (or moves) a folder: each note in it moves to the same place under `to`, and every link
 * to any of them is rewritten, as `notes.move` does for one note. The whole change is recorded as
 * one operation, so `refactor.undo` puts every byte back. Its sub-folders, empty ones included,
 * are made under `to`; the folders left empty are removed.
 */
export function renameFolder(
  deps: FolderDeps,
  args: { from: string; to: string; dryRun: boolean },
): Promise<FolderChangeReport> {
  return deps.refactor.exclusive(async () => {
    const { repository, linkGraph } = deps;
    const from = parseExistingFolder(args.from);
    const to = parseFolder(args.to);
    if (to === '') throw new ApiError('INVALID', 'A folder needs a name.');
    if (to === from) throw new ApiError('INVALID', 'The folder already has that name.');
    if (isInFolder(to, from))
      throw new ApiError('INVALID', `"${from}" cannot be moved into itself.`);
    const fromAbs = await resolveInsideVault(repository.realRoot, from);
    if (!(await fs.lstat(fromAbs).catch(() => null))?.isDirectory())
      throw new ApiError('NOT_FOUND', `There is no folder "${from}".`);
    const toAbs = await resolveInsideVault(repository.realRoot, to);
    const caseOnly = to.toLowerCase() === from.toLowerCase();
    if (!caseOnly && (await fs.lstat(toAbs).catch(() => null)))
      throw new ApiError('EXISTS', `"${to}" already exists. Choose another name.`);
    const notes = repository
      .list()
      .map((note) => note.path)
      .filter((p) => isInFolder(p, from));
    const subFolders = (await listFolders(repository.realRoot)).filter((f) => isInFolder(f, from));
    const moves = notes.map((p) => ({ from: p, to: `${to}${p.slice(from.length)}` }));
    const report: FolderChangeReport = {
      id: null,
      dryRun: args.dryRun,
      from,
      to,
      notes: moves.length,
      links: 0,
      notUtf8: [],
    };
    if (args.dryRun) {
      // Each move is planned on the vault as it is: links between notes of the folder are
      // counted once per move, which is what the user sees rewritten.
      for (const move of moves) {
        const plan = await planNoteMove(repository, linkGraph, move.from, move.to);
        report.links += plan.rewritten.reduce((sum, change) => sum + change.links, 0);
        report.notUtf8.push(...plan.notUtf8);
      }
      return report;
    }

    // Moved one note at a time (each atomic, links rewritten as it goes); what each file was
    // before the first step and is after the last is recorded as one change to undo.
    const changes = new Map<
      string,
      { before: string | null; after: string | null; occurrences: number }
    >();
    for (const move of moves) {
      const plan = await planNoteMove(repository, linkGraph, move.from, move.to);
      await repository.apply(plan.operations);
      report.links += plan.rewritten.reduce((sum, change) => sum + change.links, 0);
      report.notUtf8.push(...plan.notUtf8);
      for (const op of plan.operations) {
        const read = op.expectedVersion === null ? undefined : plan.read.get(op.path);
        const after = op.kind === 'remove' ? null : op.content;
        const text = typeof after === 'string' || after === null ? after : undefined;
        if (text === undefined) continue; // bytes of a note that is not UTF-8: moved as they are
        const occurrences = plan.rewritten.find((c) => c.path === op.path)?.links ?? 0;
        const known = changes.get(op.path);
        if (known) {
          known.after = text;
          known.occurrences += occurrences;
          if (known.before === null && text === null) changes.delete(op.path);
        } else {
          changes.set(op.path, { before: read ? read.raw : null, after: text, occurrences });
        }
      }
    }
    // The folder's sub-folders move with it, the empty ones too (a folder just made for notes
    // to come must not vanish on a rename).
    await fs.mkdir(toAbs, { recursive: true });
    for (const sub of subFolders)
      await fs.mkdir(path.join(toAbs, ...sub.slice(from.length + 1).split('/')), {
        recursive: true,
      });
    await removeEmptyFolders(repository.realRoot, from);
    try {
      const record = await deps.refactorHistory.record({
        kind: 'folder.rename',
        description: `Rename folder "${from}" to "${to}"`,
        subjects: [from],
        target: to,
        files: [...changes].map(([file, change]) => ({
          path: file,
          before: change.before,
          after: change.after === null ? null : contentVersion(change.after),
          occurrences: change.occurrences,
        })),
        registry: null,
      });
      report.id = record.id;
    } catch (error) {
      // The change is made and complete; only undoing it will not be offered.
      console.error('praxis: could not record a folder rename for undo', error);
    }
    return report;
  });
}

/**
 * Moves every note in a folder (and its sub-folders) to the trash, each restorable on its own,
 * then removes the folders left empty. Files that are not notes (attachments) stay where they are,
 * and so does the folder holding them.
 */
export async function deleteFolder(
  repository: NoteRepository,
  input: string,
): Promise<{ folder: string; trashed: number; kept: boolean }> {
  const folder = parseExistingFolder(input);
  const abs = await resolveInsideVault(repository.realRoot, folder);
  if (!(await fs.lstat(abs).catch(() => null))?.isDirectory())
    throw new ApiError('NOT_FOUND', `There is no folder "${folder}".`);
  const notes = repository
    .list()
    .map((note) => note.path)
    .filter((p) => isInFolder(p, folder));
  for (const note of notes) await repository.trash(note);
  await removeEmptyFolders(repository.realRoot, folder);
  const kept = !!(await fs.lstat(abs).catch(() => null));
  return { folder, trashed: notes.length, kept };
}

/** Removes `folder` and its sub-folders where they hold nothing (deepest first). */
async function removeEmptyFolders(realRoot: string, folder: string): Promise<void> {
  const abs = await resolveInsideVault(realRoot, folder);
  const prune = async (dir: string): Promise<boolean> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => null);
    if (!entries) return false;
    let empty = true;
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.isSymbolicLink()) {
        if (!(await prune(path.join(dir, entry.name)))) empty = false;
      } else empty = false;
    }
    if (empty) await fs.rmdir(dir).catch(() => (empty = false));
    return empty;
  };
  await prune(abs);
}
