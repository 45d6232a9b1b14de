import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import yauzl from 'yauzl';
import { ApiError } from '../../../shared/api/apiError';
import type { PackLimits } from './packLimits';
import { checkEntryName, entryRole, foldedName, type EntryRole } from './packEntryName';
import { PackRefusedError, quoteName, refuse } from './packProblem';

/** One file of a pack as its central directory describes it, after every name check. */
export interface ArchiveEntry {
  /** NFC name, e.g. `notes/Framework agreements.md`. */
  name: string;
  role: EntryRole;
  /** As declared (checked against the bytes when read). */
  uncompressedSize: number;
  compressedSize: number;
  raw: yauzl.Entry;
}

/** What reading an entry found: the bytes' count and SHA-256. */
export interface EntryDigest {
  size: number;
  sha256: string;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
/** MS-DOS attributes: directory, and NTFS reparse point (symlinks and junctions). */
const DOS_DIRECTORY = 0x10;
const DOS_REPARSE_POINT = 0x400;
/** "Made by" hosts whose external attributes carry a Unix mode in their high 16 bits. */
const UNIX_HOSTS = new Set([3, 19]);
const INFO_ZIP_UNICODE_PATH = 0x7075;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const close = promisify(fs.close);
const read = promisify(fs.read);
/** Entries stored in at most this many bytes are read and inflated in one piece. */
const SMALL_ENTRY_BYTES = 1024 * 1024;

/**
 * A .praxispack opened for reading, with yauzl (which reads the central directory and never
 * scans for local headers). Opening it reads and checks every entry's metadata — count, names,
 * file types, declared sizes and compression ratios — before a single byte of content is
 * inflated; `read` then streams one entry at a time, counting what is actually inflated, so a
 * header that lies about sizes is caught as the bytes arrive. Nothing is ever written by it.
 */
export class ZipArchive {
  readonly entries: readonly ArchiveEntry[];
  readonly #zip: yauzl.ZipFile;
  readonly #fd: number;
  readonly #limits: PackLimits;
  readonly #archiveBytes: number;
  #inflated = 0;

  private constructor(
    zip: yauzl.ZipFile,
    fd: number,
    entries: ArchiveEntry[],
    limits: PackLimits,
    archiveBytes: number,
  ) {
    this.#zip = zip;
    this.#fd = fd;
    this.entries = entries;
    this.#limits = limits;
    this.#archiveBytes = archiveBytes;
  }

