/**
 * Search as the core offers it: a {@link SearchService} fed by the note repository. Every change
 * the repository reports — a save, a new note, a rename, a deletion, an edit by another program —
 * is sent to the index as it happens, so it is searchable by the time the call that made it
 * returns. The vault's initial load is not re-indexed: the saved index is compared with the
 * repository's versions once the repository has read the vault, and only what differs is read.
 *
 *     const search = VaultSearch.open({ repository, indexDir, loaded, onProgress });
 *     await search.query('procurement -draft', { page: 1 });   // at once, from what is ready
 *     search.status();                                           // { state, done, total, … }
 *     await search.close();
 *
 * If the worker thread ever fails, search says so in `status().error` and `rebuild()` starts a
 * fresh one.
 */
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/api/apiError';
import type { SearchStatus } from '../../../shared/api/searchMethods';
import type { SearchOptions, SearchResults } from '../../../shared/search/searchResults';
import { redactPaths } from '../errors/redactPaths';
import type { NoteRepository, VaultChange } from '../vault/noteRepository';
import { createRepositorySearchSource } from './repositorySearchSource';
import { toSearchDocument } from './searchDocument';
import type { CompactionPolicy } from './searchEngine';
import type {
  MentionCandidates,
  MentionCandidatesArgs,
  UnlinkedMentionsArgs,
  WorkerMentions,
} from './searchWorkerProtocol';
import {
  SearchService,
  SearchServiceClosedError,
  type RefreshSummary,
  type SearchProgress,
} from './searchService';

export interface VaultSearchOptions {
  repository: NoteRepository;
  /** `<vault>/.praxis/index`. */
  indexDir: string;
  /** Resolves when the repository has read the vault (default: it already has). */
  loaded?: Promise<unknown>;
  /**
   * With no saved index, build it from the notes the load reads as they come (default true);
   * false: read every note again once the load is over (tests and the benchmark compare both).
   */
  searchFromLoad?: boolean;
  /** Progress of loading and indexing, at most every {@link progressIntervalMs} and at the end. */
  onProgress?: (progress: SearchProgress) => void;
  /** Background problems (an index that could not be saved, a change that could not be indexed). */
  onError?: (message: string) => void;
  policy?: Partial<CompactionPolicy>;
  createWorker?: () => Worker;
}

/** Where a vault's search index lives (rebuildable; never the only copy of anything). */
export const searchIndexDir = (vaultRoot: string): string =>
  path.join(vaultRoot, '.praxis', 'index');

/** Enough progress events for a smooth bar, few enough not to flood the window. */
export const progressIntervalMs = 100;

/**
 * Unlinked-mention answers kept (a few panels' worth), each of at most so many mentions: the
 * pages people go back to, in a few megabytes at most.
 */
const MENTION_ANSWERS = 64;
const MENTIONS_PER_ANSWER_KEPT = 64;

export class VaultSearch {
  readonly #options: VaultSearchOptions;
  #service: SearchService;
  readonly #unsubscribe: () => void;
  #closed = false;
  #lastProgress = 0;
  /**
   * Changes every time a note changes: when the change reaches the vault and again when the
   * index has taken it in (answers given in between may predate it).
   */
  #generation = 0;
  /** Note changes handed to the index and not yet taken in. */
  #pending = 0;
  /**
   * The worker's unlinked mentions by request, while no note changed since (each answer names
   * the versions of its notes): asking again about the same note costs nothing.
   */
  readonly #mentionAnswers = new Map<string, WorkerMentions>();

  private constructor(options: VaultSearchOptions) {
    this.#options = options;
    this.#service = this.#openService(options.loaded ?? Promise.resolve());
    this.#unsubscribe = options.repository.subscribe((change) => this.#follow(change));
  }

  /** Opens the index at once; loading, comparing or building go on in the background. */
  static open(options: VaultSearchOptions): VaultSearch {
    return new VaultSearch(options);
  }

