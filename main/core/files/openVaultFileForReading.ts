import path from 'node:path';
import { constants, type Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import { isIgnoredPath, parseVaultPath, toVaultRelative } from '../vault/vaultPaths';

export interface OpenedVaultFile {
  /** The checked vault-relative path. */
  rel: string;
  /** Open for reading; the caller closes it (a read stream made from it closes it when done). */
  handle: fs.FileHandle;
  /** Of the open handle: what is read is what was checked. */
  stat: Stats;
}

// O_NOFOLLOW: the last segment must not have become a symlink since it was checked.
// O_NONBLOCK: a named pipe planted in the vault must not hang the open (it is refused below).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file of the vault for serving it to the renderer (an image in a note, a video), after
 * checking that it is one: `relPath` is parsed like every API path (no `..`, no hidden folders),
 * its real location (symlinks followed) must be inside the vault and outside hidden and ignored
 * folders, and what gets opened must be a regular file. Throws ApiError (INVALID or NOT_FOUND)
 * whose message names only the vault-relative path.
 */
export async function openVaultFileForReading(
  realRoot: string,
  relPath: string,
): Promise<OpenedVaultFile> {
  const rel = parseVaultPath(relPath, 'file path');
  const missing = new ApiError('NOT_FOUND', `There is no file "${rel}" in the vault.`);
  if (isIgnoredPath(rel)) throw missing;
  const real = await fs.realpath(path.join(realRoot, ...rel.split('/'))).catch(() => {
    throw missing;
  });
  assertServable(realRoot, real, rel, missing);

  const handle = await fs.open(real, OPEN_FLAGS).catch(() => {
    throw missing;
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ApiError('NOT_FOUND', `"${rel}" is not a file.`);
    // A folder on the way may have been swapped for a symlink between realpath and open; where the
    // system says what the handle really is (Linux), check that instead of the name.
    const opened = await fs.readlink(`/proc/self/fd/${handle.fd}`).catch(() => null);
    if (opened !== null && path.isAbsolute(opened)) assertServable(realRoot, opened, rel, missing);
    return { rel, handle, stat };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function assertServable(realRoot: string, real: string, rel: string, missing: ApiError): void {
  const inside = real.startsWith(realRoot + path.sep);
  if (!inside) throw new ApiError('INVALID', `"${rel}" leads outside the vault.`);
  // A link to `.git/config` or `.praxis/db.json` is as out of reach as the file itself.
  if (isIgnoredPath(toVaultRelative(realRoot, real))) throw missing;
}
