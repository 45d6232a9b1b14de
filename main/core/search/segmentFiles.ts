/**
 * The on-disk form of a main segment, in its generation folder `<indexDir>/<generation>/`:
 *
 * - `postings.bin`: `PRAXSEG1`, a JSON header (array names, types, offsets, lengths), then the
 *   typed arrays of {@link SegmentArrays}, 8-byte aligned: loading is one read, no parsing.
 * - `terms.txt`: the sorted terms, one per line (terms never contain white space).
 * - `docs.json`: one row per note: path, fingerprint, title, aliases, type, domains, tags,
 *   created, updated, from, language, text signature (textSignature.ts, for near-duplicates).
 * - `text.bin`: the notes' text (see textStore.ts), written while the segment was built.
 *
 * The manifest lists every file with its size and CRC-32, so truncation or corruption is caught
 * before anything is trusted; any mismatch or inconsistency throws {@link IndexCorruptError}.
 */
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { DocRecord } from './docRecord';
import { fieldCount } from './indexFields';
import { MainSegment, type SegmentArrays } from './mainSegment';
import { analyzerLanguages, type AnalyzerLanguage } from './textAnalyzer';
import { TextStoreReader } from './textStore';
import { isTextSignature } from './textSignature';

export class IndexCorruptError extends Error {
  override readonly name = 'IndexCorruptError';
}

export interface SegmentFile {
  name: string;
  size: number;
  crc32: number;
}

const magic = 'PRAXSEG1';
const arrayNames = [
  'termFieldStart',
  'postDoc',
  'postTf',
  'postPos',
  'positions',
  'fieldLength',
  'textStart',
  'textLength',
  'ckStart',
  'ckPos',
  'ckChar',
  'ckLine',
] as const satisfies readonly (keyof SegmentArrays)[];

type DocRow = [
  path: string,
  fingerprint: string,
  title: string,
  aliases: string[],
  type: string,
  domains: string[],
  tags: string[],
  created: string | null,
  updated: string,
  from: string | null,
  language: AnalyzerLanguage,
  signature: string | null,
];

/** The header and the arrays' bytes, as views (no copy of the arrays, which are the bulk). */
function encodePostings(arrays: SegmentArrays): Buffer[] {
  const entries = arrayNames.map((name) => ({ name, array: arrays[name] }));
  let offset = 0;
  const layout = entries.map(({ name, array }) => {
    const entry = {
      name,
      type: array instanceof Float64Array ? 'f64' : array instanceof Uint16Array ? 'u16' : 'u32',
      offset,
      length: array.length,
    };
    offset += Math.ceil(array.byteLength / 8) * 8;
    return entry;
  });
  const header = Buffer.from(JSON.stringify({ fieldCount, arrays: layout }), 'utf8');
  const headerSize = Math.ceil((magic.length + 4 + header.length) / 8) * 8;
  const head = Buffer.alloc(headerSize);
  head.write(magic, 0, 'latin1');
  head.writeUInt32LE(header.length, magic.length);
  header.copy(head, magic.length + 4);
  const parts: Buffer[] = [head];
  for (const { array } of entries) {
    parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    const padding = Math.ceil(array.byteLength / 8) * 8 - array.byteLength;
    if (padding > 0) parts.push(Buffer.alloc(padding));
  }
  return parts;
}

