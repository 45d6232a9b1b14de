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

  it('titles every journal entry by its day, whatever language its heading is in', () => {
    const entries = [
      summary(
        'journal/2026/2026-12-01.md',
        '---\ntype: journal\n---\n# Tuesday, 1 December 2026\n',
      ),
      summary('journal/2026/2026-11-30.md', '# lunes, 30 de noviembre de 2026\n\n## Qué aprendí\n'),
      summary('Daily/2026-11-29.md', '---\ntype: journal\n---\nno heading'),
    ];
    expect(entries.map((e) => e.title)).toEqual(['2026-12-01', '2026-11-30', '2026-11-29']);
    // The heading still names the entry for links written with it.
    expect(entries[1]!.aliases).toEqual(['lunes, 30 de noviembre de 2026']);
    // The author's front-matter title wins; a dated note outside the journal is not an entry.
    expect(summary('journal/2026/2026-12-02.md', '---\ntitle: Offsite\n---\n# x').title).toBe(
      'Offsite',
    );
    expect(summary('Minutes/2026-12-02.md', '# Board minutes').title).toBe('Board minutes');
  });

  it('marks journal entries and notes saying `private: true` private, other notes shared', () => {
    expect(summary('journal/2026/2026-12-01.md', '# Day').private).toBe(true);
    expect(summary('journal/2026/2026-12-01.md', '---\nprivate: false\n---\n').private).toBe(false);
    expect(summary('HR/Salaries.md', '---\nprivate: yes\n---\n').private).toBe(true);
    expect(summary('Procurement/Framework.md', '# Framework').private).toBe(false);
  });
});
