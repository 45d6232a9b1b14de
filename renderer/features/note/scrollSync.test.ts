import { describe, expect, it } from 'vitest';
import { pairHeadings, previewOffsetFor } from './scrollSync';

describe('pairHeadings', () => {
  it('pairs headings by slug, in order, skipping ones only one side has', () => {
    const anchors = pairHeadings(
      [
        { slug: 'intro', line: 0 },
        { slug: 'in-code', line: 5 },
        { slug: 'plan', line: 10 },
      ],
      [
        { slug: 'intro', offset: 0 },
        { slug: 'embedded', offset: 200 },
        { slug: 'plan', offset: 400 },
      ],
    );
    expect(anchors).toEqual([
      { line: 0, offset: 0 },
      { line: 10, offset: 400 },
    ]);
  });
});

describe('previewOffsetFor', () => {
  const anchors = [
    { line: 10, offset: 400 },
    { line: 20, offset: 500 },
  ];

  it('lands on a heading when the editor is at its line', () => {
    expect(previewOffsetFor(10, anchors, 40, 1000)).toBe(400);
  });

  it('interpolates between headings, and before the first and after the last', () => {
    expect(previewOffsetFor(15, anchors, 40, 1000)).toBe(450);
    expect(previewOffsetFor(5, anchors, 40, 1000)).toBe(200);
    expect(previewOffsetFor(30, anchors, 40, 1000)).toBe(750);
    expect(previewOffsetFor(40, anchors, 40, 1000)).toBe(1000);
  });
});
