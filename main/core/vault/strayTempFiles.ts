import path from 'node:path';
import * as fs from 'node:fs/promises';
import { TEMP_FILE_NAME } from './atomicWrite';
import { PRAXIS_DIR } from './praxisFolder';
import { vaultPathSegmentProblem } from './vaultPaths';

/**
 * Deletes the temporary files a crash left behind (`.<name>.praxis-<random>.tmp`, staged by
 * writeFileAtomic and commitFileOperations): copies of text that was either never put in place or
 * was undone since, which sync clients would otherwise copy everywhere. Only Praxis's own name
 * pattern, only regular files (never a link or a folder), only where Praxis writes: the vault's
 * folders and `.praxis/` — never `.git`, `.obsidian`, `node_modules` or other hidden folders, and
 * never through a symbolic link. Call it once the vault's interrupted changes are recovered and
 * before anything writes. Returns how many files it deleted.
 */
export async function removeStrayTempFiles(realRoot: string): Promise<number> {
  let removed = 0;
  const walk = async (dir: string, inPraxis: boolean): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable folder holds nothing Praxis wrote.
    }
    await Promise.all(
      entries.map(async (entry) => {
        const abs = path.join(dir, entry.name);
        if (entry.isFile() && TEMP_FILE_NAME.test(entry.name)) {
          await fs.unlink(abs).then(
            () => removed++,
            () => undefined,
          );
          return;
        }
        // Dirents describe the entry itself: a link to a folder is not a directory here.
        if (!entry.isDirectory()) return;
        // The one hidden folder Praxis writes in, and so may have left temporary files in.
        const praxisOwn = dir === realRoot && entry.name === PRAXIS_DIR;
        // Inside .praxis every folder is Praxis's own (trash entries, refactor records…).
        if (inPraxis || praxisOwn || vaultPathSegmentProblem(entry.name) === null)
          await walk(abs, inPraxis || praxisOwn);
      }),
    );
  };
  await walk(realRoot, false);
  return removed;
}
