import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import {
  removeStagedTemps,
  tempPathFor,
  writeAndSync,
  syncDirectory,
  writeFileAtomic,
} from './atomicWrite';
import { contentVersion } from './contentVersion';
import { resolveInsideVault } from './vaultPaths';
import { mapLimit } from './vaultScanner';

/**
 * One change in a transaction. `expectedVersion` is the version the caller planned against:
 * a string means "the file must still have this version", null means "the file must not exist".
 * Content is text (written as UTF-8) or bytes (attachments); versions are hashes of the bytes.
 */
export type FileOperation =
  | { kind: 'write'; path: string; content: string | Uint8Array; expectedVersion: string | null }
  | { kind: 'remove'; path: string; expectedVersion: string };

/** The file-system calls a transaction commits with; tests pass failing ones. */
export interface TransactionIo {
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

const realIo: TransactionIo = { rename: fs.rename, unlink: fs.unlink };

interface JournalEntry {
  path: string;
  /** The content before the transaction, or null if the file did not exist. */
  original: string | null;
  /** How `original` is written: UTF-8 text (absent), or base64 for bytes that are not UTF-8. */
  encoding?: 'base64';
  /** Version of the content after the transaction, or null if the file is removed. */
  after: string | null;
}

const JOURNAL_DIR = '.praxis/transactions';

/**
 * Applies several file changes as one: either every file ends up changed, or every file is left
 * exactly as it was. The new contents are first written and flushed to temporary files; only then
 * are they renamed into place. If anything fails part-way, the files already replaced are put
 * back. A journal in `.praxis/transactions/` holds the original contents until the end, so that
 * even a crash mid-way is rolled back the next time the vault opens (`recoverTransactions`).
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
  }
  const targets = await Promise.all(
    operations.map(async (op) => {
      const abs = await resolveInsideVault(realRoot, op.path);
      const original = await fs.readFile(abs).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      checkExpected(op, original);
      return { op, abs, original };
    }),
  );

  const journalFile = path.join(
    realRoot,
    JOURNAL_DIR,
    `${Date.now()}-${randomBytes(4).toString('hex')}.json`,
  );
  const journal: JournalEntry[] = targets.map(({ op, original }) => ({
    path: op.path,
    ...journalOriginal(original),
    after: op.kind === 'write' ? contentVersion(op.content) : null,
  }));
  await fs.mkdir(path.dirname(journalFile), { recursive: true });
  await writeAndSync(journalFile, JSON.stringify(journal));

  const staged = new Map<string, string>();
  const done: typeof targets = [];
  try {
    // Flushing files one by one would take a second per thousand; disks do better in parallel.
    await mapLimit(targets, 16, async ({ op, abs }) => {
      if (op.kind !== 'write') return;
      await fs.mkdir(path.dirname(abs), { recursive: true });
      const temp = tempPathFor(abs);
      staged.set(op.path, temp);
      await writeAndSync(temp, op.content);
    });
    for (const target of targets) {
      const { op, abs } = target;
      if (op.kind === 'write') await io.rename(staged.get(op.path)!, abs);
      else await io.unlink(abs);
      staged.delete(op.path);
      done.push(target);
    }
  } catch (error) {
    await Promise.all([...staged.values()].map((temp) => fs.unlink(temp).catch(() => undefined)));
    const restored = await restoreOriginals(done.map(({ abs, original }) => ({ abs, original })));
    if (restored) await fs.unlink(journalFile).catch(() => undefined);
    throw new ApiError(
      'IO',
      `Could not write ${describe(error)}. ${restored ? 'Nothing was changed.' : 'Praxis will finish undoing the change the next time the vault opens.'}`,
    );
  }
  const dirs = new Set(targets.map(({ abs }) => path.dirname(abs)));
  await Promise.all([...dirs].map(syncDirectory));
  await fs.unlink(journalFile);

  const versions = new Map<string, string>();
  for (const op of operations)
    if (op.kind === 'write') versions.set(op.path, contentVersion(op.content));
  return versions;
}

/** The original bytes as the journal keeps them: text when they are UTF-8, else base64. */
function journalOriginal(original: Buffer | null): Pick<JournalEntry, 'original' | 'encoding'> {
  if (original === null) return { original: null };
  const text = original.toString('utf8');
  return Buffer.from(text, 'utf8').equals(original)
    ? { original: text }
    : { original: original.toString('base64'), encoding: 'base64' };
}

function journalBytes(entry: JournalEntry): string | Buffer {
  return entry.encoding === 'base64'
    ? Buffer.from(entry.original ?? '', 'base64')
    : entry.original!;
}

function checkExpected(op: FileOperation, original: Buffer | null): void {
  if (op.expectedVersion === null) {
    if (original !== null) throw new ApiError('EXISTS', `"${op.path}" already exists.`);
    return;
  }
  if (original === null) throw new ApiError('NOT_FOUND', `"${op.path}" no longer exists.`);
  if (contentVersion(original) !== op.expectedVersion)
    throw new ApiError(
      'CONFLICT',
      `"${op.path}" was changed by another program in the meantime. Nothing was changed; try again.`,
    );
}

async function restoreOriginals(
  entries: { abs: string; original: Buffer | null }[],
): Promise<boolean> {
  const results = await mapLimit(entries, 16, async ({ abs, original }) => {
    try {
      if (original === null) await fs.unlink(abs);
      else await writeFileAtomic(abs, original);
      return true;
    } catch {
      return false;
    }
  });
  return results.every(Boolean);
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOSPC') return 'the files because the disk is full';
  if (e.code === 'EACCES' || e.code === 'EPERM')
    return `${e.path ? `"${path.basename(e.path)}"` : 'a file'} because permission was denied`;
  return `the files (${e.message ?? String(error)})`;
}

/**
 * Rolls back transactions a crash interrupted. Only files that still hold the transaction's
 * new content (or are missing) are put back: a file someone edited since is left alone.
 * Returns the vault paths restored.
 */
export async function recoverTransactions(realRoot: string): Promise<string[]> {
  const dir = path.join(realRoot, JOURNAL_DIR);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const restored: string[] = [];
  for (const name of names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()) {
    const file = path.join(dir, name);
    let journal: JournalEntry[];
    try {
      journal = JSON.parse(await fs.readFile(file, 'utf8')) as JournalEntry[];
    } catch {
      // A journal that was never completely written belongs to a transaction that changed nothing.
      await fs.unlink(file).catch(() => undefined);
      continue;
    }
    for (const entry of journal) {
      const abs = await resolveInsideVault(realRoot, entry.path).catch(() => null);
      if (abs === null) continue;
      const current = await fs.readFile(abs).catch(() => null);
      // Untouched by the transaction, or edited by someone since: leave it.
      if (current === null || contentVersion(current) === entry.after) {
        if (entry.original === null) {
          if (current !== null) {
            await fs.unlink(abs);
            restored.push(entry.path);
          }
        } else {
          await fs.mkdir(path.dirname(abs), { recursive: true });
          await writeFileAtomic(abs, journalBytes(entry));
          restored.push(entry.path);
        }
      }
      await removeStagedTemps(abs);
    }
    await fs.unlink(file);
  }
  return restored;
}
