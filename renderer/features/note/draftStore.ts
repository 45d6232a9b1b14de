import type { DraftSink } from './noteSession';

export interface Draft {
  body: string;
  /** The file version the text was written over. */
  baseVersion: string;
  savedAt: string;
}

/**
 * Unsaved note text kept in the window's local storage until the file holds it: if the app is
 * closed, crashes or loses its connection to main before a save lands, the text is offered back
 * the next time the note opens. Keys are per vault; storage errors (quota, private mode) are
 * ignored, as this is the net under autosave, never the only copy.
 */
export class DraftStore implements DraftSink {
  readonly #storage: Storage | null;
  readonly #prefix: string;

  constructor(storage: Storage | null, vaultPath: string) {
    this.#storage = storage;
    this.#prefix = `praxis.draft:${vaultPath}:`;
  }

  put(path: string, draft: { body: string; baseVersion: string }): void {
    try {
      this.#storage?.setItem(
        this.#prefix + path,
        JSON.stringify({ ...draft, savedAt: new Date().toISOString() } satisfies Draft),
      );
    } catch {
      // Quota or disabled storage: autosave still runs, only the safety copy is missing.
    }
  }

  get(path: string): Draft | null {
    try {
      const raw = this.#storage?.getItem(this.#prefix + path);
      if (!raw) return null;
      const value = JSON.parse(raw) as Partial<Draft>;
      if (typeof value.body !== 'string' || typeof value.baseVersion !== 'string') return null;
      return { body: value.body, baseVersion: value.baseVersion, savedAt: value.savedAt ?? '' };
    } catch {
      return null;
    }
  }

  clear(path: string): void {
    try {
      this.#storage?.removeItem(this.#prefix + path);
    } catch {
      // See put().
    }
  }
}
