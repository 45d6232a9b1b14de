import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink, stat } from 'node:fs/promises';

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

/**
 * Deletes the temporary files `tempPathFor(target)` may have left beside `target` (a crash between
 * writing one and renaming it). Only names of exactly that form are touched.
 */
export async function removeStagedTemps(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}.praxis-`;
  const names = await readdir(path.dirname(target)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(n.slice(prefix.length)))
      .map((n) => unlink(path.join(path.dirname(target), n)).catch(() => undefined)),
  );
}

/** Writes `data` to a new file and flushes it to disk; does not replace anything. */
export async function writeAndSync(
  file: string,
  data: string | Uint8Array,
  mode = 0o666,
): Promise<void> {
  const handle = await open(file, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
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

/**
 * Replaces `target` with `data` so that a crash or a full disk at any moment leaves either the old
 * file or the new one, never a mix: temp file, fsync, rename over the target, fsync the folder.
 * An existing file keeps its permissions.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const mode = await stat(target).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data, mode);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target));
}
