import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/api/apiError';
import type {
  FrontMatterPatch,
  Note,
  NoteEncoding,
  NoteSummary,
  SaveConflict,
  TrashEntry,
} from '../../../shared/api/noteSchemas';
import { DEFAULT_NOTE_TYPE } from '../../../shared/notes/noteTypes';
import type { HistoryCause } from '../../../shared/api/historyMethods';
import type { HistoryRecorder } from '../history/historyRecorder';
import { FileChangedError, readOnDisk, writeFileAtomic } from './atomicWrite';
import { compactSummary } from './compactSummary';
import { commitFileOperations, type FileOperation, type TransactionIo } from './fileTransaction';
import { composeNote, splitFrontMatter, type FrontMatterChanges } from './frontMatter';
import {
  cachesText,
  isPlainJson,
  keptNote,
  readNoteCache,
  writeNoteCache,
  type CachedNote,
  type KeptNote,
} from './noteCache';
import { parseNoteFile, readNoFollow, type NoteContent } from './noteFile';
import type { NoteLoadBatch, NoteLoadJob } from './noteLoadWorker';
import { startWorker } from '../workers/startWorker';
import { NoteTrash } from './noteTrash';
import { mapLimit, scanVaultFiles } from './vaultScanner';
import {
  assertNoteName,
  isIgnoredPath,
  isNotePath,
  joinVaultPath,
  parseFolder,
  parseNotePath,
  parseVaultPath,
  resolveInsideVault,
} from './vaultPaths';

export { parseNoteFile, type NoteContent } from './noteFile';

/** A note file as it is on disk: its bytes, and its text as the repository reads it. */
export interface RawNote {
  raw: string;
  bytes: Buffer;
  version: string;
  encoding: NoteEncoding;
}

/** Where a change came from: Praxis itself, another program, or the initial load of the vault. */
export type ChangeOrigin = 'app' | 'external' | 'load';

export type VaultChange =
  | {
      kind: 'note-set';
      note: NoteContent;
      previous: NoteSummary | null;
      origin: ChangeOrigin;
      /** Taken from the note cache at load: its body is empty unless the cache kept it. */
      fromCache?: true;
    }
  | { kind: 'note-removed'; path: string; previous: NoteSummary; origin: ChangeOrigin }
  | { kind: 'attachment-added' | 'attachment-removed'; path: string; origin: ChangeOrigin };

export type VaultChangeListener = (change: VaultChange) => void;

interface NoteEntry {
  summary: NoteSummary;
  version: string;
}

export interface CreateNoteArgs {
  folder: string;
  name: string;
  body: string;
  frontMatter?: FrontMatterPatch | undefined;
}

export interface SaveNoteArgs {
  path: string;
  baseVersion: string;
  body: string;
  frontMatter?: FrontMatterPatch | undefined;
}

/** Why a note that is not UTF-8 cannot be changed, for messages that refuse it. */
export function notUtf8Message(rel: string): string {
  return `"${rel}" is not UTF-8 text, so Praxis shows it read-only and leaves its bytes exactly as they are. Convert it to UTF-8 first (the "Convert to UTF-8" button above the note).`;
}

/**
 * The note cache (`.praxis/notes-cache.json`): what `load` learnt from each file, so that the next
 * start reads only the files whose size or modification time changed.
 */
export interface NoteCacheOptions {
  file: string;
  /** Write the cache after loading (false: use it, change nothing on disk). */
  write: boolean;
}

export interface NoteRepositoryOptions {
  io?: TransactionIo;
  /**
   * From this many notes, `load` reads and parses them in a worker thread (default
   * {@link LOAD_WORKER_FROM}; tests lower it to check that both ways give the same notes).
   */
  loadWorkerFrom?: number;
  cache?: NoteCacheOptions;
  /** Keeps each note's earlier text before it is replaced (main/core/history). */
  history?: HistoryRecorder;
  /**
   * Tests only: awaited by `load` between reading a note and recording it, so that a test can
   * hold the load there and act while it runs (vaults loaded on the calling thread, below
   * {@link LOAD_WORKER_FROM} notes).
   */
  beforeLoadRecords?: (rel: string) => Promise<void>;
}

/**
 * Below this many notes a vault loads faster on the calling thread than with a worker to start
 * (measured: 51,968 notes load in half the time in a worker; 7,424 in less time without one).
 */
