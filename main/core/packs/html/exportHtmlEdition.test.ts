import path from 'node:path';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf, openTestCores } from '../../../../testing/core/testCore';
import { snapshotFolder } from '../../../../testing/core/tempVault';
import { HOSTILE_MARKDOWN } from '../../../../testing/hostileMarkdown';
import { TINY_PNG } from '../../../../testing/core/tinyPng';

const vault: Record<string, string | Buffer> = {
  'procurement/Framework agreements.md': [
    '---',
    'type: solution',
    'domains: [procurement]',
    'tags: [contracts]',
    '---',
    '# Framework agreements',
    '',
    'Use a [[Scoring matrix]], the [[Scoring matrix#Weights|weights]] and [[Matrix alias]].',
    'Also [the checklist](../Checklist.md#Budget) and [[Onboarding]] (left out) and [[Nowhere]].',
    '',
    '![[chart.png]] ![[fake.png]] ![[minutes.pdf]]',
    '',
    '## Renewal',
    '',
    'See [below](#renewal).',
    '',
  ].join('\n'),
  'procurement/Scoring matrix.md':
    '---\ntype: practice\ndomains: [procurement]\naliases: [Matrix alias]\n---\n# Scoring matrix\n\n## Weights\n\nWeights per criterion with zanzibarite.\n',
  'Checklist.md':
    '---\ndomains: [procurement]\n---\n# Checklist\n\n## Budget\n\n- [ ] Budget line\n',
  'attachments/chart.png': TINY_PNG,
  'attachments/fake.png': '<script>not an image</script>',
  'attachments/minutes.pdf': '%PDF-1.4 minutes',
  'hr/Onboarding.md': '---\ndomains: [hr]\n---\n# Onboarding\n',
};

/** The exported page, parsed (scripts do not run in it). */
async function readPage(file: string) {
  const html = await fs.readFile(file, 'utf8');
  return { html, document: new JSDOM(html).window.document };
}

/** The body of the note at `slug`. */
const noteBody = (document: Document, slug: string) =>
  document.querySelector(`#note-${slug} .note-body`)!;

