import path from 'node:path';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../shared/api/apiError';
import type { TrustedPublisher } from '../../shared/api/keysMethods';
import { openPraxisCore, type PraxisCore } from '../core/praxisCore';
import { defaultProfilePath } from '../core/packs/identityStore';
import { withFingerprint } from '../core/packs/trustStore';
import { dbSchema } from '../core/store/dbSchema';
import { DB_FILE } from '../core/store/metadataStore';
import { resolveVaultFolder } from '../core/vault/vaultFolder';
import { createProgressBar } from './progressBar';

/** The profile folder: `--profile DIR`, else `$PRAXIS_PROFILE`, else the app's userData folder. */
export function profileFrom(option: string | undefined): string {
  return option ? path.resolve(option) : defaultProfilePath();
}

/**
 * Runs `task` on the vault at `vault`, opened as the app opens it (no watcher, no sample): an
 * interrupted import is rolled back first, and the pack's changes go through the same
 * transactions. The folder must exist; a progress bar follows long work on a terminal.
 */
export async function withVaultCore<T>(
  vault: string,
  profile: string | undefined,
  stdout: NodeJS.WritableStream & { isTTY?: boolean },
  task: (core: PraxisCore) => Promise<T>,
): Promise<T> {
  await resolveVaultFolder(vault).catch(() => {
    throw new ApiError(
      'NOT_FOUND',
      `There is no vault folder at ${path.resolve(vault)}. Pass the folder of your notes with --vault.`,
    );
  });
  const core = await openPraxisCore({
    vaultPath: vault,
    seed: false,
    watch: false,
    profilePath: profileFrom(profile),
  });
  const bar = createProgressBar(stdout, stdout.isTTY === true);
  const unsubscribe = core.subscribe((event) => {
    if (event.type === 'task.progress' && event.payload.task.startsWith('packs.'))
      bar.update(event.payload.done, event.payload.total, event.payload.label);
  });
  try {
    return await task(core);
  } finally {
    bar.finish();
    unsubscribe();
    await core.close();
  }
}

/**
 * The publishers a vault trusts, read from its db.json without changing anything (for
 * `pack verify`, which writes nothing). A missing or unreadable db.json trusts nobody.
 */
export async function readTrustedPublishers(vault: string): Promise<TrustedPublisher[]> {
  const root = await resolveVaultFolder(vault).catch(() => {
    throw new ApiError('NOT_FOUND', `There is no vault folder at ${path.resolve(vault)}.`);
  });
  const text = await fs.readFile(path.join(root, ...DB_FILE.split('/')), 'utf8').catch(() => null);
  if (text === null) return [];
  try {
    const parsed = dbSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.trustedPublishers.map(withFingerprint) : [];
  } catch {
    return [];
  }
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/**
 * A note given on the command line as its path in the vault (any separator), or as an absolute
 * path to the file itself: the note at that place in the vault.
 */
export function noteArgument(core: PraxisCore, notePath: string): string {
  return path.isAbsolute(notePath)
    ? path.relative(core.vaultPath, notePath).split(path.sep).join('/')
    : notePath.split(path.sep).join('/');
}
