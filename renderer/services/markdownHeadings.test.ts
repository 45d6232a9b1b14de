import { describe, expect, it } from 'vitest';
import { extractHeadings, headingSlug } from './markdownHeadings';

describe('headingSlug', () => {
  it('is the same for markdown and rendered text, in any script', () => {
    expect(headingSlug('Lessons from **our** team!')).toBe('lessons-from-our-team');
    expect(headingSlug('Lessons from our team')).toBe('lessons-from-our-team');
    expect(headingSlug('Évaluation  des offres')).toBe('évaluation-des-offres');
    expect(headingSlug('2025 — Q1')).toBe('2025-q1');
  });
});

describe('extractHeadings', () => {
  it('lists ATX headings outside code with their level, plain text and line', () => {
    const body = '# Title\ntext\n```\n# not a heading\n```\n## Next [[Plan|steps]] ##\n#tag';
    expect(extractHeadings(body)).toEqual([
      { level: 1, text: 'Title', line: 0 },
      { level: 2, text: 'Next steps', line: 5 },
    ]);
  });
});
