/**
 * The worker thread that reads a vault's notes at load (see NoteRepository.load): for each note,
 * one `lstat` where the cache knows the file (unchanged size and time: nothing more), else the
 * file read without following a link and parsed — front matter, summary, inline tags, version —
 * off the thread that answers the app. Blocking calls here cost no one anything and spare the
 * thread pool's round trip per call. Results go back in batches, in the order of the paths.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { parseNoteFile, readNoFollowSync, type NoteContent } from './noteFile';

export interface NoteLoadJob {
  /** The vault's real path. */
  root: string;
  /** Vault-relative paths of the notes, as the scan found them (no link followed). */
  paths: string[];
  /** Per path, the size and modification time the cache has (NaN: not cached). */
  cachedSize: Float64Array;
  cachedMtimeMs: Float64Array;
}

export interface NoteLoadBatch {
  /** Indexes (into `paths`) of files whose size and time are the cached ones. */
  unchanged: number[];
  read: { index: number; note: NoteContent; size: number; mtimeMs: number }[];
  failed: { index: number; error: string }[];
  /** The last batch of the job. */
  done: boolean;
}

/** Sent as soon as this many notes are parsed (or this many found unchanged). */
const READ_BATCH = 128;
const UNCHANGED_BATCH = 4096;

function sameFile(abs: string, size: number, mtimeMs: number): boolean {
  if (Number.isNaN(size)) return false;
  try {
    const stat = lstatSync(abs, { throwIfNoEntry: false });
    return stat !== undefined && stat.isFile() && stat.size === size && stat.mtimeMs === mtimeMs;
  } catch {
    return false;
  }
}

function run(job: NoteLoadJob): void {
  const port = parentPort!;
  let batch: NoteLoadBatch = { unchanged: [], read: [], failed: [], done: false };
  const send = (done: boolean) => {
    port.postMessage({ ...batch, done });
    batch = { unchanged: [], read: [], failed: [], done: false };
  };
  job.paths.forEach((rel, index) => {
    const abs = path.join(job.root, ...rel.split('/'));
    try {
      if (sameFile(abs, job.cachedSize[index]!, job.cachedMtimeMs[index]!)) {
        batch.unchanged.push(index);
      } else {
        const file = readNoFollowSync(abs, rel);
        // Everything but the raw text, which the repository does not keep (half the copy).
        const { raw: _raw, ...note } = parseNoteFile(rel, file.bytes, file.mtime);
        batch.read.push({ index, note, size: file.size, mtimeMs: file.mtimeMs });
      }
    } catch (error) {
      batch.failed.push({ index, error: (error as Error).message });
    }
    if (batch.read.length + batch.failed.length >= READ_BATCH) send(false);
    else if (batch.unchanged.length >= UNCHANGED_BATCH) send(false);
  });
  send(true);
}

parentPort?.on('message', run);
