import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import { composeNote, frontMatterBounds, splitFrontMatter } from './frontMatter';

describe('splitFrontMatter', () => {
  it('separates YAML from the body and knows where the body starts', () => {
    const raw = '---\ntitle: Hello\ntags: [a, b]\n---\n# Body\n\ntext\n';
    const split = splitFrontMatter(raw);
    expect(split.data).toEqual({ title: 'Hello', tags: ['a', 'b'] });
    expect(split.body).toBe('# Body\n\ntext\n');
    expect(split.bodyStartLine).toBe(5);
    expect(raw.slice(split.bodyOffset)).toBe(split.body);
  });

  it('treats a file without front matter, or with an unclosed fence, as all body', () => {
    expect(splitFrontMatter('# Just text\n').yamlText).toBeNull();
    const unclosed = splitFrontMatter('---\nnot front matter\n');
    expect(unclosed.yamlText).toBeNull();
    expect(unclosed.body).toBe('---\nnot front matter\n');
  });

  it('reports unreadable YAML without throwing', () => {
    const split = splitFrontMatter('---\ntitle: [unclosed\n---\nbody\n');
    expect(split.data).toBeNull();
    expect(split.error).toBeTruthy();
    expect(split.body).toBe('body\n');
    expect(splitFrontMatter('---\n- a list\n---\n').error).toMatch(/not a list of `key: value`/);
  });

  it('handles CRLF, a BOM, empty front matter and the `...` closing fence', () => {
    const crlf = splitFrontMatter('\uFEFF---\r\ntitle: X\r\n---\r\nbody\r\n');
    expect(crlf.bom).toBe('\uFEFF');
    expect(crlf.eol).toBe('\r\n');
    expect(crlf.data).toEqual({ title: 'X' });
    expect(crlf.body).toBe('body\r\n');
    expect(splitFrontMatter('---\n---\nbody').data).toEqual({});
    expect(splitFrontMatter('---\na: 1\n...\nbody').body).toBe('body');
  });
});

describe('composeNote', () => {
  const original = [
    '---',
    '# a comment the author wrote',
    'title: Framework agreements',
    'tags: [contracts, procurement]',
    'custom:',
    '  nested: value   # keep me',
    "quoted: 'single'",
    '---',
    '# Framework agreements',
    '',
    'Body text.',
    '',
  ].join('\n');

  it('is byte-exact when the body is kept and nothing changes', () => {
    const split = splitFrontMatter(original);
    expect(composeNote(split, split.body, {})).toBe(original);
    expect(composeNote(split, split.body, { title: 'Framework agreements' })).toBe(original);
  });

  it('keeps unknown keys, comments and list style when a field changes', () => {
    const split = splitFrontMatter(original);
    const next = composeNote(split, 'New body\n', {
      tags: ['contracts'],
      updated: '2026-11-22T10:00:00.000Z',
    });
    expect(next).toContain('# a comment the author wrote');
    // Only the changed value's text is replaced; the new key is appended.
    expect(next).toBe(
      original
        .replace('tags: [contracts, procurement]', 'tags: [contracts]')
        .replace("quoted: 'single'\n", "quoted: 'single'\nupdated: 2026-11-22T10:00:00.000Z\n")
        .replace('# Framework agreements\n\nBody text.\n', 'New body\n'),
    );
    expect(splitFrontMatter(next).data).toMatchObject({
      custom: { nested: 'value' },
      quoted: 'single',
    });
  });

  it('keeps the quotes of a quoted value it changes', () => {
    const split = splitFrontMatter('---\ntitle: \'Old\'\ntags: "a, b"\n---\n');
    expect(composeNote(split, split.body, { title: 'New', tags: 'a, c' })).toBe(
      '---\ntitle: \'New\'\ntags: "a, c"\n---\n',
    );
  });

  it('changes only the entries that change in a list of the same length', () => {
    const block = splitFrontMatter('---\ntags:\n  - \'old\' # why\n  - "two"\n  - three\n---\n');
    expect(composeNote(block, block.body, { tags: ['new', 'two', 'a, b'] })).toBe(
      '---\ntags:\n  - \'new\' # why\n  - "two"\n  - a, b\n---\n',
    );
    const flow = splitFrontMatter("---\ntags: [ 'old',  two ] # mine\n---\n");
    expect(composeNote(flow, flow.body, { tags: ['new', 'a, b'] })).toBe(
      '---\ntags: [ \'new\',  "a, b" ] # mine\n---\n',
    );
    expect(splitFrontMatter(composeNote(flow, flow.body, { tags: ['new', 'a, b'] })).data).toEqual({
      tags: ['new', 'a, b'],
    });
  });

  it('removes a field set to null, keeping the comments around it', () => {
    const split = splitFrontMatter(original);
    const next = composeNote(split, split.body, { custom: null, title: 'Renamed' });
    expect(splitFrontMatter(next).data).toEqual({
      title: 'Renamed',
      tags: ['contracts', 'procurement'],
      quoted: 'single',
    });
    expect(next).toContain('# a comment the author wrote');
    expect(next).toContain('tags: [contracts, procurement]');
  });

  it('quotes values that YAML would misread', () => {
    const split = splitFrontMatter('---\ntitle: A\n---\n');
    const next = composeNote(split, '', { title: 'Risk: high # not a comment', aliases: ['yes'] });
    expect(splitFrontMatter(next).data).toEqual({
      title: 'Risk: high # not a comment',
      aliases: ['yes'],
    });
  });

  it('leaves a note without front matter without it until fields are written', () => {
    const split = splitFrontMatter('plain body\n');
    expect(composeNote(split, 'plain body, edited\n', {})).toBe('plain body, edited\n');
    const withFields = composeNote(split, 'x\n', { updated: 'u', id: 'i', type: 'note' });
    expect(withFields).toBe('---\nid: i\ntype: note\nupdated: u\n---\nx\n');
  });

  it("keeps a CRLF file's line endings", () => {
    const split = splitFrontMatter('---\r\ntitle: A\r\n---\r\nline 1\r\n');
    expect(composeNote(split, 'line 1\nline 2\n', { type: 'note' })).toBe(
      '---\r\ntitle: A\r\ntype: note\r\n---\r\nline 1\r\nline 2\r\n',
    );
  });

  it('keeps unreadable front matter verbatim and refuses to change its fields', () => {
    const split = splitFrontMatter('---\ntitle: [oops\n---\nbody\n');
    expect(composeNote(split, 'new\n', { updated: 'x' })).toBe('---\ntitle: [oops\n---\nnew\n');
    expect(() => composeNote(split, 'new\n', { title: 'Fixed' })).toThrow(ApiError);
  });
});

describe('frontMatterBounds', () => {
  it('puts the body where splitFrontMatter does, without reading the YAML', () => {
    const files = [
      '---\ntitle: A\n---\nBody\n',
      '\uFEFF---\r\ntitle: A\r\n...\r\nBody\r\n',
      '---\ntitle: [unclosed\n---\nBody',
      '---\n---\n',
      '---\nno closing fence\n',
      '\uFEFFplain',
      '',
    ];
    for (const raw of files) {
      const { yamlText, body, bodyOffset, bodyStartLine } = splitFrontMatter(raw);
      expect(frontMatterBounds(raw)).toEqual({ yamlText, body, bodyOffset, bodyStartLine });
    }
  });
});
