import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isIgnoredPath, toVaultRelative } from './vaultPaths';

/**
 * Watches a vault folder for edits, additions and deletions made by other programs (another
 * editor, a sync client, git) and reports each changed file's vault-relative path.
 * Hidden folders and temporary files are ignored. Whether a change is real, and whether Praxis
 * made it itself, is for the receiver to decide (NoteRepository.syncFromDisk compares versions).
 */
export class VaultWatcher {
  readonly #watcher: FSWatcher;
  readonly #ready: Promise<void>;

  constructor(realRoot: string, onPathChanged: (relPath: string) => void) {
    this.#watcher = watch(realRoot, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (abs: string) => {
        const rel = toVaultRelative(realRoot, abs);
        return rel !== '' && isIgnoredPath(rel);
      },
      // Editors often write in several steps; report a file once it has settled.
      awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 40 },
    });
    const report = (abs: string) => onPathChanged(toVaultRelative(realRoot, path.resolve(abs)));
    this.#watcher.on('add', report).on('change', report).on('unlink', report);
    this.#watcher.on('error', (error) => console.error('praxis: file watcher error', error));
    this.#ready = new Promise((resolve) => this.#watcher.once('ready', () => resolve()));
  }

  /** Resolves once the initial scan is done and changes from now on are reported. */
  ready(): Promise<void> {
    return this.#ready;
  }

  close(): Promise<void> {
    return this.#watcher.close();
  }
}
