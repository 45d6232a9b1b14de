import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import type { FileConflict } from '../../../shared/api/noteSchemas';
import {
  FileChangedError,
  assertUnchanged,
  readOnDisk,
  syncDirectory,
  tempPathFor,
  versionOnDisk,
  writeAndSync,
  writeFileAtomic,
  type OnDisk,
} from './atomicWrite';
import { contentVersion } from './contentVersion';
import { decodeNoteBytes } from './noteEncoding';
import { isNotePath, resolveInsideVault } from './vaultPaths';
import { mapLimit } from './vaultScanner';
import {
  JOURNAL_DIR,
  serializeJournal,
  transactionPathProblem,
  type JournalEntry,
} from './transactionJournal';

/** What a file is written with: text (written as UTF-8) or bytes, written as they are. */
export type FileContent = string | Uint8Array;

/**
 * One change in a transaction. `expectedVersion` is the version the caller planned against:
 * a string means "the file must still have this version", null means "the file must not exist".
 */
export type FileOperation =
  | { kind: 'write'; path: string; content: FileContent; expectedVersion: string | null }
  | { kind: 'remove'; path: string; expectedVersion: string };

/** The file-system calls a transaction commits with; tests pass failing or racing ones. */
export interface TransactionIo {
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /**
   * Called once every new content is staged and flushed, before the first file is replaced:
   * the moment another program's edit is most likely to land (tests simulate one here).
   */
  afterStaging?(paths: readonly string[]): Promise<void>;
}

const realIo: TransactionIo = { rename: fs.rename, unlink: fs.unlink };

interface Target {
  op: FileOperation;
  abs: string;
  /** The file's bytes when the change was planned, or null if it did not exist. */
  original: Buffer | null;
  /** The version the file has after the change, or null if it is removed. */
  after: string | null;
}

/**
 * Applies several file changes as one: either every file ends up changed, or every file is left
 * exactly as it was. The new contents are first written and flushed to temporary files; only then
 * are they renamed into place, each one right after checking that nobody changed the file since
 * the change was planned. If anything fails part-way — a full disk, or another program's edit
 * found by that check — the files already replaced are put back (unless edited again since) and
 * nothing is lost: the other program's text stays where it is and CONFLICT carries both texts.
 * A journal in `.praxis/transactions/`, flushed before the first rename, holds the original bytes
 * until the end, so that even a crash mid-way is rolled back the next time the vault opens
 * (`recoverTransactions`).
 *
 * Only notes and attachment types Praxis writes (and its own `.praxis/db.json`) can be part of a
 * change, never through a symbolic link, and a note that is not UTF-8 is never written over: its
 * bytes are not text Praxis can change safely (see noteEncoding.ts).
 *
 * Returns the new version of every written file.
 */
export async function commitFileOperations(
  realRoot: string,
  operations: readonly FileOperation[],
  io: TransactionIo = realIo,
): Promise<Map<string, string>> {
  const seen = new Set<string>();
  for (const op of operations) {
    if (seen.has(op.path))
      throw new ApiError('INTERNAL', `"${op.path}" appears twice in one change.`);
    seen.add(op.path);
    const problem = transactionPathProblem(op.path);
    if (problem)
      throw new ApiError('INVALID', `Praxis does not write "${op.path}": it ${problem}.`);
  }
  const targets: Target[] = await mapLimit(operations, 16, async (op) => {
    const abs = await resolveInsideVault(realRoot, op.path);
    const current = await readOnDisk(abs);
    if (current === 'not-a-file')
      throw new ApiError('INVALID', `"${op.path}" is not a file. Nothing was changed.`);
    const original = current === 'missing' ? null : current;
    checkExpected(op, original);
    return {
      op,
      abs,
      original,
      after: op.kind === 'write' ? contentVersion(op.content) : null,
    };
  });

  const journalFile = await writeJournal(
    realRoot,
    targets.map(({ op, original, after }) => ({ path: op.path, before: original, after })),
  );

  const staged = new Map<string, string>();
  const done: Target[] = [];
  try {
    // Flushing files one by one would take a second per thousand; disks do better in parallel.
    await mapLimit(targets, 16, async ({ op, abs }) => {
      if (op.kind !== 'write') return;
      await fs.mkdir(path.dirname(abs), { recursive: true }).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || code === 'ENOTDIR')
          throw new ApiError(
            'INVALID',
            `Could not write "${op.path}": one of its folders is a file of the same name.`,
          );
        throw error;
      });
      const temp = tempPathFor(abs);
      staged.set(op.path, temp);
      await writeAndSync(temp, op.content);
    });
    await io.afterStaging?.(targets.map(({ op }) => op.path));
    for (const target of targets) {
      const { op, abs, original } = target;
      // As late as possible: an edit landing between this check and the rename is the only
      // one that can still be overwritten, and that window is a single system call wide.
      await assertUnchanged(abs, original === null ? null : contentVersion(original));
      if (op.kind === 'write') await io.rename(staged.get(op.path)!, abs);
      else await io.unlink(abs);
      staged.delete(op.path);
      done.push(target);
    }
  } catch (error) {
    await Promise.all([...staged.values()].map((temp) => fs.unlink(temp).catch(() => undefined)));
    const restored = await restoreAll(
      done.map(({ abs, original, after }) => ({ abs, before: original, after })),
    );
    if (restored) await removeJournal(journalFile).catch(() => undefined);
    const undone = restored
      ? 'Nothing was changed.'
      : 'Praxis will finish undoing the change the next time the vault opens.';
    if (error instanceof FileChangedError) {
      const target = targets.find(({ abs }) => abs === error.file)!;
      throw new ApiError(
        'CONFLICT',
        `"${target.op.path}" was changed by another program while the change was being written. ${undone} Its new text is kept; try again.`,
        conflictData(target.op, error.current),
      );
    }
    if (error instanceof ApiError) throw new ApiError(error.code, `${error.message} ${undone}`);
    throw new ApiError('IO', `Could not write ${describe(error)}. ${undone}`);
  }
  await syncFolders(targets.map(({ abs }) => abs));
  await removeJournal(journalFile);

  const versions = new Map<string, string>();
  for (const { op, after } of targets) if (after !== null) versions.set(op.path, after);
  return versions;
}