export const LOAD_WORKER_FROM = 10_000;
/** About the shortest a cache entry is (its version alone is 43 characters, its date 24). */
const MIN_CACHE_ENTRY_BYTES = 300;

/** The load worker thread, and what it says if it fails or stops before its job is done. */
interface LoadWorker {
  thread: Worker;
  stopped: Promise<Error>;
}

/** What `load` does with each note: found unchanged in the cache, read and parsed, or failed. */
interface LoadOutcomes {
  unchanged(rel: string, entry: CachedNote): void;
  read(note: NoteContent, file: { size: number; mtimeMs: number }): void;
  failed(rel: string, error: string): void;
}

/**
 * The notes of one vault: the markdown files are the source of truth, and this keeps a summary of
 * each in memory (not the text) so listing is instant. Every write is atomic and serialised;
 * subscribers (link graph, search index…) hear about every change with the note's text, whoever
 * made it.
 */
export class NoteRepository {
  readonly realRoot: string;
  readonly #entries = new Map<string, NoteEntry>();
  readonly #attachments = new Set<string>();
  readonly #listeners = new Set<VaultChangeListener>();
  readonly #trash: NoteTrash;
  readonly #io: TransactionIo | undefined;
  readonly #cache: NoteCacheOptions | undefined;
  /** The cache entry of each note as last read from disk (none once Praxis changes it). */
  readonly #cached = new Map<string, KeptNote>();
  #cacheDirty = false;
  readonly #history: HistoryRecorder | undefined;
  readonly #loadWorkerFrom: number;
  readonly #beforeLoadRecords: ((rel: string) => Promise<void>) | undefined;
  /** Serialises writes, so that two saves or a save and a rename never interleave. */
  #queue: Promise<unknown> = Promise.resolve();
  /**
   * Counts the starts and ends of exclusive tasks. A read made outside them (the search index
   * reading notes, a note opened) that overlapped one may have seen a change half-made (a
   * transaction between its renames and its rollback): it returns what it read but does not
   * record it as the note's state; the task records what it did itself.
   */
  #exclusiveTurns = 0;
  /**
   * While `load` runs: the notes Praxis wrote, removed or read afresh meanwhile. What the load
   * read of them is older than what the repository now holds, so it is dropped, never recorded.
   */
  #settledDuringLoad: Set<string> | null = null;
  /**
   * While `load` runs, once its scan has listed the vault: the notes found and not read yet. They
   * are listed by file name meanwhile (`unreadNotes`), so that the note tree and the quick
   * switcher hold every note long before the last one is read. Null before the scan and after.
   */
  #unread: Set<string> | null = null;
  /** Files found during load that could not be read, with the reason. */
  readonly unreadable: { path: string; error: string }[] = [];

  constructor(realRoot: string, options: NoteRepositoryOptions = {}) {
    this.realRoot = realRoot;
    this.#trash = new NoteTrash(realRoot);
    this.#io = options.io;
    this.#cache = options.cache;
    this.#history = options.history;
    this.#loadWorkerFrom = options.loadWorkerFrom ?? LOAD_WORKER_FROM;
    this.#beforeLoadRecords = options.beforeLoadRecords;
  }

