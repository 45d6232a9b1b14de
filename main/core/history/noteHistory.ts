import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/apiError';
import {
  historyCauseSchema,
  type HistoryCause,
  type HistoryVersion,
} from '../../../shared/api/historyMethods';
import type { HistorySettings } from '../../../shared/api/settingsMethods';
import { frontMatterText } from '../../../shared/notes/frontMatterValues';
import { writeFileAtomic } from '../vault/atomicWrite';
import { splitFrontMatter } from '../vault/frontMatter';
import { decodeNoteBytes } from '../vault/noteEncoding';
import { PRAXIS_DIR } from '../vault/praxisFolder';
import { mapLimit } from '../vault/vaultScanner';
import type { HistoryRecorder } from './historyRecorder';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const HISTORY_DIR = `${PRAXIS_DIR}/history`;
const BLOBS = 'blobs';
const NOTES = 'notes';
const BLOB_NAME = /^[0-9a-f]{64}\.gz$/;
const INDEX_NAME = /^[0-9a-f]{40}\.json$/;
/** The newest versions of each note that no bound ever drops. */
export const NEWEST_KEPT = 2;
/** A blob no version uses (a text only remembered) is dropped after this long untouched. */
const UNUSED_BLOB_GRACE_MS = 7 * 24 * 3600 * 1000;
/** The size bound never goes below this, so a small vault still has a useful history. */
const DEFAULT_MIN_BUDGET = 1024 * 1024;
/** Pruning waits for writes to settle: it runs once this long after the last version kept. */
const PRUNE_DELAY_MS = 30_000;

const versionRecordSchema = z.object({
  id: z.string().regex(/^[0-9a-z]+-[0-9a-f]{8}$/),
  time: z.string(),
  cause: historyCauseSchema,
  path: z.string().max(1024),
  size: z.number().int().nonnegative(),
  blob: z.string().regex(/^[0-9a-f]{64}$/),
});
type VersionRecord = z.infer<typeof versionRecordSchema>;

const noteIndexSchema = z.object({
  format: z.literal(1),
  /** The note's front-matter id (the key follows it through renames), or null. */
  noteId: z.string().nullable(),
  /** Where the note was when a version was last kept. */
  path: z.string().max(1024),
  versions: z.array(versionRecordSchema),
});
type NoteIndex = z.infer<typeof noteIndexSchema>;

export interface NoteHistoryOptions {
  settings: () => HistorySettings;
  now?: () => Date;
  /** The vault's notes' total size in bytes (the size bound is a share of it). */
  vaultBytes: () => Promise<number>;
  /** The size bound never goes below this many bytes (default 1 MiB). */
  minBudget?: number;
  /** Where a problem met while pruning in the background is reported. */
  onProblem?: (message: string) => void;
}

export interface HistoryListing {
  versions: HistoryVersion[];
  /** Damaged entries that were skipped, as sentences. */
  problems: string[];
}

/**
 * Earlier versions of the vault's notes, in `.praxis/history/`: each text once, gzip-compressed
 * and named by its SHA-256 (`blobs/`), and per note an index of its versions (`notes/`) keyed by
 * the note's front-matter `id`, so the history follows a note through renames (a note without an
 * id is keyed by its path). A safety net, never a source of truth: a damaged entry is skipped and
 * reported, and no failure here stops a save (the repository catches them).
 *
 * ```ts
 * const history = new NoteHistory(realRoot, { settings, vaultBytes });
 * await history.keep('a.md', bytesOnDisk, { kind: 'edit' });
 * const { versions } = await history.list('a.md', noteId);
 * ```
 */
export class NoteHistory implements HistoryRecorder {
  readonly #dir: string;
  readonly #options: NoteHistoryOptions;
  /** Serialises every change to the indexes, so two versions kept at once never lose one. */
  #queue: Promise<unknown> = Promise.resolve();
  #pruneTimer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(realRoot: string, options: NoteHistoryOptions) {
    this.#dir = path.join(realRoot, HISTORY_DIR);
    this.#options = options;
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  keep(rel: string, bytes: Uint8Array, cause: HistoryCause): Promise<void> {
    return this.keepAll([{ path: rel, bytes }], cause);
  }