  #openService(loaded: Promise<unknown>): SearchService {
    const { indexDir, policy, createWorker, onError } = this.#options;
    return SearchService.open({
      indexDir,
      source: createRepositorySearchSource(this.#options.repository, loaded, {
        handOver: this.#options.searchFromLoad ?? true,
      }),
      onProgress: (progress) => this.#progress(progress),
      ...(onError && { onError }),
      ...(policy && { policy }),
      ...(createWorker && { createWorker }),
    });
  }

  #progress(progress: SearchProgress): void {
    const now = performance.now();
    if (progress.done < progress.total && now - this.#lastProgress < progressIntervalMs) return;
    this.#lastProgress = now;
    this.#options.onProgress?.(progress);
  }

  #follow(change: VaultChange): void {
    // The initial load is compared with the saved index as a whole, once it is over.
    if (change.origin === 'load' || this.#closed) return;
    const service = this.#service;
    let indexing: Promise<void>;
    let notePath: string;
    switch (change.kind) {
      case 'note-set':
        notePath = change.note.summary.path;
        indexing = service.upsert(toSearchDocument(change.note), change.note.version);
        break;
      case 'note-removed':
        notePath = change.path;
        indexing = service.remove(change.path);
        break;
      case 'attachment-added':
      case 'attachment-removed':
        return;
      default: {
        const unknown: never = change;
        throw new Error(`Unknown vault change ${JSON.stringify(unknown)}`);
      }
    }
    this.#changed();
    this.#pending++;
    const settled = () => {
      this.#pending--;
      this.#changed();
    };
    indexing.then(settled, settled);
    indexing.catch((error: unknown) => {
      if (error instanceof SearchServiceClosedError || service.failure) return; // in status
      this.#options.onError?.(
        `Search could not take in the change to ${notePath}: ${(error as Error).message}`,
      );
    });
  }

  #changed(): void {
    this.#generation++;
    this.#mentionAnswers.clear();
  }

  /** The vault the index belongs to (`<vault>/.praxis/index`). */
  get #vaultRoot(): string {
    return path.dirname(path.dirname(this.#options.indexDir));
  }

  /** Searches; answers while the index loads or builds, from what is ready (see `status`). */
  async query(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    this.#assertWorking();
    return this.#service.search(query, options);
  }

  /**
   * A page of the notes that may mention `names` (phrase `queries` for their words), best
   * first, each checked against its indexed text (see SearchEngine.rankedMatches); null until
   * every note is searchable (the caller then reads the notes itself rather than miss those not
   * indexed yet).
   */
  async mentionCandidates(args: MentionCandidatesArgs): Promise<MentionCandidates | null> {
    this.#assertWorking();
    if (this.#service.status.state !== 'ready') return null;
    return this.#service.mentionCandidates(args);
  }

  /**
   * Unlinked mentions the worker finds itself, walking the index's ranking (see the worker's
   * `unlinkedMentions`); null until every note is searchable, like `mentionCandidates`.
   */
  async unlinkedMentions(args: UnlinkedMentionsArgs): Promise<WorkerMentions | null> {
    this.#assertWorking();
    if (this.#service.status.state !== 'ready') return null;
    const key = JSON.stringify(args);
    const cached = this.#mentionAnswers.get(key);
    if (cached) return cached;
    const generation = this.#generation;
    const settled = this.#pending === 0;
    const answer = await this.#service.unlinkedMentions(args);
    const keep = answer.mentions.length <= MENTIONS_PER_ANSWER_KEPT;
    if (
      keep &&
      settled &&
      generation === this.#generation &&
      this.#service.status.state === 'ready'
    ) {
      if (this.#mentionAnswers.size >= MENTION_ANSWERS) {
        this.#mentionAnswers.delete(this.#mentionAnswers.keys().next().value!);
      }
      this.#mentionAnswers.set(key, answer);
    }
    return answer;
  }

  status(): SearchStatus {
    const service = this.#service;
    return {
      ...service.status,
      lastRefresh: service.lastRefresh,
      // Shown to the user: vault-relative paths only (the full error is in the log).
      error: service.failure
        ? `Search stopped: ${redactPaths(service.failure.message, [this.#vaultRoot])} ` +
          'Rebuild the search index to start it again.'
        : null,
    };
  }

  /** Resolves when every note is searchable (how: loaded and compared, or rebuilt). */
  whenReady(): Promise<RefreshSummary> {
    return this.#service.whenReady();
  }

  /**
   * Builds the index again from the notes; after a failure, in a fresh worker. Search answers
   * from the old index meanwhile.
   */
  async rebuild(): Promise<RefreshSummary> {
    if (this.#closed) throw new ApiError('UNAVAILABLE', 'The vault is closed.');
    this.#changed();
    try {
      return await this.#rebuild();
    } finally {
      this.#changed();
    }
  }

  async #rebuild(): Promise<RefreshSummary> {
    const failed = this.#service;
    if (!failed.failure) return failed.rebuild();
    this.#service = this.#openService(Promise.resolve());
    await failed.close().catch(() => undefined);
    const opened = await this.#service.whenReady();
    // The saved index may be what made it fail: build from the notes if it was loaded.
    return opened.rebuilt ? opened : this.#service.rebuild();
  }

  /** Waits for background work; with `compact`, saves every change in a new main segment. */
  flush(options: { compact?: boolean } = {}): Promise<void> {
    return this.#service.flush(options);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#unsubscribe();
    await this.#service.close();
  }

  #assertWorking(): void {
    if (this.#closed) throw new ApiError('UNAVAILABLE', 'The vault is closed.');
    const { error } = this.status();
    if (error) throw new ApiError('UNAVAILABLE', error);
  }
}
