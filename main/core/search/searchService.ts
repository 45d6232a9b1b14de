/**
 * The search index of a vault as the app (or the CLI) uses it. All index work runs in a worker
 * thread; this object only reads notes from the {@link SearchSource} and talks to the worker, so
 * the thread that owns it stays responsive while a vault of ten thousand notes is indexed.
 *
 *     const search = SearchService.open({ indexDir: '<vault>/.praxis/index', source });
 *     const results = await search.search('procurement -draft', { page: 1 });  // at once
 *     await search.whenReady();          // every note indexed (loaded, refreshed or rebuilt)
 *     await search.upsert(doc, fp);      // searchable when this resolves
 *     await search.close();
 *
 * At open, a persisted index is loaded and refreshed: notes whose fingerprint changed are re-read,
 * missing ones dropped; a missing, outdated or corrupt index is rebuilt. Meanwhile `search`
 * answers from what is there and `status` says what is happening.
 */
import type { Worker } from 'node:worker_threads';
import type { RefreshSummary } from '../../../shared/api/searchMethods';
import type {
  IndexStatus,
  SearchOptions,
  SearchResults,
} from '../../../shared/search/searchResults';
import { createSearchWorker } from './createSearchWorker';
import type { SearchDocument } from './searchDocument';
import type { CompactionPolicy } from './searchEngine';
import type { SearchSource, SourceEntry, SourceNote } from './searchSource';
import { toSearchDocument } from './searchDocument';
import type {
  DocumentVersion,
  MentionCandidates,
  MentionCandidatesArgs,
  UnlinkedMentionsArgs,
  WorkerMentions,
  RequestMap,
  RequestType,
  WorkerMessage,
  WorkerStats,
} from './searchWorkerProtocol';

/** Same shape as the API's `task.progress` event payload. */
export interface SearchProgress {
  task: 'search.index';
  label: string;
  done: number;
  total: number;
}

export interface SearchServiceOptions {
  /** Where the index lives: `<vault>/.praxis/index`. */
  indexDir: string;
  source: SearchSource;
  onProgress?: (progress: SearchProgress) => void;
  /** Told about background problems (e.g. the index could not be saved); search goes on. */
  onError?: (message: string) => void;
  policy?: Partial<CompactionPolicy>;
  /** For tests and embedders; by default the bundled or TypeScript worker next to this file. */
  createWorker?: () => Worker;
}

export type { RefreshSummary };

/** Notes read in parallel (reading is latency-bound, not CPU-bound). */
const readConcurrency = 16;
/** A batch for the worker: this many notes or this many characters, whichever first. */
const batchNotes = 32;
const batchChars = 500_000;
/** Batches sent but not yet indexed: enough to keep the worker busy, bounded in memory. */
const maxBatchesInFlight = 2;
/**
 * A first build (nothing saved to answer from) makes the first notes it reads searchable at once
 * (the source lists the most recently updated first), this many or this much text: a small
 * share of the work, bounded in memory.
 */
const previewNotes = 200;
const previewChars = 400_000;

export class SearchServiceClosedError extends Error {
  override readonly name = 'SearchServiceClosedError';
  constructor() {
    super('The search index is closed.');
  }
}

export class SearchService {
  readonly #options: SearchServiceOptions;
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  #nextId = 1;
  #status: IndexStatus = { state: 'loading', done: 0, total: 0, notes: 0 };
  #closed = false;
  #failure: Error | null = null;
  readonly #ready: Promise<RefreshSummary>;
  #maintenance: Promise<unknown>;
  #lastRefresh: RefreshSummary | null = null;
  /**
   * Live changes (upsert, remove) by path, numbered, while notes are being read for the index: a
   * note read before a live change must not overwrite it when its batch is sent afterwards.
   */
  #changeCount = 0;
  readonly #changedAt = new Map<string, number>();
  #readingPasses = 0;

