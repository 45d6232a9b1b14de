import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MainSegment } from './mainSegment';
import { readSegment, writeSegment } from './segmentFiles';
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

describe('SegmentBuilder', () => {
  it('leaves the built segment no spare capacity, and the same arrays as it loads from disk', async () => {
    const builder = new SegmentBuilder(new TextAnalyzer(), dir);
    for (const doc of testDocuments()) builder.add(doc, `v1:${doc.path}`);
    const built = runToEnd(builder.finish());
    segments.push(built);
    const files = await writeSegment(dir, built, builder.textFile);
    const loaded = await readSegment(dir, files);
    segments.push(loaded);
    for (const [name, array] of Object.entries(built.arrays)) {
      // A view into a growable buffer would keep its spare capacity for the segment's life.
      expect(array.buffer.byteLength, name).toBe(array.byteLength);
      expect([...array], name).toEqual([...loaded.arrays[name as keyof typeof loaded.arrays]]);
    }
    expect(built.docCount).toBe(testDocuments().length);
    expect(built.terms).toEqual(loaded.terms);
  });
});
