/**
 * The search worker's side of the protocol: owns the SearchEngine, answers requests, and runs
 * long work (finishing a build, compaction, persisting) in slices in the background, so queries
 * and edits are never stuck behind it.
 */
import { mkdir } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import { namesAppearIn } from '../links/findMentions';
import { readNoteMentionsSync, type NoteMention } from '../links/noteMentions';
import { collectGarbage } from '../workers/collectGarbage';
import { loadLanguageDetector } from './languageDetector';
import { SearchEngine } from './searchEngine';
import { toSearchDocument } from './searchDocument';
import type {
  DocumentVersion,
  RequestMap,
  RequestType,
  SettlePlan,
  WorkerEvent,
  WorkerRequest,
  WorkerStats,
} from './searchWorkerProtocol';
import { runSliced } from './slicedTask';

/** A rebuild is cheaper than upserting when more than this share of notes changed. */
const rebuildShare = 0.3;
/** Edits are collected this long before a compaction starts. */
const compactionDelayMs = 1000;
/**
 * Requests that index notes: they need the language detector, whose data takes a moment to load
 * (it starts once the saved index is loaded, not before the first query it was waiting for).
 * All of them wait on the same promise, so they keep their order.
 */
const indexingRequests = new Set<RequestType>([
  'reconcile',
  'beginRebuild',
  'buildBatch',
  'buildNotes',
  'settleBuild',
  'finishBuild',
  'upsert',
  'preview',
  'remove',
]);

type Handler<T extends RequestType> = (
  args: RequestMap[T]['args'],
) => Promise<RequestMap[T]['result']> | RequestMap[T]['result'];

export class SearchWorkerHost {
  #engine: SearchEngine | null = null;
  #opened: Promise<unknown> | null = null;
  /** Build requests run one after the other (begin, batches, finish). */
  #buildChain: Promise<unknown> = Promise.resolve();
  /** The notes the running rebuild was given, with their fingerprints (for settleBuild). */
  #built = new Map<string, string>();
  /** Background work (compaction, persisting), one at a time. */
  #background: Promise<void> = Promise.resolve();
  #compactionTimer: NodeJS.Timeout | null = null;
  #closed = false;
  #detectorLoaded: Promise<void> | null = null;
  readonly #emit: (event: WorkerEvent) => void;

  constructor(emit: (event: WorkerEvent) => void) {
    this.#emit = emit;
  }

  get #ready(): SearchEngine {
    if (!this.#engine) throw new Error('The search index is not open.');
    return this.#engine;
  }

