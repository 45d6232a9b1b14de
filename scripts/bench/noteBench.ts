/**
 * How fast the note view's pure parts are on large input, in the browser engine the app runs in
 * (Chromium, through Playwright): the markdown → safe HTML pipeline (marked, DOMPurify, the
 * finishing pass) on a short note and on a 1 MB note, a LinkResolver following one changed note
 * in a 10,000-note vault, and the line diff and three-way merge behind the conflict view on
 * 10,000-line notes. Prints medians; asserts nothing.
 *
 *   npm run bench:note
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';

const entry = `
import { LinkResolver } from './shared/links/linkResolver';
import { renderMarkdown } from './shared/markdown/renderMarkdown';
import { resolverFor } from './renderer/state/vaultLookups';
import { diffLines, mergeThreeWay, splitLines } from './renderer/features/note/conflict/lineDiff';

function median(run, repeat) {
  const samples = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

window.runBench = () => {
  const out = [];
  const report = (label, ms) => out.push([label, ms]);
  const NOTES = 10000;
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: String(i), path: 'domain ' + (i % 8) + '/Note ' + i + '.md', title: 'Note ' + i, type: 'note',
    domains: [], tags: [], aliases: i % 10 === 0 ? ['Alias ' + i] : [], created: null,
    updated: '2026-01-01T00:00:00Z',
  }));
  const snapshot = (list) => ({ loaded: true, info: null, notes: list,
    byPath: new Map(list.map((n) => [n.path, n])), attachments: ['attachments/chart.png'] });
  const resolver = new LinkResolver(notes, ['attachments/chart.png']);
  const ctx = { path: 'domain 0/Note 0.md', resolver, fileUrl: (p) => '/files/' + p };
  const paragraph = (i) => 'Paragraph ' + i + ' links [[Note ' + ((i * 7) % NOTES) + ']], [[Note ' +
    ((i * 13) % NOTES) + '#Plan|the plan]] and [[Missing ' + i + ']], with **bold**, \`code\`, #tag-' +
    (i % 50) + ' and a [site](https://example.org).';
  const shortNote = '# Short note\\n\\n' + Array.from({ length: 20 }, (_, i) => paragraph(i)).join('\\n\\n');
  const blocks = [];
  for (let i = 0, size = 0; size < 1000000; i++) {
    if (i % 40 === 0) blocks.push('## Section ' + i);
    if (i % 25 === 0) blocks.push('\`\`\`js\\nconst total = items.reduce((a, b) => a + b, 0);\\n\`\`\`');
    if (i % 30 === 0) blocks.push('| a | b |\\n|---|---|\\n| [[Note 1]] | ![[chart.png]] |');
    blocks.push(paragraph(i));
    size += blocks[blocks.length - 1].length + 2;
  }
  const bigNote = '# Big note\\n\\n' + blocks.join('\\n\\n');
  renderMarkdown(shortNote, ctx); // warm up
  report('render a short note (' + shortNote.length + ' chars)', median(() => renderMarkdown(shortNote, ctx), 50));
  report('render a 1 MB note (' + blocks.length + ' blocks)', median(() => renderMarkdown(bigNote, ctx), 5));
  report('build a LinkResolver for ' + NOTES + ' notes', median(() => new LinkResolver(notes, []), 10));
  const owner = {};
  let current = snapshot(notes);
  resolverFor(owner, current);
  report('follow one changed note in a ' + NOTES + '-note vault', median(() => {
    const changed = [...current.notes];
    const i = Math.floor(Math.random() * NOTES);
    changed[i] = { ...changed[i], title: 'Renamed ' + performance.now() };
    current = snapshot(changed);
    resolverFor(owner, current);
  }, 20));
  const lines = Array.from({ length: 10000 }, (_, i) => 'Line ' + i + ': ' + paragraph(i));
  const mine = [...lines];
  const theirs = [...lines];
  for (let i = 0; i < 100; i++) {
    mine[i * 97] += ' (mine)';
    theirs[i * 89 + 5] += ' (theirs)';
  }
  report('diff 10,000 lines, 100 changed', median(() => diffLines(lines, mine), 10));
  report('three-way merge of 10,000 lines, 100 changes a side',
    median(() => mergeThreeWay(lines.join('\\n'), mine.join('\\n'), theirs.join('\\n')), 10));
  const rewritten = splitLines(lines.map((l) => l.toUpperCase()).join('\\n'));
  report('diff 10,000 lines, every line changed', median(() => diffLines(lines, rewritten), 3));
  return out;
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: path.join(import.meta.dirname, '../..'), loader: 'ts' },
  bundle: true,
  format: 'iife',
  write: false,
  platform: 'browser',
  target: 'chrome130',
  logLevel: 'warning',
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const results = await page.evaluate(() =>
    (window as unknown as { runBench(): [string, number][] }).runBench(),
  );
  console.log(`Note view benchmarks (Chromium ${browser.version()})`);
  for (const [label, ms] of results) console.log(`${label.padEnd(56)} ${ms.toFixed(1)} ms`);
} finally {
  await browser.close();
}
