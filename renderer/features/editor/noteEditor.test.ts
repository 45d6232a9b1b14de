import { describe, expect, it } from 'vitest';
import { findAnchor } from './noteEditor';

const doc = '# Plan\n\nIntro with [[Budget]].\n\n## Next steps\n\nA decision. ^d1\n\n## Budget\n';

const text = (range: { from: number; to: number } | null) =>
  range === null ? null : doc.slice(range.from, range.to);

describe('findAnchor', () => {
  it('finds a heading by its text, however it is written', () => {
    expect(text(findAnchor(doc, 'next steps'))).toBe('## Next steps');
    expect(text(findAnchor(doc, 'Plan#Next Steps'))).toBe('## Next steps');
  });

  it('finds a block by its ^id', () => {
    expect(text(findAnchor(doc, '^d1'))).toBe('A decision. ^d1');
  });

  it('finds a link as written before a heading of the same name', () => {
    expect(text(findAnchor(doc, '[[Budget]]'))).toBe('[[Budget]]');
    expect(text(findAnchor(doc, 'Budget'))).toBe('## Budget');
    // A markdown link's `#Next%20steps` is part of the link, not a heading to go to.
    const withMarkdown = `${doc}\nSee [the steps](Plan.md#Next%20steps).\n`;
    const found = findAnchor(withMarkdown, '[the steps](Plan.md#Next%20steps)', 0);
    expect(found && withMarkdown.slice(found.from, found.to)).toBe(
      '[the steps](Plan.md#Next%20steps)',
    );
  });

  it('falls back to text, and says when there is nothing', () => {
    expect(text(findAnchor(doc, 'a DECISION'))).toBe('A decision');
    expect(findAnchor(doc, 'nowhere')).toBeNull();
  });

  it('with a line (a search hit), finds the text there rather than a heading or an earlier one', () => {
    const at = findAnchor(doc, 'budget', 2);
    expect(at?.from).toBe(doc.indexOf('Budget]]'));
    expect(text(findAnchor(doc, 'budget', 3))).toBe('Budget');
    expect(findAnchor(doc, 'budget', 3)?.from).toBe(doc.indexOf('## Budget') + 3);
    // Not after that line: the usual rules.
    expect(text(findAnchor(doc, 'plan', 5))).toBe('# Plan');
  });
});
