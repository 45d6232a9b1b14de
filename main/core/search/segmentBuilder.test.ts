import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MainSegment } from './mainSegment';
import { IndexCorruptError, readSegment, writeSegment } from './segmentFiles';
import { runToEnd, SegmentBuilder } from './segmentBuilder';
import { TextAnalyzer } from './textAnalyzer';
import { testDocuments } from './testNotes';

let dir: string;
const segments: MainSegment[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'praxis-segment-'));
});

afterEach(async () => {
  for (const segment of segments.splice(0)) segment.close();
  await rm(dir, { recursive: true, force: true });
});

/** The test notes built into a segment, written to `dir` and read back. */
async function buildWriteAndRead() {
  const builder = new SegmentBuilder(new TextAnalyzer(), dir);
  for (const doc of testDocuments()) builder.add(doc, `v1:${doc.path}`);
  const built = runToEnd(builder.finish());
  segments.push(built);
  const files = await writeSegment(dir, built, builder.textFile);
  const loaded = await readSegment(dir, files);
  segments.push(loaded);
  return { built, files, loaded };
}

describe('SegmentBuilder', () => {
  it('leaves the built segment no spare capacity, and the same arrays as it loads from disk', async () => {
    const { built, loaded } = await buildWriteAndRead();
    for (const [name, array] of Object.entries(built.arrays)) {
      // A view into a growable buffer would keep its spare capacity for the segment's life.
      expect(array.buffer.byteLength, name).toBe(array.byteLength);
      expect([...array], name).toEqual([...loaded.arrays[name as keyof typeof loaded.arrays]]);
    }
    expect(built.docCount).toBe(testDocuments().length);
    expect(built.terms).toEqual(loaded.terms);
  });

  it('keeps each note’s text signature, and takes a malformed one for a corrupt index', async () => {
    const { built, files, loaded } = await buildWriteAndRead();
    expect(loaded.docs.map((d) => d.signature)).toEqual(built.docs.map((d) => d.signature));
    expect(built.docs.some((d) => d.signature !== null)).toBe(true);
    // A row whose signature is not one (a hand-edited or damaged file, its checksum matching).
    const rows = JSON.parse(await readFile(path.join(dir, 'docs.json'), 'utf8')) as unknown[][];
    rows[0]![11] = '<script>';
    const bytes = Buffer.from(JSON.stringify(rows));
    await writeFile(path.join(dir, 'docs.json'), bytes);
    const patched = files.map((f) =>
      f.name === 'docs.json' ? { ...f, size: bytes.length, crc32: crc32(bytes) } : f,
    );
    await expect(readSegment(dir, patched)).rejects.toBeInstanceOf(IndexCorruptError);
  });
});