  static async open(file: string, limits: PackLimits): Promise<ZipArchive> {
    // A plain descriptor, which yauzl closes itself once every stream it opened has ended.
    const fd = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw new ApiError(
        error.code === 'ENOENT' ? 'NOT_FOUND' : 'IO',
        error.code === 'ENOENT'
          ? `There is no file ${file}.`
          : `${file} cannot be read: ${error.message}`,
      );
    });
    let zip: yauzl.ZipFile | null = null;
    try {
      const stat = await fstat(fd);
      if (!stat.isFile()) refuse('not-a-pack', `${file} is not a file.`);
      if (stat.size > limits.maxArchiveBytes)
        refuse(
          'too-large',
          `The pack is too large (${mib(stat.size)}; at most ${mib(limits.maxArchiveBytes)}).`,
        );
      try {
        zip = await yauzl.fromFdPromise(fd, {
          autoClose: false,
          lazyEntries: true,
          // Names are decoded and checked here, with messages a user can act on.
          decodeStrings: false,
          validateEntrySizes: true,
        });
      } catch (error) {
        refuse(
          'not-a-pack',
          `This file is not a knowledge pack: it is not a zip archive, or it is damaged or incomplete (${(error as Error).message}).`,
        );
      }
      // Errors reach the caller through promises; this keeps a late one from going unhandled.
      zip.on('error', () => undefined);
      if (zip.entryCount > limits.maxEntries)
        refuse(
          'too-many-entries',
          `The pack holds ${zip.entryCount.toLocaleString('en')} files; at most ${limits.maxEntries.toLocaleString('en')} are accepted.`,
        );
      const entries = await readEntries(zip, limits, stat.size);
      return new ZipArchive(zip, fd, entries, limits, stat.size);
    } catch (error) {
      if (zip) zip.close();
      else await close(fd).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Streams an entry's inflated bytes to `sink`, one chunk at a time, and returns their size
   * and SHA-256. Refuses (and stops inflating) as soon as the entry passes its size limit or the
   * pack's total, expands faster than the ratio allows, or differs from its declared size.
   */
  async read(
    entry: ArchiveEntry,
    sink: (chunk: Buffer) => void | Promise<void> = () => undefined,
  ): Promise<EntryDigest> {
    const max = maxBytesFor(entry.role, this.#limits);
    const header = await this.#zip
      .readLocalFileHeaderPromise(entry.raw)
      .catch((error: Error) =>
        refuse(
          'damaged',
          `The pack is damaged at ${quoteName(entry.name)}: ${error.message}.`,
          entry.name,
        ),
      );
    // The local header is what other tools extract by: it must name the same file.
    if (!header.fileName.equals(entry.raw.fileNameRaw))
      refuse(
        'damaged',
        `The pack gives ${quoteName(entry.name)} two different names (its local header disagrees with its directory).`,
        entry.name,
      );
    const hash = createHash('sha256');
    let size = 0;
    const take = async (chunk: Buffer) => {
      size += chunk.length;
      this.#inflated += chunk.length;
      if (size > max)
        refuse(
          'too-large',
          `${quoteName(entry.name)} expands to more than ${mib(max)}, the most a pack file may hold.`,
          entry.name,
        );
      if (this.#inflated > this.#limits.maxTotalBytes)
        refuse(
          'too-large',
          `The pack expands to more than ${mib(this.#limits.maxTotalBytes)} in all.`,
          entry.name,
        );
      if (
        size > this.#limits.ratioFloorBytes &&
        size / Math.max(1, entry.compressedSize) > this.#limits.maxRatio
      )
        refuse(
          'compression-ratio',
          `${quoteName(entry.name)} expands more than ${this.#limits.maxRatio} times (a zip bomb).`,
          entry.name,
        );
      hash.update(chunk);
      await sink(chunk);
    };
    if (entry.compressedSize <= SMALL_ENTRY_BYTES) {
      // Small entries (notes) are read whole and inflated in one call, capped at what they may
      // become: a thousand notes do not each pay for a stream and a trip to zlib's threads.
      await take(
        this.#inflateSmall(
          entry,
          header.fileDataStart,
          max,
          await this.#readRaw(entry, header.fileDataStart),
        ),
      );
    } else {
      let stream;
      try {
        stream = await this.#zip.openReadStreamPromise(entry.raw);
      } catch (error) {
        refuse(
          'damaged',
          `The pack is damaged at ${quoteName(entry.name)}: ${(error as Error).message}.`,
          entry.name,
        );
      }
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) await take(chunk);
      } catch (error) {
        stream.destroy();
        if (error instanceof PackRefusedError) throw error;
        refuse(
          'damaged',
          `The pack is damaged at ${quoteName(entry.name)} (${(error as Error).message}).`,
          entry.name,
        );
      }
    }
    if (size !== entry.uncompressedSize)
      refuse(
        'damaged',
        `${quoteName(entry.name)} is not the size its header declares.`,
        entry.name,
      );
    return { size, sha256: hash.digest('hex') };
  }

