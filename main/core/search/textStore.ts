/**
 * The plain text of indexed notes (body and headings), kept on disk beside the index so that
 * snippets and exact re-analysis of a replaced note do not need the note files or the memory to
 * hold every text. Appended while a segment is built; read by byte range afterwards.
 *
 * Stored as UTF-16LE: character `c` of a note's body is at byte `2c` of its range, so a snippet
 * reads the few hundred characters around a match instead of a whole long article.
 */
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface StoredText {
  body: string;
  headings: string[];
}

const separator = '\u0000';
const chunkSize = 1 << 20;

export function encodeStoredText(text: StoredText): string {
  // The separator must not occur in the body (documents may come from anywhere).
  const body = text.body.includes(separator) ? text.body.replaceAll(separator, ' ') : text.body;
  return text.headings.length > 0 ? body + separator + text.headings.join('\n') : body;
}

export function decodeStoredText(encoded: string): StoredText {
  const cut = encoded.indexOf(separator);
  if (cut < 0) return { body: encoded, headings: [] };
  return { body: encoded.slice(0, cut), headings: encoded.slice(cut + 1).split('\n') };
}

export class TextStoreWriter {
  readonly #fd: number;
  #buffer = Buffer.allocUnsafe(chunkSize);
  #used = 0;
  #written = 0;
  #crc = 0;

  constructor(file: string) {
    this.#fd = openSync(file, 'w');
  }

  /** Appends a note's text; returns its byte range. */
  append(text: StoredText): { start: number; length: number } {
    const encoded = encodeStoredText(text);
    const length = encoded.length * 2;
    const start = this.#written + this.#used;
    if (this.#used + length > this.#buffer.length) {
      this.#flush();
      if (length > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(length);
    }
    this.#buffer.write(encoded, this.#used, 'utf16le');
    this.#used += length;
    return { start, length };
  }

  get size(): number {
    return this.#written + this.#used;
  }

  /** CRC-32 of everything written, valid after close(). */
  get crc32(): number {
    return this.#crc;
  }

  #flush(): void {
    this.#crc = crc32(this.#buffer.subarray(0, this.#used), this.#crc);
    let offset = 0;
    while (offset < this.#used) {
      offset += writeSync(this.#fd, this.#buffer, offset, this.#used - offset);
    }
    this.#written += this.#used;
    this.#used = 0;
  }

  close(): void {
    this.#flush();
    fsyncSync(this.#fd);
    closeSync(this.#fd);
  }
}

export class TextStoreReader {
  readonly #fd: number;
  #closed = false;

  constructor(file: string) {
    this.#fd = openSync(file, 'r');
  }

  #readBytes(start: number, length: number): Buffer {
    if (this.#closed) throw new Error('The text store is closed.');
    const buffer = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(this.#fd, buffer, got, length - got, start + got);
      if (n === 0) throw new Error('The text store is shorter than the index says.');
      got += n;
    }
    return buffer;
  }

  read(start: number, length: number): StoredText {
    return decodeStoredText(this.#readBytes(start, length).toString('utf16le'));
  }

  /**
   * Up to `maxChars` characters of a note's body from character `from`; `atEnd` when they reach
   * the end of the body.
   */
  readBody(
    start: number,
    length: number,
    from: number,
    maxChars: number,
  ): { text: string; atEnd: boolean } {
    const offset = Math.min(length, from * 2);
    const bytes = Math.min(length - offset, maxChars * 2);
    const text = this.#readBytes(start + offset, bytes).toString('utf16le');
    const cut = text.indexOf(separator);
    if (cut >= 0) return { text: text.slice(0, cut), atEnd: true };
    return { text, atEnd: offset + bytes >= length };
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }
}
