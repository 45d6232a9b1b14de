import path from 'node:path';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCores } from '../../../../testing/core/testCore';
import { corporaDir, corporaPresent } from '../../../../testing/core/corpora';

/** The first `count` markdown files of a corpus folder (sorted), keyed by their vault path. */
async function sample(from: string, prefix: string, count: number) {
  const names = (await fs.readdir(from)).filter((n) => n.endsWith('.md')).sort();
  const files: Record<string, string> = {};
  for (const name of names.slice(0, count))
    files[`${prefix}/${name}`] = await fs.readFile(path.join(from, name), 'utf8');
  return files;
}

/** The page's notes (every article) and its data (the search index and the notes' list). */
function notesAndIndexBytes(html: string): number {
  const articles = html.match(/<article[\s\S]*?<\/article>/g) ?? [];
  const data = /<script type="application\/json" id="edition-data">([\s\S]*?)<\/script>/.exec(
    html,
  )![1]!;
  return [...articles, data].reduce((sum, part) => sum + Buffer.byteLength(part), 0);
}

describe.skipIf(!corporaPresent)('the HTML edition of a text-only pack', () => {
  let out: string;
  beforeEach(async () => {
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-edition-size-'));
  });
  afterEach(async () => fs.rm(out, { recursive: true, force: true }));
  const open = openTestCores();

  it('holds its notes and search index in at most about 3× their markdown', async () => {
    // Real notes, copied (the corpora are read-only): short command pages and long articles.
    const files = {
      ...(await sample(path.join(corporaDir, 'tldr-pages', 'pages', 'common'), 'tldr', 120)),
      ...(await sample(
        path.join(corporaDir, 'powershell-docs', 'reference', '7.5', 'Microsoft.PowerShell.Core'),
        'powershell',
        8,
      )),
    };
    const core = await open(files);
    // The vault's own index is built meanwhile; closing the core mid-build is not this test's.
    await core.core.services.search.whenReady();
    const file = path.join(out, 'edition.html');
    const result = await core.call('packs.exportHtml', {
      title: 'Sample',
      selection: { all: true },
      sign: false,
      out: file,
    });
    // Pages the selection cannot read (odd front matter) stay out, as in a pack.
    expect(result.notes).toBeGreaterThan(120);
    const html = await fs.readFile(file, 'utf8');
    const ratio = notesAndIndexBytes(html) / result.markdownBytes;
    console.log(`HTML edition: notes + index = ${ratio.toFixed(2)}× the markdown`);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThanOrEqual(3);
  });
});