  /** An entry's stored bytes, read straight from the file after checking they lie inside it. */
  async #readRaw(entry: ArchiveEntry, start: number): Promise<Buffer> {
    if (start + entry.compressedSize > this.#archiveBytes)
      refuse(
        'damaged',
        `The pack is damaged at ${quoteName(entry.name)}: its data runs past the end of the file (truncated?).`,
        entry.name,
      );
    const raw = Buffer.alloc(entry.compressedSize);
    for (let done = 0; done < raw.length;) {
      const { bytesRead } = await read(this.#fd, raw, done, raw.length - done, start + done);
      if (bytesRead === 0)
        refuse('damaged', `The pack ends inside ${quoteName(entry.name)}.`, entry.name);
      done += bytesRead;
    }
    return raw;
  }

  /** Inflates a small entry, stopping zlib at the most it may produce (limits, ratio). */
  #inflateSmall(entry: ArchiveEntry, _start: number, max: number, raw: Buffer): Buffer {
    if (entry.raw.compressionMethod === 0) return raw;
    const byRatio = Math.max(
      this.#limits.ratioFloorBytes,
      entry.compressedSize * this.#limits.maxRatio,
    );
    const remaining = this.#limits.maxTotalBytes - this.#inflated;
    const cap = Math.min(max, byRatio, remaining);
    try {
      return zlib.inflateRawSync(raw, { maxOutputLength: cap + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        if (cap === byRatio)
          refuse(
            'compression-ratio',
            `${quoteName(entry.name)} expands more than ${this.#limits.maxRatio} times (a zip bomb).`,
            entry.name,
          );
        refuse(
          'too-large',
          `${quoteName(entry.name)} expands to more than ${mib(cap)}, more than a pack may hold.`,
          entry.name,
        );
      }
      return refuse(
        'damaged',
        `The pack is damaged at ${quoteName(entry.name)}: it cannot be inflated (${(error as Error).message}).`,
        entry.name,
      );
    }
  }

  /** Reads a small entry whole (manifest.json, signature.json, one note). */
  async readBuffer(entry: ArchiveEntry): Promise<{ bytes: Buffer; digest: EntryDigest }> {
    const chunks: Buffer[] = [];
    const digest = await this.read(entry, (chunk) => {
      chunks.push(chunk);
    });
    return { bytes: Buffer.concat(chunks), digest };
  }

  get archiveBytes(): number {
    return this.#archiveBytes;
  }

  async close(): Promise<void> {
    this.#zip.close();
  }
}

async function readEntries(
  zip: yauzl.ZipFile,
  limits: PackLimits,
  archiveBytes: number,
): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  const folded = new Map<string, string>();
  const folders = new Set<string>();
  let declaredTotal = 0;
  let iterator;
  try {
    iterator = zip.eachEntry();
  } catch (error) {
    refuse('damaged', `The pack's directory cannot be read (${(error as Error).message}).`);
  }
  try {
    for await (const raw of iterator) {
      const name = checkEntryName(decodeName(raw), limits.maxPathLength);
      checkFileType(raw, name);
      if (name.endsWith('/')) continue; // A folder entry creates nothing; its files are checked.
      const role = entryRole(name);
      if (raw.isEncrypted())
        refuse('unsupported', `${quoteName(name)} is encrypted, which packs never are.`, name);
      if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8)
        refuse(
          'unsupported',
          `${quoteName(name)} uses a compression method packs do not use.`,
          name,
        );
      const max = maxBytesFor(role, limits);
      if (raw.uncompressedSize > max)
        refuse(
          'too-large',
          `${quoteName(name)} declares ${mib(raw.uncompressedSize)}; a pack file may hold at most ${mib(max)}.`,
          name,
        );
      if (raw.compressedSize > archiveBytes)
        refuse(
          'damaged',
          `${quoteName(name)} declares more bytes than the whole pack has (truncated?).`,
          name,
        );
      declaredTotal += raw.uncompressedSize;
      if (declaredTotal > limits.maxTotalBytes)
        refuse(
          'too-large',
          `The pack declares more than ${mib(limits.maxTotalBytes)} of content in all.`,
          name,
        );
      if (
        raw.uncompressedSize > limits.ratioFloorBytes &&
        raw.uncompressedSize / Math.max(1, raw.compressedSize) > limits.maxRatio
      )
        refuse(
          'compression-ratio',
          `${quoteName(name)} expands more than ${limits.maxRatio} times (a zip bomb).`,
          name,
        );

      const key = foldedName(name);
      const earlier = folded.get(key);
      if (earlier !== undefined)
        refuse(
          'duplicate-name',
          earlier === name
            ? `The pack holds ${quoteName(name)} twice.`
            : `The pack holds ${quoteName(earlier)} and ${quoteName(name)}, which are the same file on Windows and macOS.`,
          name,
        );
      folded.set(key, name);
      const parts = key.split('/');
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
      entries.push({
        name,
        role,
        uncompressedSize: raw.uncompressedSize,
        compressedSize: raw.compressedSize,
        raw,
      });
    }
  } catch (error) {
    if (error instanceof PackRefusedError) throw error;
    refuse(
      'damaged',
      `This file is not a sound knowledge pack: its zip directory is damaged or incomplete (${(error as Error).message}).`,
    );
  }
  for (const folder of folders) {
    const clash = folded.get(folder);
    if (clash !== undefined)
      refuse(
        'duplicate-name',
        `The pack holds ${quoteName(clash)} both as a file and as a folder.`,
        clash,
      );
  }
  return entries;
}