function decodePostings(buffer: Buffer): SegmentArrays {
  if (buffer.length < 12 || buffer.toString('latin1', 0, magic.length) !== magic) {
    throw new IndexCorruptError('postings.bin is not a Praxis index file.');
  }
  const headerLength = buffer.readUInt32LE(magic.length);
  const header = JSON.parse(
    buffer.toString('utf8', magic.length + 4, magic.length + 4 + headerLength),
  ) as {
    fieldCount: number;
    arrays: { name: string; type: string; offset: number; length: number }[];
  };
  if (header.fieldCount !== fieldCount) throw new IndexCorruptError('The index has other fields.');
  const headerSize = Math.ceil((magic.length + 4 + headerLength) / 8) * 8;
  // Typed arrays need aligned memory; a Buffer from readFile usually is, else copy once.
  const aligned = buffer.byteOffset % 8 === 0 ? buffer : Buffer.from(buffer);
  const arrays: Partial<Record<string, Uint32Array | Uint16Array | Float64Array>> = {};
  for (const entry of header.arrays) {
    const start = aligned.byteOffset + headerSize + entry.offset;
    const size = entry.length * (entry.type === 'f64' ? 8 : entry.type === 'u16' ? 2 : 4);
    if (headerSize + entry.offset + size > aligned.length) {
      throw new IndexCorruptError('postings.bin is shorter than its header says.');
    }
    arrays[entry.name] =
      entry.type === 'f64'
        ? new Float64Array(aligned.buffer, start, entry.length)
        : entry.type === 'u16'
          ? new Uint16Array(aligned.buffer, start, entry.length)
          : new Uint32Array(aligned.buffer, start, entry.length);
  }
  for (const name of arrayNames) {
    if (!arrays[name]) throw new IndexCorruptError(`postings.bin has no ${name}.`);
  }
  return arrays as unknown as SegmentArrays;
}

/** Cheap structural checks: every number that indexes something points inside it. */
function validate(
  terms: readonly string[],
  docs: readonly DocRecord[],
  arrays: SegmentArrays,
  textSize: number,
): void {
  const fail = (what: string): never => {
    throw new IndexCorruptError(`The index is inconsistent (${what}).`);
  };
  const {
    termFieldStart,
    postDoc,
    postTf,
    postPos,
    positions,
    fieldLength,
    textStart,
    textLength,
  } = arrays;
  if (termFieldStart.length !== terms.length * fieldCount + 1) fail('term table');
  if (termFieldStart[termFieldStart.length - 1] !== postDoc.length) fail('posting count');
  if (postTf.length !== postDoc.length || postPos.length !== postDoc.length) fail('posting arrays');
  if (fieldLength.length !== docs.length * fieldCount) fail('field lengths');
  if (textStart.length !== docs.length || textLength.length !== docs.length) fail('text table');
  for (let i = 1; i < termFieldStart.length; i++) {
    if (termFieldStart[i]! < termFieldStart[i - 1]!) fail('term order');
  }
  for (let i = 1; i < terms.length; i++) if (!(terms[i - 1]! < terms[i]!)) fail('term order');
  for (let i = 0; i < postDoc.length; i++) {
    // Each position takes 1 to 3 values.
    if (postDoc[i]! >= docs.length || postPos[i]! + postTf[i]! > positions.length) fail('postings');
  }
  for (let d = 0; d < docs.length; d++) {
    if (textStart[d]! + textLength[d]! > textSize) fail('text ranges');
  }
  const { ckStart, ckPos, ckChar, ckLine } = arrays;
  if (ckStart.length !== docs.length + 1 || ckStart[docs.length] !== ckPos.length)
    fail('checkpoints');
  if (ckChar.length !== ckPos.length || ckLine.length !== ckPos.length) fail('checkpoints');
  for (let d = 0; d < docs.length; d++) {
    if (ckStart[d]! > ckStart[d + 1]!) fail('checkpoints');
    for (let k = ckStart[d]!; k < ckStart[d + 1]!; k++) {
      if (ckChar[k]! * 2 > textLength[d]!) fail('checkpoints');
    }
  }
}

function toRow(doc: DocRecord): DocRow {
  return [
    doc.path,
    doc.fingerprint,
    doc.title,
    doc.aliases,
    doc.type,
    doc.domains,
    doc.tags,
    doc.created,
    doc.updated,
    doc.from,
    doc.language,
    doc.signature,
  ];
}