function checkExpected(op: FileOperation, original: Buffer | null): void {
  if (op.expectedVersion === null) {
    if (original !== null) throw new ApiError('EXISTS', `"${op.path}" already exists.`);
    return;
  }
  if (original === null)
    throw new ApiError(
      'NOT_FOUND',
      `"${op.path}" no longer exists. Nothing was changed; try again.`,
    );
  if (contentVersion(original) !== op.expectedVersion)
    throw new ApiError(
      'CONFLICT',
      `"${op.path}" was changed by another program in the meantime. Nothing was changed; try again.`,
      conflictData(op, original),
    );
  if (op.kind === 'write' && isNotePath(op.path) && !isUtf8(original))
    throw new ApiError(
      'INVALID',
      `"${op.path}" is not UTF-8 text, so Praxis leaves it exactly as it is. Convert it to UTF-8 first (open the note). Nothing was changed.`,
    );
}

function conflictData(op: FileOperation, current: OnDisk): FileConflict {
  const text = (content: FileContent) =>
    typeof content === 'string' ? content : decodeNoteBytes(content).text;
  return {
    path: op.path,
    mine: op.kind === 'write' ? text(op.content) : null,
    theirs: Buffer.isBuffer(current) ? text(current) : null,
  };
}

/**
 * Writes the journal and makes it durable before any file is replaced: the journal file is
 * flushed under a temporary name, renamed into place, and its folder flushed (and the folders
 * above, when they were just created). So after a crash a journal is either absent (nothing was
 * replaced yet) or complete.
 */
async function writeJournal(realRoot: string, entries: JournalEntry[]): Promise<string> {
  const dir = path.join(realRoot, ...JOURNAL_DIR.split('/'));
  const created = await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`);
  const temp = tempPathFor(file);
  try {
    await writeAndSync(temp, serializeJournal(entries));
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw new ApiError(
      'IO',
      `Could not start the change: ${describe(error)}. Nothing was changed.`,
    );
  }
  await syncDirectory(dir);
  if (created !== undefined) {
    // The folders mkdir made, and the one that existed above them, each hold a new entry.
    const top = path.dirname(created);
    for (let folder = path.dirname(dir); ; folder = path.dirname(folder)) {
      await syncDirectory(folder);
      if (folder === top || folder.length <= top.length) break;
    }
  }
  return file;
}

async function removeJournal(file: string): Promise<void> {
  await fs.unlink(file);
  // Otherwise a crash could bring the journal back and undo a change that was reported done.
  await syncDirectory(path.dirname(file));
}

/** What putting one file back did. */
export type RestoreResult = 'restored' | 'unchanged' | 'edited';

/**
 * Puts `before` (null: no file) back at `abs` if the file still holds the change's own result
 * (`after`; null: removed) — or is missing. A file someone edited since is left alone: their text
 * is newer than both. Never follows a link, and re-checks right before replacing anything. The
 * folder is not flushed: the caller flushes each folder once (`syncFolders`) before relying on it.
 */
export async function restoreFile(
  abs: string,
  before: Uint8Array | null,
  after: string | null,
): Promise<RestoreResult> {
  const current = await readOnDisk(abs);
  if (current === 'not-a-file') return 'edited';
  const version = versionOnDisk(current);
  const beforeVersion = before === null ? null : contentVersion(before);
  if (version === beforeVersion) return 'unchanged';
  if (version !== null && version !== after) return 'edited';
  try {
    if (before === null) {
      await assertUnchanged(abs, version);
      await fs.unlink(abs);
    } else {
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await writeFileAtomic(abs, before, { expectedVersion: version, syncFolder: false });
    }
  } catch (error) {
    if (error instanceof FileChangedError) return 'edited';
    throw error;
  }
  return 'restored';
}

/** Puts every file back (see restoreFile); false if any of them could not be written. */
async function restoreAll(
  entries: { abs: string; before: Uint8Array | null; after: string | null }[],
): Promise<boolean> {
  const results = await mapLimit(entries, 16, ({ abs, before, after }) =>
    restoreFile(abs, before, after).then(
      () => true,
      () => false,
    ),
  );
  await syncFolders(entries.map(({ abs }) => abs));
  return results.every(Boolean);
}

/** Flushes the folders of `files`, each once. */
export async function syncFolders(files: readonly string[]): Promise<void> {
  const dirs = new Set(files.map((file) => path.dirname(file)));
  await Promise.all([...dirs].map(syncDirectory));
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOSPC') return 'the files because the disk is full';
  if (e.code === 'EACCES' || e.code === 'EPERM')
    return `${e.path ? `"${e.path}"` : 'a file'} because permission was denied`;
  // System errors name absolute paths; toErrorShape makes them vault-relative for the renderer.
  return `the files (${e.message ?? String(error)})`;
}
