import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { isIgnoredPath, isNotePath } from './vaultPaths';

export interface VaultFiles {
  /** Vault-relative paths of markdown notes, sorted. */
  notes: string[];
  /** Vault-relative paths of every other file (images, PDFs…), sorted. */
  attachments: string[];
}

/**
 * Lists the files of a vault without changing anything. Hidden folders (`.praxis`, `.git`,
 * `.obsidian`…) and `node_modules` are skipped, and symlinks are not followed, so nothing outside
 * the vault is ever read through it.
 */
export async function scanVaultFiles(root: string): Promise<VaultFiles> {
  const notes: string[] = [];
  const attachments: string[] = [];
  const walk = async (relDir: string): Promise<void> => {
    const entries = await readdir(path.join(root, relDir), { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
        if (isIgnoredPath(entry.name)) return;
        if (entry.isDirectory()) return walk(rel);
        if (!entry.isFile()) return;
        (isNotePath(rel) ? notes : attachments).push(rel);
      }),
    );
  };
  await walk('');
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { notes: notes.sort(byPath), attachments: attachments.sort(byPath) };
}

/** Runs `task` over `items` with at most `limit` running at once; results keep the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