  keepAll(
    notes: readonly { path: string; bytes: Uint8Array }[],
    cause: HistoryCause,
  ): Promise<void> {
    return this.#exclusive(async () => {
      // Notes of one key (the same id twice, rarely) are kept one after the other.
      const byKey = new Map<string, { path: string; bytes: Uint8Array; noteId: string | null }[]>();
      for (const note of notes) {
        const noteId = noteIdOf(note.bytes);
        const key = indexKey(noteId, note.path);
        byKey.set(key, [...(byKey.get(key) ?? []), { ...note, noteId }]);
      }
      await mapLimit([...byKey], 16, async ([key, group]) => {
        for (const note of group) await this.#keepOne(key, note, cause);
      });
      if (notes.length > 0) this.#schedulePrune();
    });
  }

  async #keepOne(
    key: string,
    note: { path: string; bytes: Uint8Array; noteId: string | null },
    cause: HistoryCause,
  ): Promise<void> {
    const index = (await this.#readIndex(key)) ?? emptyIndex(note.noteId, note.path);
    const blob = blobName(note.bytes);
    const newest = index.versions.at(-1);
    if (cause.kind === 'edit' && newest) {
      const interval = this.#options.settings().intervalMinutes * 60_000;
      const since = this.#now().getTime() - Date.parse(newest.time);
      if (newest.blob === blob || since < interval) return;
    }
    // The same text kept twice in a row says nothing new: the newer record would be a duplicate.
    if (newest?.blob === blob && newest.cause.kind === cause.kind) return;
    await this.#writeBlob(blob, note.bytes);
    index.path = note.path;
    index.versions.push({
      id: `${this.#now().getTime().toString(36)}-${randomBytes(4).toString('hex')}`,
      time: this.#now().toISOString(),
      cause,
      path: note.path,
      size: note.bytes.byteLength,
      blob,
    });
    await this.#writeIndex(index);
  }

  remember(bytes: Uint8Array): Promise<void> {
    return this.#exclusive(() => this.#writeBlob(blobName(bytes), bytes));
  }

  outsideChange(rel: string, noteId: string | null, version: string): Promise<void> {
    return this.#exclusive(async () => {
      const blob = Buffer.from(version, 'base64url').toString('hex');
      let bytes: Buffer;
      try {
        bytes = await this.#readBlob(blob);
      } catch {
        return; // Praxis never had this text in hand (the note was not opened or saved here).
      }
      const index = (await this.#readIndex(indexKey(noteId, rel))) ?? emptyIndex(noteId, rel);
      if (index.versions.at(-1)?.blob === blob) return;
      index.path = rel;
      index.versions.push({
        id: `${this.#now().getTime().toString(36)}-${randomBytes(4).toString('hex')}`,
        time: this.#now().toISOString(),
        cause: { kind: 'outside' },
        path: rel,
        size: bytes.byteLength,
        blob,
      });
      await this.#writeIndex(index);
      this.#schedulePrune();
    });
  }

  /**
   * The versions of the note at `rel` (whose id is `noteId`; for a deleted note, pass null: it is
   * found by the path it last had), newest first. Versions whose stored text is missing or does
   * not match its hash are skipped and reported in `problems`.
   */
  async list(rel: string, noteId: string | null): Promise<HistoryListing> {
    const { records, problems } = await this.#recordsOf(rel, noteId);
    const sound = await mapLimit(records, 8, async (record) => {
      try {
        await this.#readBlob(record.blob);
        return true;
      } catch {
        problems.push(damagedVersion(record));
        return false;
      }
    });
    // Newest first; versions of the same moment in the order they were kept (the index's).
    const order = records.map((record, position) => ({ record, position }));
    const versions = order
      .filter((_, i) => sound[i])
      .sort((a, b) => b.record.time.localeCompare(a.record.time) || b.position - a.position)
      .map(({ record }) => publicVersion(record));
    return { versions, problems };
  }

  /** One version and its bytes exactly as they were. */
  async read(
    rel: string,
    noteId: string | null,
    versionId: string,
  ): Promise<{ version: HistoryVersion; bytes: Buffer }> {
    const { records } = await this.#recordsOf(rel, noteId);
    const record = records.find((r) => r.id === versionId);
    if (!record)
      throw new ApiError('NOT_FOUND', `"${rel}" has no earlier version "${versionId}" any more.`);
    try {
      return { version: publicVersion(record), bytes: await this.#readBlob(record.blob) };
    } catch {
      throw new ApiError('IO', damagedVersion(record));
    }
  }

  /** The text of a version as Praxis would show the note (see noteEncoding.ts). */
  static decode(bytes: Uint8Array): ReturnType<typeof decodeNoteBytes> {
    return decodeNoteBytes(bytes);
  }

  /**
   * Applies the bounds: versions older than the age limit go, then the oldest versions until the
   * history fits its share of the vault; the newest NEWEST_KEPT of each note always stay. Blobs no
   * version uses any more are deleted. Returns the damaged entries met (skipped, left in place).
   */
  prune(): Promise<{ removedVersions: number; problems: string[] }> {
    return this.#exclusive(async () => {
      const settings = this.#options.settings();
      const problems: string[] = [];
      const indexes: NoteIndex[] = [];
      for (const name of await this.#names(NOTES, INDEX_NAME)) {
        const index = await this.#readIndexFile(name).catch(() => null);
        if (index) indexes.push(index);
        else problems.push(damagedIndex(name));
      }
      const oldest = this.#now().getTime() - settings.maxAgeDays * 24 * 3600 * 1000;
      const changed = new Set<NoteIndex>();
      let removedVersions = 0;
      const droppable = (index: NoteIndex, record: VersionRecord) =>
        index.versions.indexOf(record) < index.versions.length - NEWEST_KEPT;
      for (const index of indexes) {
        const kept = index.versions.filter(
          (record) => !droppable(index, record) || Date.parse(record.time) >= oldest,
        );
        if (kept.length === index.versions.length) continue;
        removedVersions += index.versions.length - kept.length;
        index.versions = kept;
        changed.add(index);
      }

      const blobSizes = new Map<string, number>();
      const users = new Map<string, number>();
      for (const index of indexes)
        for (const record of index.versions)
          users.set(record.blob, (users.get(record.blob) ?? 0) + 1);
      await mapLimit([...users.keys()], 16, async (blob) => {
        const size = await fs.stat(this.#blobPath(blob)).then(
          (s) => s.size,
          () => 0,
        );
        blobSizes.set(blob, size);
      });
      let total = [...blobSizes.values()].reduce((sum, size) => sum + size, 0);
      const budget = Math.max(
        this.#options.minBudget ?? DEFAULT_MIN_BUDGET,
        settings.maxShare * (await this.#options.vaultBytes()),
      );
      if (total > budget) {
        const candidates = indexes
          .flatMap((index) =>
            index.versions.filter((r) => droppable(index, r)).map((record) => ({ index, record })),
          )
          .sort((a, b) => a.record.time.localeCompare(b.record.time));
        for (const { index, record } of candidates) {
          if (total <= budget) break;
          index.versions = index.versions.filter((r) => r !== record);
          changed.add(index);
          removedVersions++;
          const left = users.get(record.blob)! - 1;
          users.set(record.blob, left);
          if (left === 0) total -= blobSizes.get(record.blob) ?? 0;
        }
      }
      for (const index of changed) await this.#writeIndex(index);

      const graceEnd = this.#now().getTime() - UNUSED_BLOB_GRACE_MS;
      // With a damaged index, which blobs are unused is not known: keep them all for now.
      if (problems.length === 0) {
        for (const name of await this.#names(BLOBS, /^[0-9a-f]{2}$/)) {
          const folder = path.join(this.#dir, BLOBS, name);
          for (const file of await fs.readdir(folder).catch(() => [] as string[])) {
            if (!BLOB_NAME.test(file) || (users.get(file.slice(0, 64)) ?? 0) > 0) continue;
            const stat = await fs.stat(path.join(folder, file)).catch(() => null);
            const recentlyUsed = stat !== null && stat.mtimeMs > graceEnd;
            // A text only remembered (opened, saved) stays a while: an outside change may need it.
            const onlyRemembered = !users.has(file.slice(0, 64));
            if (recentlyUsed && onlyRemembered) continue;
            await fs.rm(path.join(folder, file), { force: true });
          }
        }
      }
      return { removedVersions, problems };
    });
  }

  /** Prunes soon (once writes settle), unless a prune is already waiting. */
  #schedulePrune(): void {
    if (this.#pruneTimer || this.#closed) return;
    this.#pruneTimer = setTimeout(() => {
      this.#pruneTimer = null;
      this.prune().then(
        ({ problems }) => problems.forEach((p) => this.#options.onProblem?.(p)),
        (error: unknown) => this.#options.onProblem?.(`Pruning the note history failed: ${error}`),
      );
    }, PRUNE_DELAY_MS);
    this.#pruneTimer.unref();
  }

  /** Prunes once, soon after the vault opens. */
  startPruning(): void {
    this.#schedulePrune();
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#pruneTimer) clearTimeout(this.#pruneTimer);
    this.#pruneTimer = null;
    await this.#queue.catch(() => undefined);
  }

  async #recordsOf(
    rel: string,
    noteId: string | null,
  ): Promise<{ records: VersionRecord[]; problems: string[] }> {
    const problems: string[] = [];
    const keys = new Set([indexKey(null, rel)]);
    if (noteId !== null) keys.add(indexKey(noteId, rel));
    else {
      // A deleted note: its index is the one that last saw it at this path.
      for (const name of await this.#names(NOTES, INDEX_NAME)) {
        const index = await this.#readIndexFile(name).catch(() => null);
        if (index?.path === rel) keys.add(name.slice(0, -'.json'.length));
      }
    }
    const records: VersionRecord[] = [];
    for (const key of keys) {
      try {
        const index = await this.#readIndexFile(`${key}.json`);
        records.push(...index.versions);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(damagedIndex(key));
      }
    }
    return { records, problems };
  }

  async #readIndex(key: string): Promise<NoteIndex | null> {
    try {
      return await this.#readIndexFile(`${key}.json`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // A damaged index is set aside (kept for a person to look at) and a new one started.
      const file = path.join(this.#dir, NOTES, `${key}.json`);
      await fs.rename(file, `${file}.damaged-${this.#now().getTime()}`).catch(() => undefined);
      this.#options.onProblem?.(damagedIndex(key));
      return null;
    }
  }

  async #readIndexFile(name: string): Promise<NoteIndex> {
    const raw = await fs.readFile(path.join(this.#dir, NOTES, name), 'utf8');
    return noteIndexSchema.parse(JSON.parse(raw));
  }

  async #writeIndex(index: NoteIndex): Promise<void> {
    const file = path.join(this.#dir, NOTES, `${indexKey(index.noteId, index.path)}.json`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(index), { durable: false });
  }

  #blobPath(blob: string): string {
    return path.join(this.#dir, BLOBS, blob.slice(0, 2), `${blob}.gz`);
  }

  /** Stores `bytes` once under their hash; an existing blob is only touched (see the grace). */
  async #writeBlob(blob: string, bytes: Uint8Array): Promise<void> {
    const file = this.#blobPath(blob);
    const now = this.#now();
    const touched = await fs.utimes(file, now, now).then(
      () => true,
      () => false,
    );
    if (touched) return;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, await gzipAsync(bytes), { durable: false });
  }

  /** The bytes of a blob; throws if it is missing or does not hold what its name says. */
  async #readBlob(blob: string): Promise<Buffer> {
    const bytes = await gunzipAsync(await fs.readFile(this.#blobPath(blob)));
    if (blobName(bytes) !== blob) throw new Error(`history blob ${blob} is damaged`);
    return bytes;
  }

  async #names(folder: string, pattern: RegExp): Promise<string[]> {
    const names = await fs.readdir(path.join(this.#dir, folder)).catch(() => [] as string[]);
    return names.filter((name) => pattern.test(name));
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** The history's key of a note: its id when it has one, else its path. */
function indexKey(noteId: string | null, rel: string): string {
  const subject = noteId !== null ? `id:${noteId}` : `path:${rel}`;
  return createHash('sha256').update(subject).digest('hex').slice(0, 40);
}

function emptyIndex(noteId: string | null, rel: string): NoteIndex {
  return { format: 1, noteId, path: rel, versions: [] };
}

function blobName(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The front-matter `id` of a note's bytes, or null. */
function noteIdOf(bytes: Uint8Array): string | null {
  return frontMatterText(splitFrontMatter(decodeNoteBytes(bytes).text).data?.id) ?? null;
}

function publicVersion(record: VersionRecord): HistoryVersion {
  return {
    id: record.id,
    time: record.time,
    cause: record.cause,
    path: record.path,
    size: record.size,
  };
}

function damagedVersion(record: VersionRecord): string {
  return `The version of "${record.path}" from ${record.time} is damaged in ${HISTORY_DIR} and was skipped.`;
}

function damagedIndex(key: string): string {
  return `A note's history index (${HISTORY_DIR}/${NOTES}/${key}.json) is damaged and was skipped; the other versions are unaffected.`;
}
