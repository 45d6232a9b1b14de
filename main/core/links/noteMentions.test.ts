import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import { contentVersion } from '../vault/contentVersion';
import { splitFrontMatter } from '../vault/frontMatter';
import { findMentions, mentionKeys } from './findMentions';
import { mentionsInNote, readNoteMentionsSync } from './noteMentions';

const keys = mentionKeys(['Plan de compras']);

describe('mentionsInNote', () => {
  it('gives offsets and lines in the file, front matter included, and the paragraph around', () => {
    const raw = '---\ntitle: X\naliases: [plan de compras]\n---\n# X\n\nOur plan  de compras.\n';
    const [m, ...rest] = mentionsInNote({ path: 'X.md', raw, version: 'v1' }, keys);
    expect(rest).toEqual([]);
    expect(raw.slice(m!.start, m!.end)).toBe('plan  de compras');
    expect(m).toMatchObject({ source: 'X.md', version: 'v1', line: 7, bodyLine: 2 });
    expect(m!.paragraph).toBe('Our plan  de compras.');
    expect(m!.paragraph.slice(...m!.highlight)).toBe('plan  de compras');
  });

  it('finds a mention near the end of a long note, with the line counted across it', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `Line ${i} about \`plan\` things.`);
    const raw = `${filler.join('\n')}\n\nAt last, the plan de compras.\n`;
    const found = mentionsInNote({ path: 'Long.md', raw, version: 'v' }, keys);
    expect(found.map((m) => [m.text, m.line, m.bodyLine])).toEqual([
      ['plan de compras', 3002, 3001],
    ]);
    // The same as findMentions on the body gives.
    const split = splitFrontMatter(raw);
    expect(found.map((m) => m.start)).toEqual(
      findMentions(split.body, keys).map((m) => split.bodyOffset + m.start),
    );
  });

  it('cuts a long paragraph to a window around the words, on neither side of a surrogate pair', () => {
    const raw = `${'😀 word '.repeat(200)}plan de compras${' word 😀'.repeat(200)}\n`;
    const [m] = mentionsInNote({ path: 'P.md', raw, version: 'v' }, keys);
    expect(m!.paragraph.length).toBeLessThanOrEqual(402);
    expect(m!.paragraph.startsWith('…') && m!.paragraph.endsWith('…')).toBe(true);
    expect(m!.paragraph.slice(...m!.highlight)).toBe('plan de compras');
    expect(m!.paragraph).not.toMatch(/^…[\udc00-\udfff]|[\ud800-\udbff]…$/);
  });
});

describe('readNoteMentionsSync', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const vault = async (files: Record<string, string | Uint8Array>) => {
    const temp = await makeTempVault(files);
    cleanups.push(temp.cleanup);
    return temp.root;
  };

  it('reads the file and gives the version of its bytes', async () => {
    const text = '\uFEFFThe plan de compras, in a folder.\n';
    const root = await vault({ 'a/b/N.md': text });
    const [m] = readNoteMentionsSync(root, 'a/b/N.md', keys)!;
    expect(m).toMatchObject({ source: 'a/b/N.md', text: 'plan de compras', line: 1 });
    expect(m!.version).toBe(contentVersion(Buffer.from(text)));
    expect(text.slice(m!.start, m!.end)).toBe('plan de compras');
  });

  it('offers nothing in a note that is not UTF-8, and refuses a path through a link', async () => {
    const root = await vault({
      'Latin.md': Buffer.from('El plan de compras est\xe1 aqu\xed.\n', 'latin1'),
      'real/N.md': 'The plan de compras.\n',
    });
    expect(readNoteMentionsSync(root, 'Latin.md', keys)).toBeNull();
    await fs.symlink(path.join(root, 'real'), path.join(root, 'linked'));
    expect(() => readNoteMentionsSync(root, 'linked/N.md', keys)).toThrow(/symbolic link/);
    await fs.symlink(path.join(root, 'real', 'N.md'), path.join(root, 'L.md'));
    expect(() => readNoteMentionsSync(root, 'L.md', keys)).toThrow();
    expect(() => readNoteMentionsSync(root, 'Gone.md', keys)).toThrow();
  });
});
