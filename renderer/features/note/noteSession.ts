import { ApiError } from '../../../shared/api/apiError';
import type {
  FrontMatterPatch,
  Note,
  NoteEncoding,
  SaveConflict,
} from '../../../shared/api/noteSchemas';
import type { SaveState } from '../../state/activeNote';

/** What the session needs from the API (a subset of the client, so tests pass real-shaped fakes). */
export interface NoteSessionApi {
  save(args: {
    path: string;
    baseVersion: string;
    body: string;
    frontMatter?: FrontMatterPatch;
  }): Promise<Note>;
  /** The note as it is on disk now; null when it is not there. */
  read(path: string): Promise<Note | null>;
  /** Writes the note again at `path` (after it was deleted on disk). */
  recreate(args: { path: string; body: string; frontMatter: FrontMatterPatch }): Promise<Note>;
}

/** Unsaved text kept outside the vault until it is saved (see `draftStore.ts`). */
export interface DraftSink {
  put(path: string, draft: { body: string; baseVersion: string }): void;
  clear(path: string): void;
}

export interface NoteSessionOptions {
  api: NoteSessionApi;
  /** The note as read when it was opened. */
  note: Note;
  /** The body as it is in the editor now. */
  getBody(): string;
  /** Its length, if cheaper to know than the body (a different length is an edit, at no cost). */
  getBodyLength?(): number;
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Waits before retrying a failed save, the last one repeated. */
  retryDelaysMs?: readonly number[];
  drafts?: DraftSink;
  /** The save state, error or conflict changed. */
  onStateChange?(): void;
  /** A save wrote the note; `note` is the file as written. */
  onSaved?(note: Note): void;
  /** The file changed on disk and there were no local edits: show this text. */
  onReload?(note: Note): void;
}

/** Why a flush did not write the note. */
export class SaveBlockedError extends Error {
  override readonly name = 'SaveBlockedError';
}

export type DiskCheck = 'unchanged' | 'reloaded' | 'conflict';

const DEFAULT_RETRIES = [2_000, 5_000, 15_000, 30_000];

/**
 * The autosave of one open note: debounced saves that never overlap, `baseVersion` carried from
 * each save to the next, and outside changes told apart from the app's own. The text is never
 * dropped: a failed save keeps the state `error` and retries; a conflict (the file changed on
 * disk while there were edits here) stops saving until the user chooses what to keep.
 *
 * Every save and every check of the disk runs through one queue, so there is never more than one
 * request about this note in flight.
 *
 * @example
 * const session = new NoteSession({ api, note, getBody: () => view.state.doc.toString() });
 * view.onChange(() => session.edited());
 * await session.flush(); // before navigating away
 */
export class NoteSession {
  readonly #api: NoteSessionApi;
  readonly #options: NoteSessionOptions;
  readonly #delayMs: number;
  readonly #retries: readonly number[];

  #path: string;
  #baseVersion: string;
  /** The body as the file holds it (as far as this session knows). */
  #savedBody: string;
  /** Front matter of the file when last read or saved (to write it back after a deletion). */
  #frontMatter: Record<string, unknown> | null;
  #pendingFrontMatter: FrontMatterPatch = {};
  #frontMatterError: string | null;
  /** How the file is read; anything but `utf-8` makes the note read-only (see Note.encoding). */
  #encoding: NoteEncoding;
  /** Cached `#frontMatter` with the pending patch applied (a stable object between changes). */
  #effectiveFrontMatter: Record<string, unknown> | null;
  #state: SaveState = 'saved';
  #error: ApiError | null = null;
  #conflict: SaveConflict | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #failures = 0;
  #disposed = false;

  constructor(options: NoteSessionOptions) {
    this.#options = options;
    this.#api = options.api;
    this.#delayMs = options.delayMs ?? 600;
    this.#retries = options.retryDelaysMs ?? DEFAULT_RETRIES;
    this.#path = options.note.path;
    this.#baseVersion = options.note.version;
    this.#savedBody = options.note.body;
    this.#frontMatter = options.note.frontMatter;
    this.#frontMatterError = options.note.frontMatterError;
    this.#encoding = options.note.encoding;
    this.#effectiveFrontMatter = this.#frontMatter;
  }

