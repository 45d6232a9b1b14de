import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { mapLimit } from '../../main/core/vault/vaultScanner';

/**
 * A throw-away vault folder for tests: `files` maps vault paths to contents. Returns the real
 * path (macOS temp folders are symlinks) and a cleanup function.
 */
export async function makeTempVault(
  files: Record<string, string | Uint8Array> = {},
): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-test-'));
  const root = await fs.realpath(dir);
  await writeFiles(root, files);
  return { root, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}

export async function writeFiles(
  root: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  // Several at a time: test vaults of thousands of notes are written in a fraction of the time.
  await mapLimit(Object.entries(files), 16, async ([rel, content]) => {
    const abs = path.join(root, ...rel.split('/'));
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, content);
  });
}

/**
 * Every file under `root` (including hidden ones) with its bytes, for "nothing changed" checks;
 * a symbolic link is recorded as where it points, never followed.
 * The caches (the search index `.praxis/index` and `.praxis/notes-cache.json`) are left out
 * unless asked for: the core rewrites them whenever it likes.
 */
export async function snapshotFolder(
  root: string,
  options: { withSearchIndex?: boolean } = {},
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const searchIndex = path.join(root, '.praxis', 'index');
  const noteCache = path.join(root, '.praxis', 'notes-cache.json');
  // The note history keeps what a change replaces, even a change that then fails: a safety net
  // beside the vault, not part of what a change may or may not touch.
  const history = path.join(root, '.praxis', 'history');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if ((abs === searchIndex || abs === noteCache) && !options.withSearchIndex) continue;
      if (abs === history) continue;
      if (entry.isDirectory()) await walk(abs);
      else if (entry.isSymbolicLink())
        result.set(path.relative(root, abs), `link to ${await fs.readlink(abs)}`);
      else result.set(path.relative(root, abs), (await fs.readFile(abs)).toString('base64'));
    }
  };
  await walk(root);
  return result;
}

/** A folder snapshot without Praxis's own folder (`.praxis/`): the vault's notes and files. */
export function withoutPraxisFolder(snapshot: Map<string, string>): Map<string, string> {
  return new Map([...snapshot].filter(([p]) => !p.startsWith('.praxis')));
}

export const readText = (root: string, rel: string) =>
  fs.readFile(path.join(root, ...rel.split('/')), 'utf8');