  async handle(request: WorkerRequest): Promise<unknown> {
    if (request.type === 'open') {
      // Set synchronously: requests that arrive while the index loads wait for it.
      const opening = this.#open(request.args);
      this.#opened = opening.catch(() => undefined);
      return opening;
    }
    if (this.#opened) await this.#opened;
    if (indexingRequests.has(request.type)) await this.#detectorReady();
    const handler = this.#handlers[request.type] as Handler<typeof request.type>;
    return handler(request.args as never);
  }

  async #open({
    indexDir,
    policy,
  }: RequestMap['open']['args']): Promise<RequestMap['open']['result']> {
    await mkdir(indexDir, { recursive: true });
    const engine = new SearchEngine({ indexDir, ...(policy ? { policy } : {}) });
    this.#engine = engine;
    const result = await engine.load();
    // The detector's data loads now, behind the queries that were waiting for the index, so it
    // is ready by the time notes need indexing (the vault is read meanwhile).
    setImmediate(() => void this.#detectorReady());
    if (result.status === 'loaded') {
      // Wildcard and fuzzy queries need the TokenSet: build it now, between requests.
      void this.#runInBackground(() =>
        runSliced(
          (function* () {
            while (!engine.warmUpStep(2000)) yield;
          })(),
        ),
      );
    }
    return result;
  }

  #detectorReady(): Promise<void> {
    this.#detectorLoaded ??= loadLanguageDetector().then(
      (detector) => {
        if (this.#engine) this.#engine.analyzer.detector = detector;
      },
      (error: unknown) => {
        // Notes are then indexed as English, as they were before detection existed.
        this.#emit({
          kind: 'event',
          type: 'error',
          message: `Language detection is unavailable: ${(error as Error).message}`,
        });
      },
    );
    return this.#detectorLoaded;
  }

  #runInBackground(task: () => Promise<void>): Promise<void> {
    const run = this.#background.then(task).catch((error: unknown) => {
      this.#emit({ kind: 'event', type: 'error', message: (error as Error).message });
    });
    this.#background = run;
    return run;
  }

  #scheduleCompaction(): void {
    const engine = this.#engine;
    if (!engine || this.#compactionTimer || this.#closed || !engine.needsCompaction()) return;
    this.#compactionTimer = setTimeout(() => {
      this.#compactionTimer = null;
      void this.#compactNow();
    }, compactionDelayMs);
  }

  #compactNow(force = false): Promise<void> {
    return this.#runInBackground(async () => {
      const engine = this.#engine;
      if (!engine || this.#closed || !engine.needsCompaction(force)) return;
      this.#emit({ kind: 'event', type: 'compaction', phase: 'started', notes: engine.noteCount });
      const textFile = await runSliced(engine.compact());
      if (textFile && !this.#closed) await this.#persistBuild(engine, textFile);
      this.#emit({ kind: 'event', type: 'compaction', phase: 'finished', notes: engine.noteCount });
    });
  }

  /**
   * Saves a finished build, then collects its garbage: the builder's buffers are dropped by
   * then, but they stay allocated, and the heap grown while building committed, until V8 runs a
   * full collection — in an idle worker, maybe never.
   */
  async #persistBuild(
    engine: SearchEngine,
    textFile: Parameters<SearchEngine['persist']>[0],
  ): Promise<void> {
    await engine.persist(textFile);
    collectGarbage();
  }

  #addToBuild(docs: DocumentVersion[]): Promise<null> {
    const next = this.#buildChain.then(() => {
      const engine = this.#ready;
      for (const { doc, fingerprint } of docs) {
        // A note given twice (read again meanwhile) is taken in as a change during the build.
        if (this.#built.has(doc.path)) engine.upsert(doc, fingerprint);
        else engine.addToBuild(doc, fingerprint);
        this.#built.set(doc.path, fingerprint);
      }
    });
    this.#buildChain = next;
    return next.then(() => null);
  }

  readonly #handlers: { [T in RequestType]: Handler<T> } = {
    open: (args) => this.#open(args),
    reconcile: ({ entries }) => {
      const engine = this.#ready;
      const known = engine.fingerprints();
      const toRead: string[] = [];
      const present = new Set<string>();
      for (const [path, fingerprint] of entries) {
        present.add(path);
        if (known.get(path) !== fingerprint) toRead.push(path);
      }
      let removed = 0;
      for (const path of known.keys()) {
        if (!present.has(path)) {
          engine.remove(path);
          removed++;
        }
      }
      const rebuild =
        !engine.hasMainSegment || toRead.length > Math.max(200, rebuildShare * entries.length);
      this.#scheduleCompaction();
      return { toRead, removed, rebuild };
    },
    beginRebuild: () => {
      const next = this.#buildChain.then(() => {
        this.#built = new Map();
        return this.#ready.beginRebuild();
      });
      this.#buildChain = next;
      return next.then(() => null);
    },
    buildBatch: ({ docs }) => this.#addToBuild(docs),
    buildNotes: ({ notes }) => {
      const docs: DocumentVersion[] = [];
      for (const { note, fingerprint } of notes) {
        try {
          docs.push({ doc: toSearchDocument(note), fingerprint });
        } catch {
          // Left out of the batch, not the build: settleBuild lists it to be read like any other.
        }
      }
      return this.#addToBuild(docs);
    },
    settleBuild: ({ entries }) => {
      const next = this.#buildChain.then(() => {
        const engine = this.#ready;
        const plan: SettlePlan = { add: [], replace: [], left: 0 };
        const listed = new Set<string>();
        for (const [path, fingerprint] of entries) {
          listed.add(path);
          const built = this.#built.get(path);
          if (built === undefined) plan.add.push(path);
          else if (built !== fingerprint) plan.replace.push(path);
        }
        // Deleted or renamed since it was read: left out when the build is swapped in.
        for (const path of this.#built.keys()) {
          if (listed.has(path)) continue;
          engine.remove(path);
          plan.left++;
        }
        return plan;
      });
      this.#buildChain = next;
      return next;
    },
    finishBuild: () => {
      const next = this.#buildChain.then(async () => {
        const engine = this.#ready;
        this.#built = new Map();
        const textFile = await runSliced(engine.finishBuild());
        if (textFile) void this.#runInBackground(() => this.#persistBuild(engine, textFile));
        this.#scheduleCompaction();
      });
      this.#buildChain = next;
      return next.then(() => null);
    },
    upsert: ({ docs }) => {
      const engine = this.#ready;
      for (const { doc, fingerprint } of docs) engine.upsert(doc, fingerprint);
      this.#scheduleCompaction();
      return null;
    },
    preview: ({ docs }) => {
      const engine = this.#ready;
      for (const { doc, fingerprint } of docs) engine.preview(doc, fingerprint);
      return null;
    },
    remove: ({ paths }) => {
      const engine = this.#ready;
      for (const path of paths) engine.remove(path);
      this.#scheduleCompaction();
      return null;
    },
    search: ({ query, options }) => {
      const engine = this.#ready;
      return { ...engine.search(query, options), notes: engine.noteCount };
    },
    mentionCandidates: ({ queries, names, from, limit, maxChecked }) =>
      this.#ready.rankedMatches(queries, {
        from,
        limit,
        maxChecked,
        ...(names.length > 0 && { accept: (body: string) => namesAppearIn(body, names) }),
      }),
    unlinkedMentions: (args) => {
      const { notes, searchable } = this.#ready.rankedNotes(args.queries);
      const mentions: NoteMention[] = [];
      const lookEnd = Math.min(notes.length, args.from + args.maxLooks);
      let reads = 0;
      let at = Math.max(0, args.from);
      for (; at < lookEnd && reads < args.maxReads && mentions.length <= args.limit; at++) {
        const note = notes[at]!;
        // The index's text first: most notes its words find do not hold the name as words.
        if (!namesAppearIn(note.plainBody(), args.keys)) continue;
        reads++;
        if (note.path === args.target || isTemplatePath(note.path)) continue;
        try {
          mentions.push(...(readNoteMentionsSync(args.root, note.path, args.keys) ?? []));
        } catch {
          // Removed since it was indexed, or now reached through a symbolic link: not listed.
        }
      }
      return { mentions, reads, next: at < notes.length ? at : null, searchable };
    },
    stats: () => {
      const engine = this.#ready;
      return {
        notes: engine.noteCount,
        delta: engine.deltaSize,
        tombstones: engine.tombstoneCount,
        building: engine.building,
        heap: workerHeap(),
      };
    },
    flush: async ({ compact }) => {
      await this.#buildChain;
      if (this.#compactionTimer) {
        clearTimeout(this.#compactionTimer);
        this.#compactionTimer = null;
      }
      if (compact) await this.#compactNow(true);
      await this.#background;
      return null;
    },
    close: async () => {
      this.#closed = true;
      if (this.#compactionTimer) clearTimeout(this.#compactionTimer);
      // A compaction in progress is abandoned: the persisted index plus a refresh at the next
      // start give the same result, and quitting must not wait for it.
      this.#engine?.abandonBuild();
      await this.#background;
      this.#engine?.close();
      return null;
    },
  };
}

function workerHeap(): WorkerStats['heap'] {
  const heap = getHeapStatistics();
  return { used: heap.used_heap_size, total: heap.total_heap_size, external: heap.external_memory };
}
