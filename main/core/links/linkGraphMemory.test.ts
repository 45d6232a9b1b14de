import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../workers/collectGarbage';
import { LinkGraph } from './linkGraph';

const NOTES = 40;
const BODY_CHARS = 1_000_000;

function heapUsed(): number {
  collectGarbage();
  return getHeapStatistics().used_heap_size;
}

describe('LinkGraph memory', () => {
  it('keeps the paragraphs backlinks quote, not the text of every note that links', () => {
    const graph = new LinkGraph();
    graph.setNote({ path: 'Target.md', title: 'Target', aliases: [], body: '', bodyStartLine: 1 });
    const before = heapUsed();
    for (let i = 0; i < NOTES; i++) {
      // A long note with one link near its start and one in a long paragraph near its end.
      const filler = `Line ${i} of a long procedure.\n\n`.repeat(BODY_CHARS / 32);
      const body =
        `See [[Target]] first.\n\n${filler}` +
        `${'A very long paragraph '.repeat(100)}then [[Target]] again ${'and more '.repeat(100)}\n`;
      graph.setNote({ path: `n${i}.md`, title: `n${i}`, aliases: [], body, bodyStartLine: 1 });
    }
    const grown = heapUsed() - before;
    // Forty notes of ≈ 1 MB: kept whole they would hold ≈ 40 MB.
    expect(grown).toBeLessThan(4 * 2 ** 20);

    const quotes = graph.backlinks('Target.md');
    expect(quotes).toHaveLength(NOTES * 2);
    expect(quotes[0]!.paragraph).toBe('See [[Target]] first.');
    expect(quotes[1]!.paragraph).toMatch(/^….*then \[\[Target\]\] again.*…$/s);
    expect(quotes[1]!.paragraph.length).toBeLessThanOrEqual(602);
  });
});
