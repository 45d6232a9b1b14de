import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../../shared/packs/packManifest';
import { syncDirectory } from '../vault/atomicWrite';

/** A file to put in a pack: bytes already in memory (notes) or a file streamed from disk. */
export type PackItem = { name: string; bytes: Buffer } | { name: string; file: string };

export interface WrittenItem {
  name: string;
  size: number;
  sha256: string;
}

/**
 * Writes a pack with yazl, streaming: notes go in as the buffers they were hashed from, and
 * attachments are read from disk once, hashed as they are compressed (so the manifest lists
 * exactly the bytes the zip holds). Once every file is in, `finish` is given their sizes and
 * hashes and returns manifest.json's bytes and, if signed, signature.json's; they go in last.
 * The zip is written to a temporary file beside `out`, flushed, then renamed over it: a reader
 * never sees half a pack.
 */
export async function writePackArchive(
  out: string,
  items: readonly PackItem[],
  finish: (written: WrittenItem[]) => { manifest: Buffer; signature: Buffer | null },
  onProgress?: (done: number, total: number) => void,
  mtime = new Date(),
): Promise<number> {
  const dir = path.dirname(out);
  const temp = path.join(dir, `.${path.basename(out)}.${randomBytes(6).toString('hex')}.partial`);
  const zip = new yazl.ZipFile();
  const output = createWriteStream(temp, { flags: 'wx' });
  const written = pipeline(zip.outputStream, output);
  // Keep a failure from going unhandled while the items are still being added.
  written.catch(() => undefined);
  const options = { mtime, mode: 0o100644 };
  try {
    let done = 0;
    const digests = items.map(
      (item) =>
        new Promise<WrittenItem>((resolve, reject) => {
          const report = (digest: WrittenItem) => {
            onProgress?.(++done, items.length);
            resolve(digest);
          };
          if ('bytes' in item) {
            // Lazily, like files: yazl deflates a buffer added with addBuffer at once, and a
            // thousand notes deflating together would hold a thousand zlib states.
            zip.addReadStreamLazy(item.name, { ...options, size: item.bytes.length }, (callback) =>
              callback(null, Readable.from([item.bytes])),
            );
            report({
              name: item.name,
              size: item.bytes.length,
              sha256: createHash('sha256').update(item.bytes).digest('hex'),
            });
            return;
          }
          zip.addReadStreamLazy(item.name, options, (callback) => {
            const hash = createHash('sha256');
            let size = 0;
            const source = createReadStream(item.file);
            const hashing = new Transform({
              transform(chunk: Buffer, _encoding, next) {
                hash.update(chunk);
                size += chunk.length;
                next(null, chunk);
              },
              flush(next) {
                report({ name: item.name, size, sha256: hash.digest('hex') });
                next();
              },
            });
            source.on('error', (error) => {
              hashing.destroy(error);
              reject(error);
            });
            callback(null, source.pipe(hashing));
          });
        }),
    );
    const all = await Promise.race([
      Promise.all(digests),
      written.then(() => {
        throw new Error('the pack ended early');
      }),
    ]);
    const { manifest, signature } = finish(all);
    zip.addBuffer(manifest, MANIFEST_FILE, options);
    if (signature) zip.addBuffer(signature, SIGNATURE_FILE, options);
    zip.end();
    await written;
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, out);
    await syncDirectory(dir);
    return (await fs.stat(out)).size;
  } catch (error) {
    output.destroy();
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