  get path(): string {
    return this.#path;
  }
  get baseVersion(): string {
    return this.#baseVersion;
  }
  get state(): SaveState {
    return this.#state;
  }
  /** The last save error (state `error`). */
  get error(): ApiError | null {
    return this.#error;
  }
  /** Both texts, while the user has to choose (state `conflict`); `theirs` null if deleted. */
  get conflict(): SaveConflict | null {
    return this.#conflict;
  }
  /** The body as the file holds it, the common ancestor of both sides of a conflict. */
  get savedBody(): string {
    return this.#savedBody;
  }
  get pendingFrontMatter(): FrontMatterPatch {
    return this.#pendingFrontMatter;
  }
  /** The front matter as it will be once pending changes are saved. */
  get frontMatter(): Record<string, unknown> | null {
    return this.#effectiveFrontMatter;
  }
  /** Why the file's front matter could not be read, if it could not. */
  get frontMatterError(): string | null {
    return this.#frontMatterError;
  }
  /** How the file is read: anything but `utf-8` means it cannot be edited until converted. */
  get encoding(): NoteEncoding {
    return this.#encoding;
  }

  /** There are edits the file does not have yet. */
  get dirty(): boolean {
    if (Object.keys(this.#pendingFrontMatter).length > 0) return true;
    const length = this.#options.getBodyLength?.();
    if (length !== undefined && length !== this.#savedBody.length) return true;
    return this.#options.getBody() !== this.#savedBody;
  }

  /** The body changed in the editor: save once typing pauses. */
  edited(): void {
    if (this.#disposed) return;
    if (this.#state === 'conflict') return;
    if (!this.dirty) {
      this.#clearTimer();
      if (this.#state === 'unsaved') this.#setState('saved');
      return;
    }
    if (this.#state !== 'saving' && this.#state !== 'error') this.#setState('unsaved');
    this.#schedule(this.#delayMs);
  }

  /** Front-matter fields changed: saved with the next save (the sooner the better). */
  setFrontMatter(patch: FrontMatterPatch): void {
    this.#pendingFrontMatter = { ...this.#pendingFrontMatter, ...patch };
    this.#refreshFrontMatter();
    this.edited();
    this.#options.onStateChange?.();
  }

  /**
   * Saves pending edits now and resolves when the file holds them. Rejects (the text stays here)
   * when the save fails or a conflict waits for the user.
   */
  flush(): Promise<void> {
    this.#clearTimer();
    return this.#enqueue(() => this.#saveIfDirty());
  }

  /** Tries a failed save again now. */
  retry(): Promise<void> {
    this.#clearRetry();
    return this.flush();
  }

  /**
   * The file changed on disk (a `notes.changed` event): our own save, or another program's
   * edit. `version` is the one the event carries: once the saves queued before this check are
   * done, a version this session holds is its own save's echo, and nothing is read. Otherwise
   * reloads the view when there are no local edits, else reports a conflict.
   */
  diskChanged(version?: string | null): Promise<DiskCheck> {
    return this.#enqueue(async () => {
      if (this.#state === 'conflict') return 'conflict';
      if (version != null && version === this.#baseVersion) return 'unchanged';
      const note = await this.#api.read(this.#path);
      if (note !== null && note.version === this.#baseVersion) return 'unchanged';
      if (note !== null && !this.dirty) {
        this.#adopt(note);
        this.#options.onReload?.(note);
        return 'reloaded';
      }
      if (note === null && !this.dirty && this.#state === 'saved') {
        // Deleted outside with nothing unsaved here: still offer to write it back.
        this.#enterConflict({ path: this.#path, mine: this.#options.getBody(), theirs: null });
        return 'conflict';
      }
      this.#enterConflict({ path: this.#path, mine: this.#options.getBody(), theirs: note });
      return 'conflict';
    });
  }

  /** Shows both versions now (e.g. an unsaved draft from an earlier session that no longer fits). */
  startConflict(conflict: SaveConflict): void {
    this.#enterConflict(conflict);
  }

  /**
   * Ends a conflict: the file on disk is now the base (`theirs`); whatever the editor holds (mine,
   * theirs or a merge, set by the caller first) is saved if it differs from it.
   */
  resolveWith(theirs: Note): Promise<void> {
    this.#conflict = null;
    this.#adopt(theirs);
    this.#setState(this.dirty ? 'unsaved' : 'saved');
    return this.flush();
  }

  /** After the file was deleted on disk: writes the editor's text back at the same place. */
  recreate(): Promise<void> {
    return this.#enqueue(async () => {
      const frontMatter = {
        ...jsonFrontMatter(this.#frontMatter),
        ...this.#pendingFrontMatter,
      } as FrontMatterPatch;
      const body = this.#options.getBody();
      this.#setState('saving');
      try {
        const note = await this.#api.recreate({ path: this.#path, body, frontMatter });
        this.#conflict = null;
        this.#pendingFrontMatter = {};
        this.#adopt(note);
        this.#setState(this.dirty ? 'unsaved' : 'saved');
        this.#options.drafts?.clear(this.#path);
        this.#options.onSaved?.(note);
      } catch (error) {
        this.#state = 'conflict';
        this.#error = toApiError(error);
        this.#options.onStateChange?.();
        throw this.#error;
      }
    });
  }

  /** The note was moved (renamed) by this app: follow it to its new path and version. */
  moved(note: Note): void {
    this.#path = note.path;
    this.#adopt(note);
    this.#options.onStateChange?.();
  }

  /** This app rewrote the file outside a save (converted it to UTF-8): it is the base now. */
  replaced(note: Note): void {
    this.#adopt(note);
    this.#options.onStateChange?.();
  }

  /** Stops timers; pending edits should have been flushed first. */
  dispose(): void {
    this.#disposed = true;
    this.#clearTimer();
    this.#clearRetry();
  }

  #adopt(note: Note): void {
    this.#baseVersion = note.version;
    this.#savedBody = note.body;
    this.#frontMatter = note.frontMatter;
    this.#frontMatterError = note.frontMatterError;
    this.#encoding = note.encoding;
    this.#refreshFrontMatter();
  }

  #refreshFrontMatter(): void {
    if (Object.keys(this.#pendingFrontMatter).length === 0) {
      this.#effectiveFrontMatter = this.#frontMatter;
      return;
    }
    const next: Record<string, unknown> = { ...(this.#frontMatter ?? {}) };
    for (const [key, value] of Object.entries(this.#pendingFrontMatter)) {
      if (value === null) delete next[key];
      else next[key] = value;
    }
    this.#effectiveFrontMatter = next;
  }

  async #saveIfDirty(): Promise<void> {
    if (this.#state === 'conflict')
      throw new SaveBlockedError('The note changed on disk: choose which text to keep first.');
    if (!this.dirty) {
      if (this.#state !== 'saved') this.#setState('saved');
      return;
    }
    const body = this.#options.getBody();
    const frontMatter = this.#pendingFrontMatter;
    const hasFrontMatter = Object.keys(frontMatter).length > 0;
    this.#options.drafts?.put(this.#path, { body, baseVersion: this.#baseVersion });
    this.#setState('saving');
    let note: Note;
    try {
      note = await this.#api.save({
        path: this.#path,
        baseVersion: this.#baseVersion,
        body,
        ...(hasFrontMatter ? { frontMatter } : {}),
      });
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'CONFLICT') {
        const data = apiError.data as SaveConflict | undefined;
        this.#enterConflict({
          path: this.#path,
          mine: this.#options.getBody(),
          theirs: data?.theirs ?? null,
        });
      } else {
        this.#failures++;
        this.#error = apiError;
        this.#setState('error');
        this.#scheduleRetry();
      }
      throw apiError;
    }
    this.#failures = 0;
    this.#error = null;
    this.#clearRetry();
    this.#adopt(note);
    this.#savedBody = body;
    // Fields changed while the save was in flight stay pending.
    const pending = { ...this.#pendingFrontMatter };
    for (const [key, value] of Object.entries(frontMatter)) {
      if (pending[key] === value) delete pending[key];
    }
    this.#pendingFrontMatter = pending;
    this.#refreshFrontMatter();
    if (this.dirty) {
      this.#setState('unsaved');
      this.#schedule(this.#delayMs);
    } else {
      this.#options.drafts?.clear(this.#path);
      this.#setState('saved');
    }
    this.#options.onSaved?.(note);
  }

  #enterConflict(conflict: SaveConflict): void {
    this.#clearTimer();
    this.#clearRetry();
    this.#conflict = conflict;
    this.#options.drafts?.put(this.#path, {
      body: this.#options.getBody(),
      baseVersion: this.#baseVersion,
    });
    this.#setState('conflict');
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #schedule(ms: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      // Failures are shown through the state; the retry timer takes it from here.
      this.flush().catch(() => undefined);
    }, ms);
  }

  #scheduleRetry(): void {
    if (this.#disposed) return;
    this.#clearRetry();
    const delay = this.#retries[Math.min(this.#failures - 1, this.#retries.length - 1)]!;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.flush().catch(() => undefined);
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #clearRetry(): void {
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }

  #setState(state: SaveState): void {
    this.#state = state;
    if (state !== 'error') this.#error = null;
    this.#options.onStateChange?.();
  }
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
}

/** Front matter as read, reduced to what can travel as JSON (dates as ISO strings). */
function jsonFrontMatter(data: Record<string, unknown> | null): Record<string, unknown> {
  if (data === null) return {};
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}
