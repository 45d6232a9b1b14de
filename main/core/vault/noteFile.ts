import * as fs from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import type { NoteEncoding, NoteSummary } from '../../../shared/api/noteSchemas';
import { parseInlineTags } from '../../../shared/links/wikiLinks';
import { READ_NO_FOLLOW } from './atomicWrite';
import { contentVersion } from './contentVersion';
import type { FileContent } from './fileTransaction';
import { splitFrontMatter } from './frontMatter';
import { decodeNoteBytes } from './noteEncoding';
import { summarizeNote } from './noteMetadata';

/** A note as the repository hands it to its subscribers: the summary plus what is in the file. */
export interface NoteContent {
  summary: NoteSummary;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyStartLine: number;
  frontMatter: Record<string, unknown> | null;
  /** Why the front matter could not be read, if it could not. */
  frontMatterError: string | null;
  version: string;
  /** `utf-8`, or how a file that is not UTF-8 was decoded (it is then read-only). */
  encoding: NoteEncoding;
}

/** Notes above this size are listed but not parsed for links and tags. */
const MAX_PARSED_BYTES = 20 * 1024 * 1024;

/**
 * A note file as the repository understands it: summary, body, front matter, version and
 * encoding, from its bytes (or from text about to be written as UTF-8). Exported for tools that
 * read notes without a repository (tests, benchmarks), so that they read them exactly the same
 * way.
 */
export function parseNoteFile(
  rel: string,
  content: FileContent,
  mtime: Date,
): NoteContent & { raw: string } {
  const { text: raw, encoding } =
    typeof content === 'string'
      ? { text: content, encoding: 'utf-8' as const }
      : decodeNoteBytes(content);
  const split = splitFrontMatter(raw);
  const parseBody = raw.length <= MAX_PARSED_BYTES;
  const inlineTags = parseBody ? parseInlineTags(split.body) : [];
  return {
    summary: summarizeNote(rel, split, inlineTags, mtime),
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    frontMatter: split.data,
    frontMatterError: split.error,
    // Of the bytes: two files that decode alike (a legacy encoding) are still different files.
    version: contentVersion(content),
    encoding,
    raw,
  };
}

/** A note file's bytes with its size and modification time, as read without following a link. */
export interface FileRead {
  bytes: Buffer;
  mtime: Date;
  mtimeMs: number;
  size: number;
}

/** A symbolic link put there since the path was checked: not a note of this vault. */
function notAFile(rel: string): Error {
  return Object.assign(new Error(`${rel} is not a file`), { code: 'EISDIR' });
}

function fileRead(bytes: Buffer, stat: Stats): FileRead {
  return { bytes, mtime: stat.mtime, mtimeMs: stat.mtimeMs, size: stat.size };
}

/** A file opened without following a symbolic link, with its bytes, size and time. */
export async function readNoFollow(abs: string, rel: string): Promise<FileRead> {
  let handle;
  try {
    handle = await fs.open(abs, READ_NO_FOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw notAFile(rel);
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notAFile(rel);
    return fileRead(await handle.readFile(), stat);
  } finally {
    await handle.close();
  }
}

/**
 * {@link readNoFollow} with blocking calls, for worker threads (where blocking costs nothing and
 * saves the thread pool's round trips: four system calls per file, no promise).
 */
export function readNoFollowSync(abs: string, rel: string): FileRead {
  let fd: number;
  try {
    fd = openSync(abs, READ_NO_FOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw notAFile(rel);
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notAFile(rel);
    return fileRead(readFileSync(fd), stat);
  } finally {
    closeSync(fd);
  }
}