  subscribe(listener: VaultChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Reads every note of the vault, telling subscribers about each (origin `load`). With a cache,
   * a note whose file has the size and modification time cached is taken from the cache (its
   * body empty unless the cache kept it); the others are read, and the cache is rewritten.
   * `onListed` is called once the files are listed, before any is read (see `unreadNotes`).
   */
  async load(
    onProgress?: (done: number, total: number) => void,
    onListed?: (total: number) => void,
  ): Promise<void> {
    this.#settledDuringLoad = new Set();
    try {
      await this.#load(onProgress, onListed);
    } finally {
      this.#settledDuringLoad = null;
      this.#unread = null;
    }
  }

  async #load(
    onProgress?: (done: number, total: number) => void,
    onListed?: (total: number) => void,
  ): Promise<void> {
    // A cache of many notes says the vault is big: the worker starts while the cache is read.
    let worker = (await this.#cacheHoldsMany()) ? this.#startLoadWorker() : undefined;
    const [files, cached] = await Promise.all([
      // Every note is listed as soon as it is found, before the cache is read.
      scanVaultFiles(this.realRoot).then((found) => {
        this.#unread = new Set(found.notes);
        onListed?.(found.notes.length);
        return found;
      }),
      this.#cache ? readNoteCache(this.#cache.file) : new Map<string, CachedNote>(),
    ]);
    for (const attachment of files.attachments) {
      this.#attachments.add(attachment);
      this.#emit({ kind: 'attachment-added', path: attachment, origin: 'load' });
    }
    let done = 0;
    let hits = 0;
    const total = files.notes.length;
    const found: LoadOutcomes = {
      unchanged: (rel, entry) => {
        hits++;
        entry.summary = compactSummary(entry.summary);
        this.#cached.set(rel, keptNote(entry));
        this.#set(fromCache(entry), 'load', true);
        this.#unread?.delete(rel);
        onProgress?.(++done, total);
      },
      read: (note, file) => {
        note.summary = compactSummary(note.summary);
        this.#set(note, 'load');
        this.#remember(note, file);
        this.#unread?.delete(note.summary.path);
        onProgress?.(++done, total);
      },
      failed: (rel, error) => {
        this.unreadable.push({ path: rel, error });
        this.#unread?.delete(rel);
        onProgress?.(++done, total);
      },
    };
    if (total >= this.#loadWorkerFrom) worker ??= this.#startLoadWorker();
    else if (worker && !(worker instanceof Error)) await worker.thread.terminate();
    const left = worker
      ? await this.#loadInWorker(worker, files.notes, cached, found)
      : files.notes;
    await this.#loadHere(left, cached, found);
    if (hits !== cached.size || hits !== this.#entries.size) this.#cacheDirty = true;
    if (this.#cache?.write) await this.saveCache();
  }

  /** Reads the notes `rels` on this thread (a small vault: a worker would not pay for itself). */
  async #loadHere(
    rels: readonly string[],
    cached: ReadonlyMap<string, CachedNote>,
    found: LoadOutcomes,
  ): Promise<void> {
    await mapLimit(rels, 32, async (rel) => {
      try {
        // The scan followed no symbolic link to find `rel`, and the file is opened without
        // following one: no per-file walk of its folders is needed here.
        const abs = path.join(this.realRoot, ...rel.split('/'));
        const entry = cached.get(rel);
        if (entry && (await this.#unchanged(abs, entry))) {
          await this.#beforeLoadRecords?.(rel);
          return found.unchanged(rel, entry);
        }
        const file = await readNoFollow(abs, rel);
        await this.#beforeLoadRecords?.(rel);
        // Without the raw text, which nothing keeps (as the worker sends notes).
        const { raw: _raw, ...note } = parseNoteFile(rel, file.bytes, file.mtime);
        found.read(note, file);
      } catch (error) {
        found.failed(rel, (error as Error).message);
      }
    });
  }

  /**
   * Reads the notes `rels` in a worker thread (noteLoadWorker.ts), taking in its batches as they
   * come: the stats, reads and parsing there, the subscribers (link graph, journal…) here, both
   * at once. Returns the notes it did not get to if the worker failed (read here instead).
   */
  async #loadInWorker(
    worker: LoadWorker | Error,
    rels: readonly string[],
    cached: ReadonlyMap<string, CachedNote>,
    found: LoadOutcomes,
  ): Promise<readonly string[]> {
    const job: NoteLoadJob = {
      root: this.realRoot,
      paths: [...rels],
      cachedSize: new Float64Array(rels.length).fill(NaN),
      cachedMtimeMs: new Float64Array(rels.length).fill(NaN),
    };
    rels.forEach((rel, index) => {
      const entry = cached.get(rel);
      if (entry) {
        job.cachedSize[index] = entry.size;
        job.cachedMtimeMs[index] = entry.mtimeMs;
      }
    });
    const handled = new Uint8Array(rels.length);
    try {
      if (worker instanceof Error) throw worker;
      const { thread, stopped } = worker;
      await new Promise<void>((resolve, reject) => {
        stopped.then(reject, reject);
        thread.on('message', (batch: NoteLoadBatch) => {
          for (const index of batch.unchanged) {
            handled[index] = 1;
            found.unchanged(rels[index]!, cached.get(rels[index]!)!);
          }
          for (const { index, note, size, mtimeMs } of batch.read) {
            handled[index] = 1;
            found.read(note, { size, mtimeMs });
          }
          for (const { index, error } of batch.failed) {
            handled[index] = 1;
            found.failed(rels[index]!, error);
          }
          if (batch.done) resolve();
        });
        thread.postMessage(job);
      });
      return [];
    } catch (error) {
      console.error('praxis: the note loader failed; reading the rest here', error);
      return rels.filter((_, index) => handled[index] === 0);
    } finally {
      if (!(worker instanceof Error)) await worker.thread.terminate();
    }
  }

  /** The load worker, or why it could not start (the notes are then read on this thread). */
  #startLoadWorker(): LoadWorker | Error {
    try {
      const thread = startWorker(import.meta.url, 'noteLoadWorker');
      // Listened to from the start: a worker may fail while it starts, before it has a job.
      const stopped = new Promise<Error>((resolve) => {
        thread.once('error', resolve);
        thread.once('exit', (code) =>
          resolve(new Error(`The note loader stopped unexpectedly (exit code ${code}).`)),
        );
      });
      return { thread, stopped };
    } catch (error) {
      return error as Error;
    }
  }

  /** Whether the cache file is big enough to hold {@link LOAD_WORKER_FROM} notes. */
  async #cacheHoldsMany(): Promise<boolean> {
    if (!this.#cache || this.#loadWorkerFrom === Infinity) return false;
    const stat = await fs.stat(this.#cache.file).catch(() => null);
    return stat !== null && stat.size >= this.#loadWorkerFrom * MIN_CACHE_ENTRY_BYTES;
  }

  /** Writes the note cache if it changed since it was read or last written. */
  async saveCache(): Promise<void> {
    if (!this.#cache?.write || !this.#cacheDirty) return;
    this.#cacheDirty = false;
    await writeNoteCache(this.#cache.file, this.#cached);
  }

  async #unchanged(abs: string, entry: { size: number; mtimeMs: number }): Promise<boolean> {
    const stat = await fs.lstat(abs).catch(() => null);
    return (
      stat !== null && stat.isFile() && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs
    );
  }

  /** Keeps what was just read from disk for the cache (front matter JSON cannot hold is not). */
  #remember(note: NoteContent, file: { size: number; mtimeMs: number }): void {
    this.#cacheDirty = true;
    if (this.#settledDuringLoad?.has(note.summary.path)) return;
    if (!this.#cache || !isPlainJson(note.frontMatter)) return;
    this.#cached.set(note.summary.path, {
      size: file.size,
      mtimeMs: file.mtimeMs,
      version: note.version,
      encoding: note.encoding,
      summary: note.summary,
      bodyStartLine: note.bodyStartLine,
      body: cachesText(note.summary, note.body) ? note.body : null,
      frontMatterError: note.frontMatterError,
      frontMatterJson: note.frontMatter === null ? 'null' : JSON.stringify(note.frontMatter),
    });
  }

  list(): NoteSummary[] {
    return [...this.#entries.values()]
      .map((e) => e.summary)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /**
   * While the vault loads: the notes its scan found that are neither read yet nor in `list()`
   * (sorted); empty before the scan and once the load has ended.
   */
  unreadNotes(): string[] {
    if (!this.#unread) return [];
    // In the scan's order, which is sorted: deleting from a set keeps the others' order.
    return [...this.#unread].filter((rel) => !this.#entries.has(rel));
  }

  attachments(): string[] {
    return [...this.#attachments].sort();
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The summary of a note, or undefined. */
  summary(rel: string): NoteSummary | undefined {
    return this.#entries.get(rel)?.summary;
  }

  has(rel: string): boolean {
    return this.#entries.has(rel);
  }

  /** The version of a note as last read or written (what `read` would return if unchanged). */
  versionOf(rel: string): string | undefined {
    return this.#entries.get(rel)?.version;
  }

  /** Reads a note from disk (the source of truth), catching up with any outside edit on the way. */
  async read(pathArg: string): Promise<Note> {
    const rel = parseNotePath(pathArg);
    const current = await this.#readNote(rel, { quietOnly: true });
    if (!current) throw new ApiError('NOT_FOUND', `There is no note "${rel}".`);
    // The text the person now sees: if another program replaces it, the history can keep it.
    await this.#toHistory((h) => h.remember(current.bytes));
    return toNote(current.note);
  }

  /**
   * Reads a note from disk like {@link read}, for programs rather than people (the search index
   * reading every note): what it reads is not kept in the note history, which keeps the texts a
   * person had in front of them. Null if there is no such note.
   */
  async readForIndex(pathArg: string): Promise<Note | null> {
    const current = await this.#readNote(parseNotePath(pathArg), { quietOnly: true });
    return current ? toNote(current.note) : null;
  }

  /**
   * A note's file as it is on disk now: its bytes, its text and version. Check `encoding` before
   * writing a change made from `raw`: a note that is not UTF-8 must keep its bytes.
   */
  async readRaw(rel: string): Promise<RawNote> {
    const current = await this.#readNote(rel, { quietOnly: true });
    if (!current) throw new ApiError('NOT_FOUND', `There is no note "${rel}".`);
    return {
      raw: current.raw,
      bytes: current.bytes,
      version: current.note.version,
      encoding: current.note.encoding,
    };
  }

  create(args: CreateNoteArgs): Promise<Note> {
    return this.#exclusive(async () => {
      assertNoteName(args.name);
      const folder = parseFolder(args.folder);
      const rel = joinVaultPath(folder, `${args.name}.md`);
      if (this.#entries.has(rel))
        throw new ApiError(
          'EXISTS',
          `A note named "${args.name}" already exists${folder ? ` in ${folder}` : ''}.`,
        );
      const now = new Date().toISOString();
      const changes: FrontMatterChanges = {
        id: randomUUID(),
        type: DEFAULT_NOTE_TYPE,
        ...withoutNulls(args.frontMatter ?? {}),
        created: now,
        updated: now,
      };
      const raw = composeNote(splitFrontMatter(''), args.body, changes);
      await this.#commit([{ kind: 'write', path: rel, content: raw, expectedVersion: null }]);
      const note = parseNoteFile(rel, raw, new Date());
      this.#set(note, 'app');
      return toNote(note);
    });
  }

  /**
   * Saves a note the editor started from `baseVersion`. If the file changed on disk since, nothing
   * is written: CONFLICT carries the text on disk and the text being saved.
   */
  save(args: SaveNoteArgs): Promise<Note> {
    return this.#exclusive(async () => {
      const rel = parseNotePath(args.path);
      const abs = await resolveInsideVault(this.realRoot, rel);
      const current = await this.#readNote(rel);
      if (!current || current.note.version !== args.baseVersion)
        throw saveConflict(rel, args.body, current?.note ?? null);
      if (current.note.encoding !== 'utf-8') throw new ApiError('INVALID', notUtf8Message(rel));
      const split = splitFrontMatter(current.raw);
      const now = new Date();
      const changes: FrontMatterChanges = {
        ...(args.frontMatter ?? {}),
        updated: now.toISOString(),
      };
      if (split.data?.id === undefined) changes.id = randomUUID();
      if (split.data?.created === undefined)
        changes.created = await this.#createdFromFile(abs, now);
      const raw = composeNote(split, args.body, changes);
      await this.#toHistory((h) => h.keep(rel, current.bytes, { kind: 'edit' }));
      await this.#replace(rel, abs, raw, current.note.version, args.body);
      await this.#toHistory((h) => h.remember(Buffer.from(raw)));
      const note = parseNoteFile(rel, raw, now);
      this.#set(note, 'app');
      return toNote(note);
    });
  }

  /**
   * Rewrites a note that is not UTF-8 as UTF-8, from the text Praxis shows for it (see
   * noteEncoding.ts for how the source encoding is chosen). The original bytes are kept in the
   * trash, so the conversion can be undone by restoring them. Like a save: CONFLICT if the file
   * changed since `baseVersion`. A note that already is UTF-8 is returned as it is.
   */
  convertToUtf8(args: { path: string; baseVersion: string }): Promise<Note> {
    return this.#exclusive(async () => {
      const rel = parseNotePath(args.path);
      const abs = await resolveInsideVault(this.realRoot, rel);
      const current = await this.#readNote(rel);
      if (!current || current.note.version !== args.baseVersion)
        throw new ApiError(
          'CONFLICT',
          `"${rel}" was changed by another program since you opened it, so it was not converted. Open it again to see its text now.`,
        );
      if (current.note.encoding === 'utf-8') return toNote(current.note);
      const kept = await this.#trash.keepCopy(current.bytes, rel, current.note.summary.title);
      const converted = current.raw;
      try {
        await this.#replace(rel, abs, converted, current.note.version, converted);
      } catch (error) {
        await this.#trash.remove(kept.id).catch(() => undefined);
        throw error;
      }
      const note = parseNoteFile(rel, converted, new Date());
      this.#set(note, 'app');
      return toNote(note);
    });
  }

  /**
   * Replaces a note's file with `raw` if it still has `version` right before the rename; an edit
   * another program made since is never overwritten (CONFLICT, both texts in `data`).
   */
  async #replace(
    rel: string,
    abs: string,
    raw: string,
    version: string,
    mine: string,
  ): Promise<void> {
    try {
      await writeFileAtomic(abs, raw, {
        expectedVersion: version,
        ...(this.#io?.afterStaging && { afterStaging: () => this.#io!.afterStaging!([rel]) }),
      });
    } catch (error) {
      if (!(error instanceof FileChangedError)) throw error;
      throw saveConflict(rel, mine, (await this.#readNote(rel))?.note ?? null);
    }
  }

  /**
   * Applies a multi-file change atomically (see commitFileOperations) and brings the summaries
   * and subscribers up to date. Used by renames, moves and vault-wide tag or domain changes.
   * The notes it replaces or removes are kept in the history first, for `cause`.
   */
  apply(
    operations: readonly FileOperation[],
    cause: HistoryCause = { kind: 'vault-change' },
  ): Promise<void> {
    return this.#exclusive(async () => {
      await this.#keepBefore(operations, cause);
      await this.#commit(operations);
      const now = new Date();
      for (const op of operations) {
        if (op.kind === 'remove') this.#remove(op.path, 'app');
      }
      for (const op of operations) {
        if (op.kind === 'write' && isNotePath(op.path))
          this.#set(parseNoteFile(op.path, op.content, now), 'app');
      }
      this.#followAttachments(operations);
    });
  }

  /** Moves a note to the trash. */
  trash(pathArg: string): Promise<TrashEntry> {
    return this.#exclusive(async () => {
      const rel = parseNotePath(pathArg);
      const entry = this.#entries.get(rel);
      if (!entry) throw new ApiError('NOT_FOUND', `There is no note "${rel}".`);
      const abs = await resolveInsideVault(this.realRoot, rel);
      const bytes = await readOnDisk(abs);
      if (bytes instanceof Buffer)
        await this.#toHistory((h) => h.keep(rel, bytes, { kind: 'delete' }));
      const trashed = await this.#trash.put(abs, rel, entry.summary.title);
      this.#remove(rel, 'app');
      return trashed;
    });
  }

  trashList(): Promise<TrashEntry[]> {
    return this.#trash.list();
  }

  /** Puts a trashed note back at its place, or beside it with a number if the place is taken. */
  restore(id: string): Promise<NoteSummary> {
    return this.#exclusive(async () => {
      const entry = await this.#trash.get(id);
      const original = parseNotePath(entry.originalPath);
      const rel = await this.#freePath(original);
      const abs = await resolveInsideVault(this.realRoot, rel);
      await fs.mkdir(path.dirname(abs), { recursive: true });
      await fs.rename(this.#trash.contentPath(id), abs);
      await this.#trash.remove(id);
      const { bytes, mtime } = await this.#readFile(rel);
      const note = parseNoteFile(rel, bytes, mtime);
      this.#set(note, 'app');
      return note.summary;
    });
  }

  purge(id: string): Promise<void> {
    return this.#exclusive(async () => {
      await this.#trash.get(id);
      await this.#trash.remove(id);
    });
  }

  /**
   * Compares the vault on disk with what was read (list and stat, as the load does) and reads
   * again every note and attachment that appeared, went or changed since: what another program
   * did between the load's scan and the moment the watcher began to watch. Returns how many.
   */
  async catchUpWithDisk(): Promise<number> {
    const files = await scanVaultFiles(this.realRoot);
    const onDisk = new Set(files.notes);
    const stale: string[] = [...this.#entries.keys()].filter((rel) => !onDisk.has(rel));
    await mapLimit(files.notes, 32, async (rel) => {
      const entry = this.#cached.get(rel);
      const abs = path.join(this.realRoot, ...rel.split('/'));
      if (!this.#entries.has(rel) || !entry || !(await this.#unchanged(abs, entry)))
        stale.push(rel);
    });
    const attachments = new Set(files.attachments);
    for (const rel of files.attachments) if (!this.#attachments.has(rel)) stale.push(rel);
    for (const rel of this.#attachments) if (!attachments.has(rel)) stale.push(rel);
    for (const rel of stale) await this.syncFromDisk(rel);
    return stale.length;
  }

  /**
   * Brings one path up to date with the disk after the watcher saw it change. Changes Praxis made
   * itself are recognised by their version and not reported twice.
   */
  syncFromDisk(pathArg: string): Promise<void> {
    return this.#exclusive(async () => {
      let rel: string;
      try {
        rel = parseVaultPath(pathArg);
      } catch {
        return;
      }
      if (isIgnoredPath(rel)) return;
      if (!isNotePath(rel)) {
        const exists = await this.#isFile(rel);
        if (exists && !this.#attachments.has(rel)) {
          this.#attachments.add(rel);
          this.#emit({ kind: 'attachment-added', path: rel, origin: 'external' });
        } else if (!exists && this.#attachments.delete(rel)) {
          this.#emit({ kind: 'attachment-removed', path: rel, origin: 'external' });
        }
        return;
      }
      await this.#readNote(rel);
    });
  }

  /**
   * Reads a note from disk and, if it differs from what the repository knew, records the change
   * as an outside edit. Returns null if the file is gone.
   */
  async #readNote(
    rel: string,
    { quietOnly = false } = {},
  ): Promise<{ note: NoteContent; raw: string; bytes: Buffer } | null> {
    // Outside exclusive tasks: record what was read only if none ran or started meanwhile.
    const turn = this.#exclusiveTurns;
    const mayRecord = () => !quietOnly || (turn % 2 === 0 && this.#exclusiveTurns === turn);
    let file: { bytes: Buffer; mtime: Date };
    try {
      file = await this.#readFile(rel);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') throw error;
      if (this.#entries.has(rel) && mayRecord()) this.#remove(rel, 'external');
      return null;
    }
    if (!mayRecord()) {
      const seen = parseNoteFile(rel, file.bytes, file.mtime);
      return { note: seen, raw: seen.raw, bytes: file.bytes };
    }
    const known = this.#entries.get(rel);
    const note = parseNoteFile(rel, file.bytes, file.mtime);
    if (known && known.version !== note.version)
      await this.#toHistory((h) => h.outsideChange(rel, known.summary.id, known.version));
    if (!known || known.version !== note.version) this.#set(note, 'external');
    return { note, raw: note.raw, bytes: file.bytes };
  }

  async #readFile(rel: string): Promise<{ bytes: Buffer; mtime: Date }> {
    return readNoFollow(await resolveInsideVault(this.realRoot, rel), rel);
  }

  async #isFile(rel: string): Promise<boolean> {
    try {
      const abs = await resolveInsideVault(this.realRoot, rel);
      const stat = await fs.lstat(abs);
      return stat.isFile();
    } catch {
      return false;
    }
  }

  #set(note: NoteContent, origin: ChangeOrigin, cached = false): void {
    const rel = note.summary.path;
    if (origin === 'load' && this.#settledDuringLoad?.has(rel)) {
      // Newer than what the load read (and than the cache entry it may have just taken).
      this.#cached.delete(rel);
      return;
    }
    if (origin !== 'load') this.#settledDuringLoad?.add(rel);
    this.#unread?.delete(rel);
    if (origin !== 'load' && this.#cached.delete(note.summary.path)) this.#cacheDirty = true;
    const previous = this.#entries.get(note.summary.path)?.summary ?? null;
    this.#entries.set(note.summary.path, { summary: note.summary, version: note.version });
    this.#emit({ kind: 'note-set', note, previous, origin, ...(cached && { fromCache: true }) });
  }

  /** Attachments a transaction wrote or removed (imports carry them; db.json and notes are not). */
  #followAttachments(operations: readonly FileOperation[]): void {
    for (const op of operations) {
      if (isNotePath(op.path) || isIgnoredPath(op.path)) continue;
      if (op.kind === 'write' && !this.#attachments.has(op.path)) {
        this.#attachments.add(op.path);
        this.#emit({ kind: 'attachment-added', path: op.path, origin: 'app' });
      } else if (op.kind === 'remove' && this.#attachments.delete(op.path)) {
        this.#emit({ kind: 'attachment-removed', path: op.path, origin: 'app' });
      }
    }
  }

  #remove(rel: string, origin: ChangeOrigin): void {
    this.#settledDuringLoad?.add(rel);
    this.#unread?.delete(rel);
    const previous = this.#entries.get(rel);
    if (!previous) return;
    if (this.#cached.delete(rel)) this.#cacheDirty = true;
    this.#entries.delete(rel);
    this.#emit({ kind: 'note-removed', path: rel, previous: previous.summary, origin });
  }

  #emit(change: VaultChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        // A failing subscriber must not stop the others or the write that caused the change.
        console.error('praxis: a vault change listener failed', error);
      }
    }
  }

  /** Keeps in the history the notes `operations` would replace or remove. */
  async #keepBefore(operations: readonly FileOperation[], cause: HistoryCause): Promise<void> {
    if (!this.#history) return;
    const before: { path: string; bytes: Uint8Array }[] = [];
    await mapLimit(operations, 16, async (op) => {
      if (!isNotePath(op.path)) return;
      const abs = await resolveInsideVault(this.realRoot, op.path).catch(() => null);
      const bytes =
        abs === null ? 'missing' : await readOnDisk(abs).catch(() => 'missing' as const);
      if (!(bytes instanceof Buffer)) return;
      if (op.kind === 'write' && Buffer.from(op.content).equals(bytes)) return;
      before.push({ path: op.path, bytes });
    });
    await this.#toHistory((h) => h.keepAll(before, cause));
  }

  /**
   * Runs a history step. The history is a safety net: its failure (a full disk, a damaged entry)
   * is reported and never stops the change the person asked for.
   */
  async #toHistory(step: (history: HistoryRecorder) => Promise<void>): Promise<void> {
    if (!this.#history) return;
    try {
      await step(this.#history);
    } catch (error) {
      console.error('praxis: the note history could not keep a version', error);
    }
  }

  async #commit(operations: readonly FileOperation[]): Promise<void> {
    await commitFileOperations(this.realRoot, operations, this.#io);
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const turn = async (): Promise<T> => {
      this.#exclusiveTurns++;
      try {
        return await task();
      } finally {
        this.#exclusiveTurns++;
      }
    };
    const run = this.#queue.then(turn, turn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** `rel`, or `name 1.md`, `name 2.md`… — the first that is free. */
  async #freePath(rel: string): Promise<string> {
    const base = rel.replace(/\.md$/i, '');
    for (let n = 0; ; n++) {
      const candidate = n === 0 ? rel : `${base} ${n}.md`;
      if (!this.#entries.has(candidate) && !(await this.#isFile(candidate))) return candidate;
    }
  }

  /** When a note without a `created` field was made: its birth time if the disk knows it. */
  async #createdFromFile(abs: string, fallback: Date): Promise<string> {
    const stat = await fs.stat(abs);
    const born = stat.birthtimeMs > 0 ? stat.birthtime : stat.mtime;
    return (born.getTime() > 0 ? born : fallback).toISOString();
  }
}

/** A note as the cache remembers it (the body empty where the cache did not keep it). */
function fromCache(entry: CachedNote): NoteContent {
  return {
    summary: entry.summary,
    body: entry.body ?? '',
    bodyStartLine: entry.bodyStartLine,
    frontMatter: entry.frontMatter,
    frontMatterError: entry.frontMatterError,
    version: entry.version,
    encoding: entry.encoding,
  };
}

function saveConflict(rel: string, mine: string, theirs: NoteContent | null): ApiError {
  const data: SaveConflict = { path: rel, mine, theirs: theirs ? toNote(theirs) : null };
  return new ApiError(
    'CONFLICT',
    theirs
      ? `"${rel}" was changed by another program since you opened it. Choose which text to keep.`
      : `"${rel}" was deleted by another program since you opened it. Save your text to keep it.`,
    data,
  );
}

function withoutNulls(patch: FrontMatterPatch): FrontMatterChanges {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null && v !== undefined));
}

export function toNote(content: NoteContent): Note {
  return {
    ...content.summary,
    body: content.body,
    frontMatter: content.frontMatter,
    frontMatterError: content.frontMatterError,
    version: content.version,
    encoding: content.encoding,
  };
}
