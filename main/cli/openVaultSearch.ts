import path from 'node:path';
import { ApiError } from '../../shared/api/apiError';
import { VaultSearch, searchIndexDir } from '../core/search/vaultSearch';
import { noteCacheFile } from '../core/vault/noteCache';
import { NoteRepository } from '../core/vault/noteRepository';
import { resolveVaultFolder } from '../core/vault/vaultFolder';

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
  const realRoot = await resolveVaultFolder(vault).catch((error: unknown) => {
    if (!(error instanceof ApiError)) throw error;
    throw new VaultNotFoundError(
      `There is no vault folder at ${path.resolve(vault)}. Pass the folder of your notes with --vault.`,
    );
  });
  const repository = new NoteRepository(realRoot, {
    cache: { file: noteCacheFile(realRoot), write: true },
  });
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
