import { describe, expect, it } from 'vitest';
import { closesFence, codeFenceOf, markdownLines } from './markdownLines';

const kinds = (markdown: string) => [...markdownLines(markdown)].map((line) => line.kind);

describe('codeFenceOf', () => {
  it('reads a run of three or more backticks or tildes, at most three spaces in', () => {
    expect(codeFenceOf('```')).toBe('```');
    expect(codeFenceOf('   ~~~~ python')).toBe('~~~~');
    expect(codeFenceOf('````js title="a"')).toBe('````');
  });

  it('is null for anything shorter, mixed or indented as code', () => {
    expect(codeFenceOf('``')).toBeNull();
    expect(codeFenceOf('`~~')).toBeNull();
    expect(codeFenceOf('    ```')).toBeNull();
    expect(codeFenceOf('\t```')).toBeNull();
    expect(codeFenceOf('text ```')).toBeNull();
    expect(codeFenceOf('')).toBeNull();
  });
});

describe('closesFence', () => {
  it('needs the same character, at least as many times', () => {
    expect(closesFence('```', '```')).toBe(true);
    expect(closesFence('```', '`````')).toBe(true);
    expect(closesFence('````', '```')).toBe(false);
    expect(closesFence('```', '~~~')).toBe(false);
    expect(closesFence('~~~', 'text')).toBe(false);
    expect(closesFence('```', '```js')).toBe(false);
    expect(closesFence('```', '```   ')).toBe(true);
  });
});

describe('markdownLines', () => {
  it('marks prose, the fences and the code between them, with 0-based line numbers', () => {
    const lines = [...markdownLines('# A\n```sh\n# not a heading\n```\nafter')];
    expect(lines).toEqual([
      { text: '# A', index: 0, kind: 'text' },
      { text: '```sh', index: 1, kind: 'fence' },
      { text: '# not a heading', index: 2, kind: 'code' },
      { text: '```', index: 3, kind: 'fence' },
      { text: 'after', index: 4, kind: 'text' },
    ]);
  });

  it('keeps a block open past a shorter fence or one of the other character', () => {
    expect(kinds('````\n```\n~~~~\n````\ntext')).toEqual([
      'fence',
      'code',
      'code',
      'fence',
      'text',
    ]);
  });

  it('runs an unclosed block to the end of the text', () => {
    expect(kinds('text\n~~~\n# inside\n\nmore')).toEqual(['text', 'fence', 'code', 'code', 'code']);
  });

  it('takes CRLF line breaks off the text', () => {
    expect([...markdownLines('a\r\n```\r\nb\r\n```\r\n')].map((line) => line.text)).toEqual([
      'a',
      '```',
      'b',
      '```',
      '',
    ]);
    expect(kinds('```\r\ncode\r\n```\r\n# after')).toEqual(['fence', 'code', 'fence', 'text']);
  });

  it('reads no further than the loop goes', () => {
    const lines = markdownLines('first\nsecond');
    expect(lines.next().value).toEqual({ text: 'first', index: 0, kind: 'text' });
    lines.return();
    expect(lines.next().done).toBe(true);
  });
});
