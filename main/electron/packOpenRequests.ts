import path from 'node:path';
import { PACK_EXTENSION } from '../../shared/packs/packManifest';

/**
 * The `.praxispack` file in a command line, or null: how Windows and Linux hand Praxis a file
 * the user double-clicked (`Praxis.exe C:\…\pack.praxispack`), at start and in a second instance
 * (whose `workingDirectory` a relative path is read against). Switches (`--inspect`,
 * `--foo=x.praxispack`) are never taken for files.
 */
export function packFileFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app's folder.
  const file = argv
    .slice(1)
    .findLast((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PACK_EXTENSION));
  return file === undefined ? null : path.resolve(cwd, file);
}

/**
 * Packs the OS asked to open, kept until the window takes them (`host.takeOpenRequests`): a
 * request that comes while the window is still starting waits for it rather than being lost.
 * `notify` tells the window one is waiting (a `packs.openRequested` event).
 */
export class PackOpenRequests {
  readonly #queue: string[] = [];
  readonly #notify: (file: string) => void;

  constructor(notify: (file: string) => void) {
    this.#notify = notify;
  }

  /** Queues an absolute path to a `.praxispack` (anything else is ignored). */
  add(file: string): void {
    if (!path.isAbsolute(file) || !file.toLowerCase().endsWith(PACK_EXTENSION)) return;
    if (!this.#queue.includes(file)) this.#queue.push(file);
    this.#notify(file);
  }

  take(): string[] {
    return this.#queue.splice(0);
  }
}
