import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { VaultNotice } from '../../../shared/api/vaultMethods';

export const PRAXIS_DIR = '.praxis';

/**
 * Makes sure the vault's `.praxis/` is a real folder inside the vault before anything reads or
 * writes there. A `.praxis` that is a symbolic link (or a file) — planted in a shared vault, say —
 * would send settings, journals of note texts, the trash and the index wherever it points: it is
 * renamed `.praxis.set-aside-<time>` (kept, never followed) and a fresh folder is made, with a
 * notice. Returns the notices.
 */
export async function preparePraxisFolder(realRoot: string): Promise<VaultNotice[]> {
  const dir = path.join(realRoot, PRAXIS_DIR);
  const stat = await fs.lstat(dir).catch(() => null);
  if (stat === null || stat.isDirectory()) return [];
  const time = new Date().toISOString();
  const aside = `${PRAXIS_DIR}.set-aside-${time.replace(/[:.]/g, '-')}`;
  await fs.rename(dir, path.join(realRoot, aside));
  await fs.mkdir(dir);
  return [
    {
      code: 'PRAXIS_FOLDER_SET_ASIDE',
      time,
      message:
        `The vault's ${PRAXIS_DIR} was ${stat.isSymbolicLink() ? 'a link to another place' : 'not a folder'}, ` +
        `so Praxis did not use it: it was renamed ${aside} and Praxis started a new ${PRAXIS_DIR} folder ` +
        '(default settings and domains). Your notes are untouched.',
    },
  ];
}
