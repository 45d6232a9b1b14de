import path from 'node:path';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import { snapshotFolder } from '../../../testing/core/tempVault';
import { HOSTILE_MARKDOWN } from '../../../testing/hostileMarkdown';
import { TINY_PNG } from '../../../testing/core/tinyPng';

const vault: Record<string, string | Buffer> = {
  'procurement/Framework agreements.md': [
    '---',
    'type: solution',
    'domains: [procurement]',
    '---',
    '# Framework agreements',
    '',
    'Use a [[Scoring matrix]] and see [below](#renewal).',
    '',
    '![[chart.png]] ![[fake.png]] ![[minutes.pdf]] ![remote](https://example.com/x.png)',
    '',
    '## Renewal',
    '',
    'Renew every four years.',
    '',
  ].join('\n'),
  'procurement/Scoring matrix.md': '# Scoring matrix\n\nWeights.\n',
  'Untitled body.md': 'Text with no heading.\n',
  'Hostile.md': HOSTILE_MARKDOWN,
  'attachments/chart.png': TINY_PNG,
  'attachments/fake.png': '<script>not an image</script>',
  'attachments/minutes.pdf': '%PDF-1.4 minutes',
};

/**
 * Every URL opening the page would ask for: attributes that load (`src`, `srcset`, `poster`,
 * `data`, an SVG `href`, a `<link>`'s) other than `data:` images, and `url(…)` in styles.
 */
function requestsOf(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const requested: string[] = [];
  for (const element of document.querySelectorAll('*'))
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name)!;
      const loads =
        ['src', 'srcset', 'poster', 'data', 'background'].includes(name) ||
        (name.endsWith('href') && !(element.tagName === 'A' || element.localName === 'a'));
      if (loads && !value.startsWith('data:image/')) requested.push(value);
      if (/url\(/i.test(value)) requested.push(value);
    }
  for (const style of document.querySelectorAll('style'))
    for (const match of (style.textContent ?? '').matchAll(/url\(([^)]*)\)/gi))
      requested.push(match[1]!);
  return requested;
}

describe('a note exported as HTML', () => {
  let out: string;
  beforeEach(async () => {
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-note-html-'));
  });
  afterEach(async () => {
    await fs.rm(out, { recursive: true, force: true });
  });
  const open = openTestCores();

  it('stands alone: its images inlined, links inside it working, nothing loaded from outside', async () => {
    const core = await open(vault);
    const before = await snapshotFolder(core.root);
    const file = path.join(out, 'agreements.html');
    const result = await core.call('notes.exportHtml', {
      path: 'procurement/Framework agreements.md',
      out: file,
    });
    expect(result).toMatchObject({
      fileName: 'Framework agreements.html',
      file,
      imagesInlined: 1,
    });
    // Written where asked, the same page as returned; the vault only read.
    expect(await fs.readFile(file, 'utf8')).toBe(result.html);
    expect(await snapshotFolder(core.root)).toEqual(before);

    const { document } = new JSDOM(result.html).window;
    expect(document.title).toBe('Framework agreements');
    expect(document.documentElement.lang).toBe('en');
    // The note's own heading is the page's: not repeated above it.
    expect([...document.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([
      'Framework agreements',
    ]);
    const images = [...document.querySelectorAll('img')];
    expect(images.map((i) => i.getAttribute('src'))).toEqual([
      `data:image/png;base64,${TINY_PNG.toString('base64')}`,
    ]);
    // A link to another note has nowhere to go in this page: text, with a hint.
    const other = document.querySelector('.excluded-link')!;
    expect([other.tagName, other.textContent]).toEqual(['SPAN', 'Scoring matrix']);
    // A link inside the note goes to its heading in the page.
    const below = [...document.querySelectorAll('a')].find((a) => a.textContent === 'below')!;
    const target = document.getElementById(below.getAttribute('href')!.slice(1));
    expect(target?.textContent).toBe('Renewal');

    const csp = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toContain('unsafe-inline');
    expect(document.querySelector('script, link, iframe, object, embed, base')).toBeNull();
    expect(result.html).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
    expect(requestsOf(result.html)).toEqual([]);
  });

  it('is sanitised: hostile markdown leaves nothing that runs or loads', async () => {
    const core = await open(vault);
    const { html } = await core.call('notes.exportHtml', { path: 'Hostile.md' });
    const { document } = new JSDOM(html).window;
    const body = document.querySelector('.note-body')!;
    expect(
      body.querySelector('script, iframe, object, embed, form, style, link, meta, base'),
    ).toBeNull();
    for (const element of body.querySelectorAll('*'))
      for (const name of element.getAttributeNames()) {
        expect(name).not.toMatch(/^on/);
        if (['src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster'].includes(name))
          expect(element.getAttribute(name)).toMatch(/^(?:#|data:image\/)/i);
        if (name === 'href') expect(element.getAttribute(name)).toMatch(/^(?:#|https?:|mailto:)/i);
      }
    expect(requestsOf(html)).toEqual([]);
  });

  it('titles a note without a heading, speaks the language asked, and refuses a missing folder', async () => {
    const core = await open(vault);
    const { html, file } = await core.call('notes.exportHtml', {
      path: 'Untitled body.md',
      language: 'ca',
    });
    expect(file).toBeNull();
    const { document } = new JSDOM(html).window;
    expect(document.documentElement.lang).toBe('ca');
    expect(document.querySelector('h1')?.textContent).toBe('Untitled body');

    const missing = await failureOf(
      core.call('notes.exportHtml', {
        path: 'Untitled body.md',
        out: path.join(out, 'missing', 'x.html'),
      }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const notHtml = await failureOf(
      core.call('notes.exportHtml', { path: 'Untitled body.md', out: path.join(out, 'x.sh') }),
    );
    expect(notHtml.code).toBe('INVALID');
    expect(await fs.readdir(out)).toEqual([]);
  });
});
