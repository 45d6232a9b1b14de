import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontMatter';
import { summarizeNote } from './noteMetadata';

const summary = (path: string, raw: string) =>
  summarizeNote(path, splitFrontMatter(raw), [], new Date('2026-01-05T10:00:00Z'));

describe('summarizeNote', () => {
  it('titles a note by its front-matter title, else its first heading, else its file name', () => {
    expect(summary('a/One.md', '---\ntitle: Given\n---\n# Heading').title).toBe('Given');
    expect(summary('a/Two.md', 'intro\n\n# Heading\n').title).toBe('Heading');
    expect(summary('a/Three.md', 'no heading').title).toBe('Three');
  });

  it('names a template by its file, not by the placeholders its notes get', () => {
    const solution = summary(
      'templates/Solution.md',
      '---\ntype: solution\ntitle: "{{title}}"\n---\n# {{title}}\n\n## Problem\n',
    );
    expect(solution).toMatchObject({ title: 'Solution', type: 'template' });
    expect(summary('Templates/CoP session.md', '# {{date}} session').title).toBe('CoP session');
  });
});
