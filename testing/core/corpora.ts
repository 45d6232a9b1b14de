import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The real markdown corpora (read-only; copy from them): `../shared/corpora` beside the repository
 * (as in CI); from a git worktree one level deeper; or wherever PRAXIS_CORPORA says.
 */
export const corporaDir: string =
  [
    process.env['PRAXIS_CORPORA'],
    path.resolve(import.meta.dirname, '../../../shared/corpora'),
    path.resolve(import.meta.dirname, '../../../../shared/corpora'),
  ].find((dir): dir is string => !!dir && existsSync(path.join(dir, 'tldr-pages'))) ??
  path.resolve(import.meta.dirname, '../../../shared/corpora');

/**
 * Whether the corpora are here. Tests that read them run wherever they are (this machine, CI
 * with the handbook's folder beside the clone) and skip, saying where they looked, elsewhere.
 */
export const corporaPresent: boolean = existsSync(path.join(corporaDir, 'tldr-pages'));

if (!corporaPresent)
  console.warn(`Corpus tests skipped: no corpora at ${corporaDir} (set PRAXIS_CORPORA).`);
