/**
 * `npm run bench:mentions [-- NOTES]`: how fast `links.unlinkedMentions` answers on a vault of
 * real notes (10,000 by default: the tldr pages, topped up with PowerShell reference articles,
 * from /work/shared/corpora), for 200 notes spread over the vault, on real files in a temp folder
 * with a ready search index. Prints p50/p95/max, the p95 against the 50 ms budget, and the same
 * queries answered by reading every note instead of asking the index first (the ratio is what the
 * index saves). Asserts nothing.
 */
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openTestCore } from '../../testing/core/testCore';

const CORPORA = process.env.PRAXIS_CORPORA ?? '/work/shared/corpora';
const BUDGET_MS = 50;

async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md'))
      out.push(path.join(entry.parentPath, entry.name));
  }
  return out.sort();
}

async function corpusVault(count: number): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const sources = [
    ...(await markdownFiles(path.join(CORPORA, 'tldr-pages', 'pages'))),
    ...(await markdownFiles(path.join(CORPORA, 'powershell-docs', 'reference'))),
  ].slice(0, count);
  for (const file of sources) {
    const rel = path.relative(CORPORA, file).split(path.sep).join('/');
    files[rel] = await fs.readFile(file, 'utf8');
  }
  return files;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

const notes = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 10_000;
const files = await corpusVault(notes);
const t = await openTestCore(files);
try {
  await t.core.services.search.whenReady();
  const paths = (await t.call('notes.list')).map((n) => n.path).sort();
  const targets = Array.from(
    { length: 200 },
    (_, i) => paths[Math.floor((i * paths.length) / 200)]!,
  );
  const run = async (list: string[]) => {
    const times: number[] = [];
    let mentions = 0;
    for (const target of list) {
      const start = performance.now();
      mentions += (await t.call('links.unlinkedMentions', { path: target })).length;
      times.push(performance.now() - start);
    }
    return { times: times.sort((a, b) => a - b), mentions };
  };
  await run(targets.slice(0, 10)); // warm up
  const indexed = await run(targets);

  // The same notes, reading every note (what it costs without the index).
  const search = t.core.services.search;
  const matching = search.matchingPaths.bind(search);
  search.matchingPaths = async () => null;
  const scanned = await run(targets.slice(0, 20));
  search.matchingPaths = matching;
  const indexedSame = await run(targets.slice(0, 20));

  const p50 = percentile(indexed.times, 0.5);
  const p95 = percentile(indexed.times, 0.95);
  console.log(`notes in the vault        ${paths.length}`);
  console.log(`targets                   ${targets.length} (${indexed.mentions} mentions found)`);
  console.log(
    `p50 / p95 / max           ${p50.toFixed(1)} / ${p95.toFixed(1)} / ${indexed.times.at(-1)!.toFixed(1)} ms`,
  );
  console.log(`p95 / ${BUDGET_MS} ms budget        ${(p95 / BUDGET_MS).toFixed(2)} (≤ 1 meets it)`);
  console.log(
    `reading every note / index ${(percentile(scanned.times, 0.5) / percentile(indexedSame.times, 0.5)).toFixed(1)}× (p50 over 20 notes: ${percentile(scanned.times, 0.5).toFixed(1)} vs ${percentile(indexedSame.times, 0.5).toFixed(1)} ms)`,
  );
  console.log(JSON.stringify({ notes: paths.length, p50, p95, budgetRatio: p95 / BUDGET_MS }));
} finally {
  await t.close();
}
