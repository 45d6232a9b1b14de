import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdownText';

describe('markdownToText', () => {
  it('keeps words, drops syntax, and keeps every line where it was', () => {
    const markdown = [
      '# Framework agreements',
      '',
      '> [!NOTE]',
      '> Read **this** _first_: see [[Scoring matrix|the matrix]] and [the guide](https://x.org/g "Guide").',
      '',
      '- [x] Publish the `tender notice` #procurement/tenders',
      '1. Evaluate ~~old~~ bids &amp; prices<br>',
      '',
      '| Step | Owner |',
      '|------|-------|',
      '| Award | Unit |',
      '<!-- a comment',
      'spanning lines -->',
      '```powershell',
      'Get-ChildItem -Recurse # not a tag',
      '```',
      'E[x]tract the archive with about_Functions.',
    ].join('\n');
    const { text, headings } = markdownToText(markdown);
    const lines = text.split('\n');
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe('Framework agreements');
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('Read this first: see the matrix and the guide.');
    expect(lines[5]).toBe('Publish the tender notice #procurement/tenders');
    expect(lines[6]).toBe('Evaluate old bids & prices');
    expect(lines[9]).toBe('');
    expect(lines[10]!.trim().split(/\s+/)).toEqual(['Award', 'Unit']);
    expect(lines[11]).toBe('');
    expect(lines[14]).toBe('Get-ChildItem -Recurse # not a tag');
    expect(lines[16]).toBe('Extract the archive with about_Functions.');
    expect(headings).toEqual(['Framework agreements']);
  });

  it('leaves headings in code out of the headings', () => {
    const { headings } = markdownToText(
      'Fixes #123 and `#notatag`\n```\n# not a heading\n#nottag\n```\n## Real',
    );
    expect(headings).toEqual(['Real']);
  });

  it('handles Windows line endings and control characters', () => {
    expect(markdownToText('a\r\nb\u0000c\r\n').text).toBe('a\nb c\n');
  });
});
