import { ApiError } from '../../shared/api/apiError';
import type { MethodName } from '../../shared/api/contract';
import type { VaultLoadProgress } from '../../shared/api/vaultMethods';

/**
 * The methods that act on the vault as a whole: they change many notes, or decide a change from
 * every note (which notes link here, which carry this tag, what an import would replace). While
 * the notes are still being read they wait for the load to finish, so that they never act on
 * part of the vault; the status bar shows how far the load is meanwhile. If the load failed they
 * refuse with its reason.
 *
 * Everything else answers at once from what is already read (lists, searches, backlinks, tags and
 * domains fill in as the load goes on and once more when it is done), and reading, creating and
 * saving single notes — today's journal entry included — work throughout: a note written while
 * the load runs is never replaced by what the load read before (NoteRepository).
 */
export const METHODS_WAITING_FOR_LOAD: ReadonlySet<MethodName> = new Set<MethodName>([
  // Rename or move a note, a folder, a tag or a domain: every link or mention is rewritten.
  'notes.movePreview',
  'notes.move',
  'notes.rename',
  'notes.delete',
  'folders.rename',
  'folders.delete',
  'tags.rename',
  'tags.merge',
  'domains.rename',
  'domains.merge',
  'domains.delete',
  'links.linkMention',
  'refactor.undo',
  // Packs: a selection, a preview or an import plan is made from every note.
  'packs.preview',
  'packs.export',
  'packs.exportHtml',
  'packs.plan',
  'packs.apply',
  'packs.undoImport',
  'packs.inbox.refresh',
  // The vault's history budget is a share of the size of every note.
  'history.restore',
]);

/** How far the initial read of the vault's notes is, and a way to wait for its end. */
export class VaultLoad {
  #progress: VaultLoadProgress | null = { done: 0, total: 0 };
  #failure: string | null = null;
  readonly #done: Promise<void>;
  #settle!: (failure: string | null) => void;
  #listed!: () => void;
  readonly #listedOnce: Promise<void>;

  constructor() {
    this.#listedOnce = new Promise<void>((resolve) => {
      this.#listed = resolve;
    });
    this.#done = new Promise<void>((resolve) => {
      this.#settle = (failure) => {
        this.#progress = null;
        this.#failure = failure;
        resolve();
      };
    });
  }

  /** Null once the load has ended (well or not). */
  get progress(): VaultLoadProgress | null {
    return this.#progress;
  }

  /** Why the load failed, if it did. */
  get failure(): string | null {
    return this.#failure;
  }

  /** The vault's files are listed: every note is known by its path (and listed), not yet read. */
  listed(total: number): void {
    this.report(0, total);
    this.#listed();
  }

  /** Resolves once every note is known by its path (or the load has ended, whichever is first). */
  whenListed(): Promise<void> {
    return Promise.race([this.#listedOnce, this.#done]);
  }

  report(done: number, total: number): void {
    if (this.#progress) this.#progress = { done, total };
  }

  finish(failure: string | null = null): void {
    this.#settle(failure);
  }

  /** Resolves when the load has ended; then throws if it failed. */
  async whenComplete(): Promise<void> {
    await this.#done;
    if (this.#failure !== null)
      throw new ApiError(
        'UNAVAILABLE',
        `The vault's notes could not all be read (${this.#failure}), so nothing that changes the vault as a whole is done. Open the vault again.`,
      );
  }
}

/** `handlers` with each of `methods` waiting for `load` before it runs. */
export function waitingForLoad<H extends Record<string, (args: never) => Promise<unknown>>>(
  handlers: H,
  load: VaultLoad,
  methods: ReadonlySet<string> = METHODS_WAITING_FOR_LOAD,
): H {
  const wrapped: Record<string, (args: never) => Promise<unknown>> = { ...handlers };
  for (const method of methods) {
    const handler = handlers[method];
    if (!handler) continue;
    wrapped[method] = async (args) => {
      await load.whenComplete();
      return handler(args);
    };
  }
  return wrapped as H;
}
