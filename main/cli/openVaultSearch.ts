import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SearchService, type SearchProgress } from '../core/search/searchService';
import { createVaultSearchSource } from '../core/search/vaultSearchSource';

export class VaultNotFoundError extends Error {
  override readonly name = 'VaultNotFoundError';
}

/** The search index of a vault folder, for the CLI (the app gets its source from the core). */
export async function openVaultSearch(
  vault: string,
  onProgress?: (progress: SearchProgress) => void,
): Promise<SearchService> {
  const folder = path.resolve(vault);
  const stats = await stat(folder).catch(() => null);
  if (!stats?.isDirectory()) {
    throw new VaultNotFoundError(
      `There is no vault folder at ${folder}. Pass the folder of your notes with --vault.`,
    );
  }
  return SearchService.open({
    indexDir: path.join(folder, '.praxis', 'index'),
    source: createVaultSearchSource(folder),
    ...(onProgress ? { onProgress } : {}),
  });
}
