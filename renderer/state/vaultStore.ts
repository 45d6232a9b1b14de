import type { NoteSummary } from '../../shared/api/noteSchemas';
import type { VaultInfo, VaultLoadProgress } from '../../shared/api/vaultMethods';
import { mergeListedNotes, type ListedNote } from '../../shared/notes/listedNote';
import type { ApiClient } from '../api/apiClient';

/** What the renderer knows about the vault as a whole: kept current by main's events. */
export interface VaultSnapshot {
  /** The first answer has arrived (the lists below may still be partial: see `loading`). */
  loaded: boolean;
  /**
   * While main is still reading the vault's notes (the window opens before): how far it is. The
   * lists hold the notes read so far and are fetched again when it ends.
   */
  loading: VaultLoadProgress | null;
  info: VaultInfo | null;
  /** Every note read, sorted by path. */
  notes: readonly NoteSummary[];
  byPath: ReadonlyMap<string, NoteSummary>;
  /**
   * Every note, sorted by path: those read and, while main still reads the vault, those found
   * and not read yet, by file name (`notes` itself once all are read). What the note tree and
   * the quick switcher list, so that they hold every note from the first second.
   */
  listed: readonly ListedNote[];
  /** While main still reads the vault: the notes found and not read yet, sorted by path. */
  unread: readonly string[];
  attachments: readonly string[];
}

const EMPTY: VaultSnapshot = {
  loaded: false,
  loading: null,
  info: null,
  notes: [],
  byPath: new Map(),
  listed: [],
  unread: [],
  attachments: [],
};

/**
 * While main still reads the notes, the lists are fetched again this often, so that the tree
 * and the switcher fill in as the load goes on (not at every progress step: a vault of 50,000
 * notes would send its list a hundred times).
 */
const LOADING_REFRESH_MS = 1500;

const byPath = (a: { path: string }, b: { path: string }) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/**
 * The list of notes and attachments, loaded once and then updated from `notes.changed` and
 * `attachments.changed` events (each carries the new summary), so that lists, autocomplete and
 * link resolution never need to reload the whole vault. Use it through `useVault()`.
 */
export class VaultStore {
  readonly #client: ApiClient;
  readonly #listeners = new Set<() => void>();
  #snapshot: VaultSnapshot = EMPTY;
  #stop: (() => void) | null = null;
  /** Answers to an older refresh than the latest are dropped (they may predate the load's end). */
  #refreshes = 0;
  #loadingTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(client: ApiClient) {
    this.#client = client;
  }

  /** Loads the vault and starts following changes. */
  async start(): Promise<void> {
    this.#stop ??= this.#client.onEvent((event) => {
      if (event.type === 'notes.changed') {
        const { path, summary } = event.payload;
        const map = new Map(this.#snapshot.byPath);
        if (summary) map.set(path, summary);
        else map.delete(path);
        const notes = [...map.values()].sort(byPath);
        const unread = this.#snapshot.unread.filter((p) => p !== path);
        this.#set({ byPath: map, notes, unread, listed: mergeListedNotes(notes, unread) });
      } else if (event.type === 'task.progress' && event.payload.task === 'vault.load') {
        const { done, total } = event.payload;
        if (this.#snapshot.loading) this.#set({ loading: { done, total } });
      } else if (event.type === 'vault.listed') {
        // Every note is now known by its path: list them all at once.
        this.refresh().catch(() => undefined);
      } else if (event.type === 'vault.loaded') {
        this.#set({ loading: null });
        this.refresh().catch(() => undefined);
      } else if (event.type === 'attachments.changed') {
        const { kind, path } = event.payload;
        const set = new Set(this.#snapshot.attachments);
        if (kind === 'added') set.add(path);
        else set.delete(path);
        this.#set({ attachments: [...set].sort() });
      }
    });
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const { api } = this.#client;
    const refresh = ++this.#refreshes;
    // Asked first: a note read between the two answers is then in both (and listed once as
    // read), never in neither.
    const unreadNow = await api['notes.listUnread']({});
    const [info, notes, attachments] = await Promise.all([
      api['vault.info']({}),
      api['notes.list']({}),
      api['attachments.list']({}),
    ]);
    if (refresh !== this.#refreshes) return;
    if (info.loading && this.#stop && this.#loadingTimer === null)
      this.#loadingTimer = setTimeout(() => {
        this.#loadingTimer = null;
        // A failed refresh keeps what is shown; the end of the load refreshes again.
        if (this.#snapshot.loading) this.refresh().catch(() => undefined);
      }, LOADING_REFRESH_MS);
    const map = new Map(notes.map((n) => [n.path, n]));
    const unread = unreadNow.filter((path) => !map.has(path));
    this.#set({
      loaded: true,
      loading: info.loading,
      info,
      notes,
      byPath: map,
      listed: mergeListedNotes(notes, unread),
      unread,
      attachments,
    });
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
    if (this.#loadingTimer !== null) clearTimeout(this.#loadingTimer);
    this.#loadingTimer = null;
  }

  getSnapshot = (): VaultSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #set(patch: Partial<VaultSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }
}