  private constructor(options: SearchServiceOptions) {
    this.#options = options;
    this.#worker = (options.createWorker ?? createSearchWorker)();
    this.#worker.on('message', (message: WorkerMessage) => this.#onMessage(message));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => {
      // After an 'error' the worker exits too: the error, not the exit, says what went wrong.
      if (!this.#closed && !this.#failure)
        this.#fail(new Error(`The search worker stopped unexpectedly (exit code ${code}).`));
    });
    this.#ready = this.#start();
    this.#maintenance = this.#ready.catch(() => undefined);
    // whenReady() reports failures; this keeps an unobserved one from crashing the process.
    this.#ready.catch(() => undefined);
  }

  /** Opens the index: returns at once; loading, refreshing or building go on in the background. */
  static open(options: SearchServiceOptions): SearchService {
    return new SearchService(options);
  }

  /** Resolves when every note is searchable; rejects if the index could not be opened. */
  whenReady(): Promise<RefreshSummary> {
    return this.#ready;
  }

  get status(): IndexStatus {
    return { ...this.#status };
  }

  /** How the index last became complete (at open, refresh or rebuild); null until it has. */
  get lastRefresh(): RefreshSummary | null {
    return this.#lastRefresh;
  }

  /** Why the index stopped working (its worker failed), or null. */
  get failure(): Error | null {
    return this.#failure;
  }

  #onMessage(message: WorkerMessage): void {
    if (message.kind === 'event') {
      if (message.type === 'error') this.#options.onError?.(message.message);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.ok) pending.resolve(message.value);
    else {
      const error = new Error(message.error.message);
      if (message.error.stack) error.stack = message.error.stack;
      pending.reject(error);
    }
  }

  #fail(error: Error): void {
    this.#failure = error;
    this.#status = { ...this.#status, state: 'closed' };
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  #request<T extends RequestType>(
    type: T,
    args: RequestMap[T]['args'],
  ): Promise<RequestMap[T]['result']> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#closed && type !== 'close') return Promise.reject(new SearchServiceClosedError());
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.postMessage({ id, type, args });
    });
  }

  #progress(label: string): void {
    const { done, total } = this.#status;
    this.#options.onProgress?.({ task: 'search.index', label, done, total });
  }

  async #start(): Promise<RefreshSummary> {
    const load = await this.#request('open', {
      indexDir: this.#options.indexDir,
      ...(this.#options.policy ? { policy: this.#options.policy } : {}),
    });
    if (load.status === 'loaded') {
      this.#options.source.loadedNotes?.(false);
      return this.#refresh();
    }
    const reason =
      load.status === 'missing'
        ? 'there was no saved index'
        : `the saved index was ${load.status}: ${load.reason}`;
    // The notes the vault's load reads are taken in as they come; only the rest is read after.
    const handedOver = this.#options.source.loadedNotes?.(true) ?? null;
    return this.#rebuild(null, reason, { preview: true, handedOver });
  }

  async #list(): Promise<SourceEntry[]> {
    const entries: SourceEntry[] = [];
    for await (const entry of this.#options.source.list()) entries.push(entry);
    return entries;
  }

  async #stats(): Promise<WorkerStats> {
    return this.#request('stats', {});
  }

  /** Compares the index with the vault and brings it up to date. */
  async #refresh(): Promise<RefreshSummary> {
    this.#status = { state: 'building', done: 0, total: 0, notes: (await this.#stats()).notes };
    const entries = await this.#list();
    const plan = await this.#request('reconcile', {
      entries: entries.map((e): [string, string] => [e.path, e.fingerprint]),
    });
    if (plan.rebuild) {
      // Listed again: notes created while the worker compared are in this list.
      return this.#rebuild(
        await this.#list(),
        `${plan.toRead.length} notes changed since it was saved`,
      );
    }
    this.#status = { ...this.#status, total: plan.toRead.length };
    const indexed = await this.#readAll(
      plan.toRead,
      (docs) => this.#request('upsert', { docs }),
      'Updating the search index',
    );
    this.#status = {
      state: 'ready',
      done: indexed,
      total: indexed,
      notes: (await this.#stats()).notes,
    };
    this.#progress('Search index up to date');
    return (this.#lastRefresh = { rebuilt: false, reason: null, indexed, removed: plan.removed });
  }

  /**
   * Builds the index anew: from `handedOver` first (notes read by someone else, as they come),
   * then from the notes of `entries` (listed now if null) it lacks, read here. With `preview`, the
   * first notes answer queries before the build is finished.
   */
  async #rebuild(
    entries: SourceEntry[] | null,
    reason: string,
    {
      preview = false,
      handedOver = null,
    }: { preview?: boolean; handedOver?: AsyncIterable<SourceNote[]> | null } = {},
  ): Promise<RefreshSummary> {
    this.#status = { ...this.#status, state: 'building', done: 0, total: entries?.length ?? 0 };
    await this.#request('beginRebuild', {});
    let previewed = { notes: 0, chars: 0 };
    const previewing = () =>
      preview && previewed.notes < previewNotes && previewed.chars < previewChars;
    const showEarly = (docs: DocumentVersion[]) => {
      previewed = docs.reduce(
        (sum, { doc }) => ({ notes: sum.notes + 1, chars: sum.chars + doc.body.length }),
        previewed,
      );
      // Best effort: the build itself reports any failure.
      this.#request('preview', { docs }).catch(() => undefined);
    };
    const build = (docs: DocumentVersion[]) => {
      if (previewing()) showEarly(docs);
      return this.#request('buildBatch', { docs });
    };
    const buildNotes = (notes: SourceNote[]) => {
      if (previewing())
        showEarly(
          notes.map(({ note, fingerprint }) => ({ doc: toSearchDocument(note), fingerprint })),
        );
      return this.#request('buildNotes', { notes });
    };
    const label = 'Indexing notes';
    let indexed = handedOver ? await this.#takeHandedOver(handedOver, buildNotes, label) : 0;
    const listed = entries ?? (await this.#list());
    // What the build has not got, or got in a version older than the vault's now, is read here.
    const plan = await this.#request('settleBuild', {
      entries: listed.map((e): [string, string] => [e.path, e.fingerprint]),
    });
    this.#status = { ...this.#status, total: indexed + plan.add.length + plan.replace.length };
    indexed += (await this.#readAll(plan.add, build, label)) - plan.left;
    // Notes already counted, in their newer version.
    await this.#readAll(plan.replace, (docs) => this.#request('upsert', { docs }), label);
    await this.#request('finishBuild', {});
    this.#status = {
      state: 'ready',
      done: indexed,
      total: indexed,
      notes: (await this.#stats()).notes,
    };
    this.#progress('Search index ready');
    return (this.#lastRefresh = { rebuilt: true, reason, indexed, removed: 0 });
  }

  /** Sends the handed-over notes to the build as they come, in batches like those read here. */
  async #takeHandedOver(
    handedOver: AsyncIterable<SourceNote[]>,
    send: (notes: SourceNote[]) => Promise<null>,
    label: string,
  ): Promise<number> {
    const batches = this.#batches(send, ({ note }) => note.body.length, label);
    let taken = 0;
    for await (const docs of handedOver) {
      if (this.#closed) break;
      this.#status = { ...this.#status, total: this.#status.total + docs.length };
      for (const version of docs) await batches.push(version);
      taken += docs.length;
    }
    await batches.end();
    return taken;
  }

  /**
   * Reads notes in parallel and hands them to the worker in batches, keeping a bounded number
   * of batches in flight: reading here overlaps with indexing there.
   */
  async #readAll(
    paths: string[],
    send: (docs: DocumentVersion[]) => Promise<null>,
    label: string,
  ): Promise<number> {
    if (paths.length === 0) return 0;
    this.#readingPasses++;
    try {
      return await this.#readPass(paths, send, label);
    } finally {
      if (--this.#readingPasses === 0) this.#changedAt.clear();
    }
  }

  async #readPass(
    paths: string[],
    send: (docs: DocumentVersion[]) => Promise<null>,
    label: string,
  ): Promise<number> {
    const batches = this.#batches(send, ({ doc }) => doc.body.length, label);
    let indexed = 0;
    for (let i = 0; i < paths.length; i += readConcurrency) {
      if (this.#closed) break;
      const readFrom = this.#changeCount;
      const versions = await Promise.all(
        paths
          .slice(i, i + readConcurrency)
          .map((p) => this.#options.source.read(p).catch(() => null)),
      );
      for (const version of versions) {
        if (!version) continue;
        // Changed live since this read began: the live change is as new or newer.
        if ((this.#changedAt.get(version.doc.path) ?? -1) >= readFrom) continue;
        await batches.push(version);
        indexed++;
      }
    }
    await batches.end();
    return indexed;
  }

  /**
   * Groups notes into batches for the worker (this many notes or this much text), keeping at
   * most {@link maxBatchesInFlight} sent and not yet indexed: enough to keep the worker busy,
   * bounded in memory.
   */
  #batches<T>(send: (items: T[]) => Promise<null>, chars: (item: T) => number, label: string) {
    const inFlight: Promise<null>[] = [];
    let batch: T[] = [];
    let batchSize = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const sent = batch.length;
      const sending = send(batch).then((v) => {
        this.#status = { ...this.#status, done: this.#status.done + sent };
        this.#progress(label);
        return v;
      });
      // Awaited below; until then a rejection (the service closed mid-build) must not count as
      // unhandled while the next notes are read.
      sending.catch(() => undefined);
      inFlight.push(sending);
      batch = [];
      batchSize = 0;
      if (inFlight.length >= maxBatchesInFlight) await inFlight.shift();
    };
    return {
      async push(item: T): Promise<void> {
        batch.push(item);
        batchSize += chars(item);
        if (batch.length >= batchNotes || batchSize >= batchChars) await flush();
      },
      async end(): Promise<void> {
        await flush();
        await Promise.all(inFlight);
      },
    };
  }

  /** Searches; works while the index is still loading or building (see `status`). */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const { notes, ...results } = await this.#request('search', { query, options });
    this.#status = { ...this.#status, notes };
    return { ...results, status: this.status };
  }

  /** A page of the notes that may mention `names` (see the worker's `mentionCandidates`). */
  mentionCandidates(args: MentionCandidatesArgs): Promise<MentionCandidates> {
    return this.#request('mentionCandidates', args);
  }

  /** Unlinked mentions found in the worker (see the worker's `unlinkedMentions`). */
  unlinkedMentions(args: UnlinkedMentionsArgs): Promise<WorkerMentions> {
    return this.#request('unlinkedMentions', args);
  }

  /** Indexes a created or changed note; resolves when it is searchable. */
  async upsert(doc: SearchDocument, fingerprint: string): Promise<void> {
    this.#noteLiveChange(doc.path);
    await this.#request('upsert', { docs: [{ doc, fingerprint }] });
  }

  #noteLiveChange(path: string): void {
    if (this.#readingPasses > 0) this.#changedAt.set(path, this.#changeCount++);
  }

  /** Removes a deleted note from search; resolves when it is gone from results. */
  async remove(path: string): Promise<void> {
    this.#noteLiveChange(path);
    await this.#request('remove', { paths: [path] });
  }

  /** A renamed or moved note: the old path goes, the new one comes, in one step. */
  async move(fromPath: string, doc: SearchDocument, fingerprint: string): Promise<void> {
    await Promise.all([this.remove(fromPath), this.upsert(doc, fingerprint)]);
  }

  /** Compares the index with the vault again (e.g. after files changed while Praxis was closed). */
  refresh(): Promise<RefreshSummary> {
    return this.#exclusive(() => this.#refresh());
  }

  /** Builds the whole index again from the vault. */
  rebuild(): Promise<RefreshSummary> {
    return this.#exclusive(async () =>
      this.#rebuild(await this.#list(), 'a rebuild was asked for'),
    );
  }

  /** Refreshes and rebuilds run one at a time, after the opening one. */
  #exclusive(task: () => Promise<RefreshSummary>): Promise<RefreshSummary> {
    const run = this.#maintenance.then(task, task);
    this.#maintenance = run.catch(() => undefined);
    return run;
  }

  /**
   * Waits for background work; with `compact`, first folds every change into a new saved main
   * segment (so the next start loads it instead of re-reading those notes).
   */
  async flush(options: { compact?: boolean } = {}): Promise<void> {
    await this.#request('flush', { compact: options.compact ?? false });
  }

  async stats(): Promise<WorkerStats> {
    return this.#stats();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      if (!this.#failure) await this.#request('close', {});
    } finally {
      this.#status = { ...this.#status, state: 'closed' };
      await this.#worker.terminate();
    }
  }
}
