import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import * as zlib from 'node:zlib';
import { noteContentHash } from '../../main/core/packs/noteContentHash';
import { signManifest } from '../../main/core/packs/packSigning';
import type { PackManifest } from '../../shared/packs/packManifest';

/**
 * A zip writer for tests that builds what no well-behaved library would: any name bytes
 * (backslashes, absolute paths, `..`), any file type in the external attributes, headers that
 * lie about sizes, local names that differ from the directory's. Hostile packs are made with it.
 */
export interface RawEntry {
  name: string | Buffer;
  data?: Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** External attributes; default a regular file (0o100644 << 16). */
  externalAttributes?: number;
  /** Default 3 << 8 (Unix), so the attributes' high bits are a mode. */
  versionMadeBy?: number;
  /** The uncompressed size the headers declare (default: the real one). */
  declaredSize?: number;
  /** The name in the local header, when it should differ from the directory's. */
  localName?: string | Buffer;
  extraField?: Buffer;
  /** Data already deflated (a bomb), with the CRC and size of what it inflates to. */
  precompressed?: { bytes: Buffer; crc: number; size: number };
}

export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;

/** Writes `entries` as a zip file and returns its bytes (small archives only). */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.isBuffer(entry.name) ? entry.name : Buffer.from(entry.name, 'utf8');
    const localName =
      entry.localName === undefined
        ? name
        : Buffer.isBuffer(entry.localName)
          ? entry.localName
          : Buffer.from(entry.localName, 'utf8');
    const data = entry.data ?? Buffer.alloc(0);
    const method = entry.precompressed ? 8 : (entry.method ?? 8);
    const stored = entry.precompressed?.bytes ?? (method === 8 ? zlib.deflateRawSync(data) : data);
    const crc = entry.precompressed?.crc ?? zlib.crc32(data);
    const size = entry.declaredSize ?? entry.precompressed?.size ?? data.length;
    const extra = entry.extraField ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.versionMadeBy ?? (3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(0, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36);
    central.writeUInt32LE((entry.externalAttributes ?? (S_IFREG | 0o644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    const localBytes = Buffer.concat([local, localName, stored]);
    locals.push(localBytes);
    centrals.push(Buffer.concat([central, name, extra]));
    offset += localBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(entries.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  if (entries.length < 0xffff) return Buffer.concat([...locals, directory, end]);
  // More entries than 16 bits count: the ZIP64 end record and its locator carry the count.
  const zip64 = Buffer.alloc(56);
  zip64.writeUInt32LE(0x06064b50, 0);
  zip64.writeBigUInt64LE(44n, 4);
  zip64.writeUInt16LE(45, 12);
  zip64.writeUInt16LE(45, 14);
  zip64.writeBigUInt64LE(BigInt(entries.length), 24);
  zip64.writeBigUInt64LE(BigInt(entries.length), 32);
  zip64.writeBigUInt64LE(BigInt(directory.length), 40);
  zip64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, zip64, locator, end]);
}

/**
 * A zip holding `entries` and one deflated entry `name` of `size` zero bytes, written to `file`.
 * The zeros are deflated as a stream, never held in memory (their deflated form is about a
 * thousandth of them); `declaredSize` is what the headers claim.
 */
export async function writeZipBomb(
  file: string,
  name: string,
  size: number,
  options: { declaredSize?: number; entries?: RawEntry[] } = {},
): Promise<void> {
  const bomb: RawEntry = {
    name,
    precompressed: await deflatedZeros(size),
    declaredSize: Math.min(options.declaredSize ?? size, 0xfffffffe),
  };
  const out = createWriteStream(file);
  out.write(rawZip([...(options.entries ?? []), bomb]));
  await new Promise((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve(undefined))),
  );
}

const zeros = new Map<number, Promise<{ bytes: Buffer; crc: number; size: number }>>();

/** `size` zero bytes deflated as a stream (memoised: tests build several bombs of one size). */
function deflatedZeros(size: number): Promise<{ bytes: Buffer; crc: number; size: number }> {
  let result = zeros.get(size);
  if (!result) {
    result = deflateZeros(size);
    zeros.set(size, result);
  }
  return result;
}

async function deflateZeros(size: number): Promise<{ bytes: Buffer; crc: number; size: number }> {
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = zlib.crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { bytes: Buffer.concat(parts), crc, size };
}

/** A note for a synthetic pack: its path under notes/ and its text (with `id` front matter). */
export interface SyntheticNote {
  path: string;
  text: string;
}

export interface SyntheticPack {
  manifest: PackManifest;
  entries: RawEntry[];
}

/** A test signing key (Ed25519, PKCS#8 PEM). */
export function testKey(): { privateKeyPem: string; publicKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey,
  };
}

/**
 * The entries of a well-formed pack holding `notes` (and `attachments`), signed with `key` if
 * given; tests then add, change or swap entries to make it hostile.
 */
export function syntheticPack(options: {
  notes: SyntheticNote[];
  attachments?: { path: string; data: Buffer }[];
  key?: { privateKeyPem: string } | null;
  method?: 0 | 8;
  manifest?: (manifest: PackManifest) => unknown;
}): { entries: RawEntry[]; manifestBytes: Buffer } {
  const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  const notes = options.notes.map((n) => ({ ...n, data: Buffer.from(n.text, 'utf8') }));
  const attachments = options.attachments ?? [];
  const signKeyId = options.key
    ? signManifest(Buffer.from('x'), options.key.privateKeyPem).keyId
    : null;
  const manifest: PackManifest = {
    format: 'praxis-pack',
    formatVersion: 1,
    pack: {
      id: 'test-pack',
      version: '1.0.0',
      title: 'Test pack',
      description: '',
      domains: [],
      licence: 'CC BY 4.0',
      created: '2026-01-01T00:00:00.000Z',
    },
    publisher: { department: 'Testing department', person: null, keyId: signKeyId },
    files: [
      ...notes.map((n) => ({ path: `notes/${n.path}`, size: n.data.length, sha256: sha(n.data) })),
      ...attachments.map((a) => ({
        path: `attachments/${a.path}`,
        size: a.data.length,
        sha256: sha(a.data),
      })),
    ],
    notes: notes.map((n) => ({
      id: /^id: (.+)$/m.exec(n.text)![1]!,
      path: `notes/${n.path}`,
      title: n.path.replace(/\.md$/, ''),
      contentHash: noteContentHash(n.text),
    })),
  };
  const json = options.manifest ? options.manifest(manifest) : manifest;
  const manifestBytes = Buffer.from(`${JSON.stringify(json, null, 2)}\n`);
  const method = options.method ?? 8;
  const entries: RawEntry[] = [
    { name: 'manifest.json', data: manifestBytes, method },
    ...notes.map((n) => ({ name: `notes/${n.path}`, data: n.data, method })),
    ...attachments.map((a) => ({ name: `attachments/${a.path}`, data: a.data, method })),
  ];
  if (options.key) {
    const signature = signManifest(manifestBytes, options.key.privateKeyPem);
    entries.push({ name: 'signature.json', data: Buffer.from(JSON.stringify(signature)), method });
  }
  return { entries, manifestBytes };
}