describe('the HTML edition exporter', () => {
  let out: string;
  let profile: string;
  beforeEach(async () => {
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-edition-'));
    profile = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-profile-'));
  });
  afterEach(async () => {
    await fs.rm(out, { recursive: true, force: true });
    await fs.rm(profile, { recursive: true, force: true });
  });
  const open = openTestCores();

  it('rewrites links between included notes to hash routes, marks the rest, inlines images', async () => {
    const core = await open(vault, { profilePath: profile });
    const before = await snapshotFolder(core.root);
    const file = path.join(out, 'edition.html');
    const result = await core.call('packs.exportHtml', {
      title: 'Procurement',
      selection: { domains: ['procurement'] },
      sign: false,
      out: file,
    });
    expect(result).toMatchObject({ notes: 3, imagesInlined: 1, version: '1.0.0' });
    // The vault is only read.
    expect(await snapshotFolder(core.root)).toEqual(before);

    const { document } = await readPage(file);
    const framework = noteBody(document, 'procurement-framework-agreements');
    const hrefs = [...framework.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        ['Scoring matrix', '#/note/procurement-scoring-matrix'],
        ['weights', '#/note/procurement-scoring-matrix/heading-weights'],
        ['Matrix alias', '#/note/procurement-scoring-matrix'],
        ['the checklist', '#/note/checklist/heading-budget'],
        ['below', '#/note/procurement-framework-agreements/heading-renewal'],
      ]),
    );
    // The route's anchors name elements of that note.
    expect(document.getElementById('n2-heading-weights')?.textContent).toBe('Weights');
    expect(document.getElementById('n0-heading-budget')?.textContent).toBe('Budget');
    // Left out and missing: plain text with a hint, never a link.
    const excluded = [...framework.querySelectorAll('.excluded-link')];
    expect(excluded.map((e) => [e.tagName, e.textContent, e.getAttribute('title')])).toEqual([
      ['SPAN', 'Onboarding', '“Onboarding” is not in this edition.'],
      ['SPAN', 'Nowhere', '“Nowhere” does not exist.'],
    ]);
    // A real PNG is inlined; a "png" that is not one, and a PDF, are listed instead.
    const images = [...framework.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe(
      `data:image/png;base64,${TINY_PNG.toString('base64')}`,
    );
    const listed = [
      ...document.querySelectorAll('#note-procurement-framework-agreements .attachments li'),
    ].map((li) => li.textContent);
    expect(listed).toEqual([
      expect.stringMatching(/^fake\.png/),
      expect.stringMatching(/^minutes\.pdf/),
    ]);
    // Nothing of the app's own link plumbing is left.
    expect(
      document.querySelector('[data-note-path], [data-vault-path], [data-link-target]'),
    ).toBeNull();
  });

  it('writes a page with a strict CSP whose hashes match its only script and style', async () => {
    const core = await open(vault, { profilePath: profile });
    await core.call('keys.create', { department: 'Ministry of Finance' });
    const file = path.join(out, 'edition.html');
    const result = await core.call('packs.exportHtml', {
      title: 'Procurement',
      version: '2.1.0',
      selection: { domains: ['procurement'] },
      sign: true,
      out: file,
      language: 'es',
    });
    const { html, document } = await readPage(file);
    const csp = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:;/,
    );
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    const { createHash } = await import('node:crypto');
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    const scripts = [...document.querySelectorAll('script:not([type])')];
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`'sha256-${hash(scripts[0]!.textContent!)}'`);
    expect(csp).toContain(`'sha256-${hash(document.querySelector('style')!.textContent!)}'`);
    // No address outside the file anywhere in the markup.
    expect(html).not.toMatch(/\b(?:src|href)="(?!#|data:image\/)/);
    // The header, in the exporter's language.
    expect(document.documentElement.lang).toBe('es');
    const header = document.querySelector('header')!.textContent!;
    expect(header).toContain('2.1.0');
    expect(header).toContain('Ministry of Finance');
    expect(header).toContain(result.publisher.fingerprint!.fingerprint);
    expect(header).toContain('.praxispack');
    expect(header).toContain('no se puede verificar');
  });

  it('renders the preview canary set inert', async () => {
    const core = await open(
      { 'Hostile.md': `---\ndomains: [procurement]\n---\n${HOSTILE_MARKDOWN}` },
      { profilePath: profile },
    );
    const file = path.join(out, 'hostile.html');
    await core.call('packs.exportHtml', {
      title: 'Hostile',
      selection: { all: true },
      sign: false,
      out: file,
    });
    const { document } = await readPage(file);
    const body = document.querySelector('#note-hostile .note-body')!;
    expect(
      body.querySelector('script, iframe, object, embed, form, style, link, meta, base'),
    ).toBeNull();
    for (const element of body.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        expect(name).not.toMatch(/^on/);
        const value = element.getAttribute(name)!;
        if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name))
          // `data:` images stay as the preview keeps them: an image runs no script.
          expect(value).toMatch(/^(?:#|https?:|mailto:|data:image\/)/i);
      }
    }
  });

  it('refuses a selection with no note, and a folder that does not exist', async () => {
    const core = await open(vault, { profilePath: profile });
    const empty = await failureOf(
      core.call('packs.exportHtml', {
        title: 'Nothing',
        selection: { tags: ['absent'] },
        sign: false,
        out: path.join(out, 'x.html'),
      }),
    );
    expect(empty.code).toBe('INVALID');
    const noFolder = await failureOf(
      core.call('packs.exportHtml', {
        title: 'X',
        selection: { all: true },
        sign: false,
        out: path.join(out, 'missing', 'x.html'),
      }),
    );
    expect(noFolder.code).toBe('NOT_FOUND');
  });
});
