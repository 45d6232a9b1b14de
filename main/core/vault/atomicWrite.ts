import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { constants, open, rename, unlink, stat } from 'node:fs/promises';
import { contentVersion } from './contentVersion';

/**
 * Name of the temporary file written next to `target`. It starts with a dot so that the vault
 * scanner and the watcher ignore it, and carries a random part so concurrent writers never share.
 */
export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.praxis-${randomBytes(6).toString('hex')}.tmp`,
  );
}

/** Matches the names `tempPathFor` gives, and nothing else (to clean up after a crash). */
export const TEMP_FILE_NAME = /^\..+\.praxis-[0-9a-f]{12}\.tmp$/;

/** Writes `data` to a new file and flushes it to disk; does not replace anything. */
export async function writeAndSync(
  file: string,
  data: string | Uint8Array,
  mode = 0o666,
  sync = true,
): Promise<void> {
  const handle = await open(file, 'wx', mode);
  try {
    await handle.writeFile(data);
    if (sync) await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a directory entry change (the rename) to disk. Not possible on Windows; skipped there. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/** What is at a path now: a regular file's bytes, nothing, or something else (a folder, a link). */
export type OnDisk = Buffer | 'missing' | 'not-a-file';

/**
 * Flags to open a vault file for reading: a symbolic link there is not followed (ELOOP), and a
 * FIFO planted under a note's name does not block the open. (Neither flag exists on Windows,
 * where path checks refuse links first.)
 */
export const READ_NO_FOLLOW =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads what is at `file` now without following a symbolic link there. */
export async function readOnDisk(file: string): Promise<OnDisk> {
  let handle;
  try {
    handle = await open(file, READ_NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    if (code === 'ELOOP' || code === 'EISDIR') return 'not-a-file';
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) return 'not-a-file';
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The version of what is on disk (null: no file there), as `contentVersion` computes it. */
export function versionOnDisk(current: OnDisk): string | null {
  if (current === 'missing') return null;
  // Something that is not a file matches no version a caller can expect.
  if (current === 'not-a-file') return 'not-a-file';
  return contentVersion(current);
}

/**
 * A file changed on disk between the moment a writer read it and the moment it would have been
 * replaced (a sync client or another editor wrote it meanwhile). Nothing was written over it.
 */
export class FileChangedError extends Error {
  override readonly name = 'FileChangedError';
  readonly file: string;
  /** What the file holds now. */
  readonly current: OnDisk;

  constructor(file: string, current: OnDisk) {
    super(`"${path.basename(file)}" was changed by another program in the meantime.`);
    this.file = file;
    this.current = current;
  }
}

/**
 * Checks, as late as possible before a rename, that `file` still is what the writer planned
 * against: `expected` a version, or null for "no file there". Throws FileChangedError otherwise.
 */
export async function assertUnchanged(file: string, expected: string | null): Promise<void> {
  const current = await readOnDisk(file);
  if (versionOnDisk(current) !== expected) throw new FileChangedError(file, current);
}

export interface AtomicWriteOptions {
  /**
   * The version `target` must still have right before it is replaced (null: it must not exist);
   * otherwise nothing is written and FileChangedError is thrown. Unchecked when undefined.
   */
  expectedVersion?: string | null;
  /** Called once the new content is flushed, before the check (tests race an outside edit here). */
  afterStaging?: () => Promise<void>;
  /**
   * Flush the folder after the rename (default). A caller replacing many files in a few folders
   * passes false and flushes each folder once, before it relies on the renames being durable.
   */
  syncFolder?: boolean;
  /**
   * Flush the data and the folder (default). A copy that is only a safety net (the note history,
   * whose entries are checked when read) passes false: still all-or-nothing, much cheaper, and a
   * crash may only lose the newest copies.
   */
  durable?: boolean;
}

/**
 * Replaces `target` with `data` so that a crash or a full disk at any moment leaves either the old
 * file or the new one, never a mix: temp file, fsync, rename over the target, fsync the folder.
 * An existing file keeps its permissions. With `expectedVersion`, an edit another program made
 * meanwhile is never overwritten: the file is checked again right before the rename.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const mode = await stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data, mode, options.durable !== false);
    await options.afterStaging?.();
    if (options.expectedVersion !== undefined)
      await assertUnchanged(target, options.expectedVersion);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.syncFolder !== false && options.durable !== false)
    await syncDirectory(path.dirname(target));
}
