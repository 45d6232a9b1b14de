import type http from 'node:http';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { ApiResponse } from '../../shared/api/apiError';
import { ApiError } from '../../shared/api/apiError';
import { packFileSchema } from '../../shared/api/keysMethods';
import { DEFAULT_PACK_LIMITS } from '../core/packs/packLimits';
import { STAGING_DIR } from '../core/packs/packService';

/** The address a page uploads a pack to (the web harness only; the desktop app reads paths). */
export const PACK_UPLOAD_PATH = '/api/upload/pack';
/** The header naming the file, URI-encoded (the name is shown to the user and kept in the record). */
export const PACK_NAME_HEADER = 'x-praxis-file-name';
/** Uploads kept at once; an older one is deleted when a newer one arrives. */
const KEPT_UPLOADS = 4;

/** A file name as the browser gives it: one `.praxispack` name, no folder, nothing odd. */
const uploadNameSchema = z
  .string()
  .transform((raw, ctx) => {
    try {
      return decodeURIComponent(raw).normalize('NFC');
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not URI-encoded' });
      return z.NEVER;
    }
  })
  .pipe(packFileSchema)
  .transform((name) => {
    const base = name.split(/[\\/]/).at(-1)!;
    // Only letters, digits and a few marks survive: the name never chooses where the file lands.
    const safe = base
      .slice(0, -'.praxispack'.length)
      .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
      .replace(/^[ .]+|[ .]+$/g, '')
      .slice(0, 120);
    return `${safe || 'pack'}.praxispack`;
  });

/**
 * Packs a page hands to the web harness (picked with a file input or dropped on the window): the
 * browser cannot give a path, so the bytes are streamed into the vault's pack staging folder and
 * the path is answered, for `packs.plan` and `trust.addFromPack` to read like any chosen file.
 * Each upload gets a folder of its own named after this process, so the core's clean-up removes
 * what a crash left; the newest few are kept (a plan, then trusting its publisher, read the same
 * file) and the rest deleted, and all of them when the server stops. A body larger than the
 * largest pack Praxis accepts is refused while it arrives, never held in memory.
 */
export class PackUploads {
  readonly #stagingRoot: string;
  readonly #maxBytes: number;
  readonly #kept: string[] = [];

  constructor(vaultRoot: string, maxBytes = DEFAULT_PACK_LIMITS.maxArchiveBytes) {
    this.#stagingRoot = path.join(vaultRoot, ...STAGING_DIR.split('/'));
    this.#maxBytes = maxBytes;
  }

  /** Answers `POST /api/upload/pack` (the caller has checked who is asking). */
  async receive(request: http.IncomingMessage): Promise<ApiResponse<{ file: string }>> {
    try {
      return { ok: true, value: { file: await this.#store(request) } };
    } catch (error) {
      request.resume();
      if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
      throw error;
    }
  }

  async #store(request: http.IncomingMessage): Promise<string> {
    if (request.method !== 'POST') throw new ApiError('INVALID', 'Uploads use POST.');
    if (request.headers['content-type'] !== 'application/octet-stream')
      throw new ApiError('INVALID', 'A pack is uploaded as application/octet-stream.');
    const name = uploadNameSchema.safeParse(request.headers[PACK_NAME_HEADER] ?? '');
    if (!name.success)
      throw new ApiError('INVALID', 'Only .praxispack files can be imported. Choose a pack file.');
    const tooLarge = () =>
      new ApiError(
        'INVALID',
        `The file is larger than ${this.#maxBytes / 1024 ** 2} MB, the largest pack Praxis accepts.`,
      );
    if (Number(request.headers['content-length'] ?? 0) > this.#maxBytes) throw tooLarge();
    // A body without a length is counted as it arrives; past the limit its connection is dropped.

    const dir = path.join(
      this.#stagingRoot,
      `${process.pid}-upload-${randomBytes(8).toString('hex')}`,
    );
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, name.data);
    let size = 0;
    const limit = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        size += chunk.length;
        done(size > this.#maxBytes ? tooLarge() : null, chunk);
      },
    });
    try {
      await pipeline(request, limit, createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      await fs.rm(dir, { recursive: true, force: true });
      throw error instanceof ApiError
        ? error
        : new ApiError('IO', 'The pack did not arrive whole. Try again.');
    }
    this.#kept.push(dir);
    const stale = this.#kept.splice(0, Math.max(0, this.#kept.length - KEPT_UPLOADS));
    await Promise.all(stale.map((d) => fs.rm(d, { recursive: true, force: true })));
    return file;
  }

  /** Deletes every upload (the server stops). */
  async clear(): Promise<void> {
    const all = this.#kept.splice(0);
    await Promise.all(all.map((d) => fs.rm(d, { recursive: true, force: true })));
  }
}
