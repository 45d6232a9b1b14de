import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import { noteCacheFile } from './noteCache';
import { NoteRepository, type VaultChangeListener } from './noteRepository';

/** The vault used when none is configured: `$PRAXIS_VAULT`, else `~/Praxis`. */
export function defaultVaultPath(
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const fromEnv = env.PRAXIS_VAULT?.trim();
  return path.resolve(fromEnv ? fromEnv : path.join(home, 'Praxis'));
}

export interface PreparedVault {
  /** The vault folder's real path (symlinks resolved). */
  realRoot: string;
  /** True when the folder was missing or empty: the caller decides whether to seed it. */
  empty: boolean;
}

/**
 * Makes `vaultPath` ready to open as a vault: a missing folder is created (and said `empty`, for
 * the composition root to seed), any other folder of markdown is opened as it is.
 * A path that is a file, or a folder Praxis may not write to, is refused with a clear message.
 */
export async function prepareVaultFolder(vaultPath: string): Promise<PreparedVault> {
  const abs = path.resolve(vaultPath);
  const stat = await fs.stat(abs).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new ApiError('IO', `Praxis cannot open "${abs}": ${error.message}`);
  });
  if (stat && !stat.isDirectory())
    throw new ApiError(
      'INVALID',
      `"${abs}" is a file, not a folder. Choose a folder for the vault.`,
    );
  if (!stat) {
    try {
      await fs.mkdir(abs, { recursive: true });
    } catch (error) {
      throw new ApiError(
        'IO',
        `Praxis could not create the vault folder "${abs}": ${(error as Error).message}`,
      );
    }
  }
  try {
    await fs.access(abs, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new ApiError(
      'IO',
      `Praxis may not read and write "${abs}". Check the folder's permissions.`,
    );
  }
  const realRoot = await fs.realpath(abs);
  return { realRoot, empty: (await fs.readdir(realRoot)).length === 0 };
}

/**
 * The real path of an existing vault folder, for reading it without changing anything: unlike
 * `prepareVaultFolder`, nothing is created or seeded. A missing folder, or a file, is refused.
 */
export async function resolveVaultFolder(vaultPath: string): Promise<string> {
  const root = path.resolve(vaultPath);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat) throw new ApiError('NOT_FOUND', `There is no folder "${root}".`);
  if (!stat.isDirectory())
    throw new ApiError('INVALID', `"${root}" is a file, not a vault folder.`);
  return fs.realpath(root);
}

/**
 * Every note of an existing vault folder, read as the app reads them (`NoteRepository.load`) and
 * without changing anything — not even `.praxis/` — for commands that report on a vault.
 * `onChange` hears each attachment, then each note with its text, as it is read; files that
 * cannot be read are in the repository's `unreadable`.
 */
export async function readVaultFolder(
  vaultPath: string,
  onChange?: VaultChangeListener,
): Promise<NoteRepository> {
  const realRoot = await resolveVaultFolder(vaultPath);
  // The app's note cache spares reading unchanged notes; nothing is written.
  const repository = new NoteRepository(realRoot, {
    cache: { file: noteCacheFile(realRoot), write: false },
  });
  if (onChange) repository.subscribe(onChange);
  await repository.load();
  return repository;
}