function fromRow(row: unknown): DocRecord {
  if (!Array.isArray(row) || row.length !== 12)
    throw new IndexCorruptError('docs.json has a malformed row.');
  const [
    p,
    fingerprint,
    title,
    aliases,
    type,
    domains,
    tags,
    created,
    updated,
    from,
    language,
    signature,
  ] = row as DocRow;
  const strings = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  const okText =
    typeof p === 'string' &&
    typeof fingerprint === 'string' &&
    typeof title === 'string' &&
    typeof type === 'string' &&
    typeof updated === 'string';
  const okNullable =
    (created === null || typeof created === 'string') &&
    (from === null || typeof from === 'string') &&
    (signature === null || isTextSignature(signature));
  if (
    !okText ||
    !okNullable ||
    !strings(aliases) ||
    !strings(domains) ||
    !strings(tags) ||
    !analyzerLanguages.includes(language)
  ) {
    throw new IndexCorruptError('docs.json has a malformed row.');
  }
  return {
    path: p,
    fingerprint,
    title,
    aliases,
    type,
    domains,
    tags,
    created,
    updated,
    from,
    language,
    signature,
  };
}

/** Writes and fsyncs: the manifest must never point at data still in the OS cache. */
async function writeChecked(dir: string, name: string, parts: Buffer[]): Promise<SegmentFile> {
  const handle = await open(path.join(dir, name), 'w');
  let size = 0;
  let checksum = 0;
  try {
    for (const part of parts) {
      await handle.write(part);
      size += part.length;
      checksum = crc32(part, checksum);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { name, size, crc32: checksum };
}

/**
 * Writes everything but text.bin (written while building; its size and checksum are passed in)
 * and returns the manifest entries of all four.
 */
export async function writeSegment(
  dir: string,
  segment: MainSegment,
  text: SegmentFile,
): Promise<SegmentFile[]> {
  const files: SegmentFile[] = [text];
  files.push(await writeChecked(dir, 'postings.bin', encodePostings(segment.arrays)));
  files.push(await writeChecked(dir, 'terms.txt', [Buffer.from(segment.terms.join('\n'), 'utf8')]));
  const rows = Buffer.from(JSON.stringify(segment.docs.map(toRow)), 'utf8');
  files.push(await writeChecked(dir, 'docs.json', [rows]));
  return files;
}

async function readVerified(
  dir: string,
  file: SegmentFile | undefined,
  name: string,
): Promise<Buffer> {
  if (!file) throw new IndexCorruptError(`The manifest does not list ${name}.`);
  let data: Buffer;
  try {
    data = await readFile(path.join(dir, name));
  } catch (error) {
    throw new IndexCorruptError(`${name} cannot be read: ${(error as Error).message}`);
  }
  if (data.length !== file.size || crc32(data) !== file.crc32) {
    throw new IndexCorruptError(`${name} does not match its checksum.`);
  }
  return data;
}

/** Loads and verifies a segment; throws IndexCorruptError if anything is off. */
export async function readSegment(dir: string, files: SegmentFile[]): Promise<MainSegment> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const postings = decodePostings(
    await readVerified(dir, byName.get('postings.bin'), 'postings.bin'),
  );
  const termsText = (await readVerified(dir, byName.get('terms.txt'), 'terms.txt')).toString(
    'utf8',
  );
  const terms = termsText === '' ? [] : termsText.split('\n');
  let rows: unknown;
  try {
    rows = JSON.parse(
      (await readVerified(dir, byName.get('docs.json'), 'docs.json')).toString('utf8'),
    );
  } catch (error) {
    if (error instanceof IndexCorruptError) throw error;
    throw new IndexCorruptError('docs.json is not valid JSON.');
  }
  if (!Array.isArray(rows)) throw new IndexCorruptError('docs.json is not a list.');
  const docs = rows.map(fromRow);
  // text.bin is the largest file; only its size is checked at load (reading it all would slow
  // every start, and damage there only garbles snippets until the next rebuild).
  const textFile = byName.get('text.bin');
  const textPath = path.join(dir, 'text.bin');
  const textSize = await stat(textPath).then(
    (s) => s.size,
    () => -1,
  );
  if (!textFile || textSize !== textFile.size)
    throw new IndexCorruptError('text.bin is missing or has the wrong size.');
  validate(terms, docs, postings, textSize);
  return new MainSegment(terms, docs, postings, new TextStoreReader(textPath));
}
