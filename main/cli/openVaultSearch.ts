import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { VaultSearch, searchIndexDir } from '../core/search/vaultSearch';
import { NoteRepository } from '../core/vault/noteRepository';

export class VaultNotFoundError extends Error {
  override readonly name = 'VaultNotFoundError';
}

export type CliProgress = (progress: { label: string; done: number; total: number }) => void;

/**
 * The search index of a vault folder for the command line: the same repository and search as
 * the app, the notes read without changing anything (only `.praxis/index/` is written). The index
 * loads while the notes are read.
 */
export async function openVaultSearch(
  vault: string,
  onProgress?: CliProgress,
): Promise<VaultSearch> {
  const folder = path.resolve(vault);
  const stats = await stat(folder).catch(() => null);
  if (!stats?.isDirectory()) {
    throw new VaultNotFoundError(
      `There is no vault folder at ${folder}. Pass the folder of your notes with --vault.`,
    );
  }
  const realRoot = await realpath(folder);
  const repository = new NoteRepository(realRoot);
  const loaded = repository.load((done, total) =>
    onProgress?.({ label: 'Reading notes', done, total }),
  );
  const search = VaultSearch.open({
    repository,
    indexDir: searchIndexDir(realRoot),
    loaded,
    ...(onProgress && { onProgress }),
  });
  try {
    await loaded;
  } catch (error) {
    await search.close();
    throw error;
  }
  return search;
}