function decodeName(raw: yauzl.Entry): string {
  let name: string;
  try {
    name = utf8.decode(raw.fileNameRaw);
  } catch {
    refuse('unsafe-name', 'The pack holds a file whose name is not valid UTF-8.');
  }
  // Some tools take the name from the Info-ZIP Unicode Path field instead: it must agree.
  for (const field of raw.extraFields) {
    if (field.id !== INFO_ZIP_UNICODE_PATH || field.data.length < 5) continue;
    let alternative: string | null;
    try {
      alternative = utf8.decode(field.data.subarray(5));
    } catch {
      alternative = null;
    }
    if (alternative !== name)
      refuse('unsafe-name', `The pack gives ${quoteName(name)} a second, different name.`, name);
  }
  return name;
}

/** Only regular files (and folder entries) are accepted: never links, devices or pipes. */
function checkFileType(raw: yauzl.Entry, name: string): void {
  const host = raw.versionMadeBy >> 8;
  const attributes = raw.externalFileAttributes >>> 0;
  if ((attributes & DOS_REPARSE_POINT) !== 0)
    refuse('not-a-regular-file', `${quoteName(name)} is a link, not a file.`, name);
  const isFolderName = name.endsWith('/');
  if (UNIX_HOSTS.has(host)) {
    const type = (attributes >>> 16) & S_IFMT;
    if (type === S_IFLNK)
      refuse('not-a-regular-file', `${quoteName(name)} is a symbolic link, not a file.`, name);
    if (type === S_IFDIR && !isFolderName)
      refuse('not-a-regular-file', `${quoteName(name)} is marked as a folder, not a file.`, name);
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR)
      refuse(
        'not-a-regular-file',
        `${quoteName(name)} is a special file, not a regular one.`,
        name,
      );
  } else if ((attributes & DOS_DIRECTORY) !== 0 && !isFolderName) {
    refuse('not-a-regular-file', `${quoteName(name)} is marked as a folder, not a file.`, name);
  }
  if (isFolderName && raw.uncompressedSize !== 0)
    refuse('not-a-regular-file', `${quoteName(name)} is a folder entry with content.`, name);
}

function maxBytesFor(role: EntryRole, limits: PackLimits): number {
  switch (role) {
    case 'note':
      return limits.maxNoteBytes;
    case 'attachment':
      return limits.maxAttachmentBytes;
    case 'manifest':
    case 'signature':
      return limits.maxManifestBytes;
    default: {
      const unknown: never = role;
      throw new Error(`Unknown entry role ${String(unknown)}`);
    }
  }
}

function mib(bytes: number): string {
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GiB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
