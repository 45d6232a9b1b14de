/**
 * `npm run bench:search`: the search engine against its floor and its peers, side by side in one
 * run on the same ~10,500 notes (tldr-pages + PowerShell docs from ../shared/corpora).
 *
 * - floor: read every note, tokenize it (lunr's default tokenizer) and count terms: no index.
 * - naive lunr: stock lunr 2.3.9, the whole index rebuilt on every edit.
 * - MiniSearch: incremental in-memory index, the usual alternative.
 * - Praxis: this engine (SearchService: worker thread, main + delta segments).
 *
 * Every engine runs in a child process of its own (peak memory is per process) and reads the
 * notes through the same loader. Times on a shared 2-core machine are noisy; compare the ratios
 * measured in one run. Prints a table, then one JSON line with every figure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { SearchDocument } from '../../main/core/search/searchDocument';
import {
  copyCorpora,
  longPrefix,
  benchSource,
  readVault,
  realisticQueries,
  relevanceQueries,
  seeded,
  shortPrefix,
} from './benchCorpus';

const run = promisify(execFile);
type Figures = Record<string, number | string | boolean | null>;

async function child(engine: string, mode: 'build' | 'load', workDir: string): Promise<Figures> {
  const script = path.join(import.meta.dirname, 'benchEngine.ts');
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', script, engine, mode, workDir],
    {
      maxBuffer: 1 << 24,
      timeout: 10 * 60_000,
    },
  );
  const last = stdout.trim().split('\n').at(-1)!;
  return JSON.parse(last) as Figures;
}

function sample<T>(items: T[], n: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < n && i < copy.length; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

const fmt = (value: unknown, digits = 1): string =>
  typeof value === 'number'
    ? value.toFixed(digits)
    : value === undefined || value === null
      ? '–'
      : String(value);

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'praxis-bench-'));
  const vault = path.join(workDir, 'vault');
  try {
    // Praxis runs its worker as it ships: one CommonJS bundle (as scripts/build.ts makes it).
    await build({
      entryPoints: [path.join(import.meta.dirname, '../../main/core/search/searchWorker.ts')],
      outfile: path.join(workDir, 'searchWorker.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    process.stderr.write(`Copying the corpora to ${vault}…\n`);
    await copyCorpora(vault);
    const docs: SearchDocument[] = [];
    for await (const doc of readVault(benchSource(vault))) docs.push(doc);
    const random = seeded(99);
    const edits = [
      ...sample(
        docs.filter((d) => d.path.startsWith(shortPrefix)),
        50,
        random,
      ),
      ...sample(
        docs.filter((d) => d.path.startsWith(longPrefix)),
        50,
        random,
      ),
    ];
    const queries = realisticQueries(docs);
    const relevance = await relevanceQueries(vault, docs);
    await writeFile(
      path.join(workDir, 'queries.json'),
      JSON.stringify({ queries, relevance, edits }),
    );
    const shortCount = docs.filter((d) => d.path.startsWith(shortPrefix)).length;
    process.stderr.write(
      `${docs.length} notes (${shortCount} short, ${docs.length - shortCount} long), ${queries.length} queries, ${relevance.length} known-answer queries.\n`,
    );

    const results: Record<string, Figures> = {};
    for (const engine of ['floor', 'lunr', 'minisearch', 'praxis']) {
      process.stderr.write(`Running ${engine}…\n`);
      results[engine] = await child(engine, 'build', workDir);
      if (engine !== 'floor') Object.assign(results[engine]!, await child(engine, 'load', workDir));
    }
    // The floor again, last: the build ratios use the faster of the two floor runs.
    const floorAgain = await child('floor', 'build', workDir);
    const floorMs = Math.min(Number(results['floor']!['buildMs']), Number(floorAgain['buildMs']));
    results['floor']!['buildMs'] = floorMs;
    for (const engine of ['lunr', 'minisearch', 'praxis']) {
      results[engine]!['buildRatio'] = Number(
        (Number(results[engine]!['buildMs']) / floorMs).toFixed(2),
      );
    }

    const { floor, lunr, minisearch, praxis } = results as Record<string, Figures>;
    const rows: [string, string, string, string, string, string][] = [
      ['figure', 'floor', 'naive lunr', 'MiniSearch', 'Praxis', 'target (Praxis)'],
      [
        'full build, s (× floor)',
        fmt(Number(floor!['buildMs']) / 1000, 2),
        `${fmt(Number(lunr!['buildMs']) / 1000, 2)} (${fmt(lunr!['buildRatio'])}×)`,
        `${fmt(Number(minisearch!['buildMs']) / 1000, 2)} (${fmt(minisearch!['buildRatio'])}×)`,
        `${fmt(Number(praxis!['buildMs']) / 1000, 2)} (${fmt(praxis!['buildRatio'])}×)`,
        '≤ 2.5× floor',
      ],
      [
        'edit → searchable p95, short notes, ms',
        '–',
        fmt(lunr!['editShortP95Ms'], 0),
        fmt(minisearch!['editShortP95Ms'], 2),
        fmt(praxis!['editShortP95Ms'], 2),
        '≤ 5',
      ],
      [
        'edit → searchable p95, long articles, ms',
        '–',
        fmt(lunr!['editLongP95Ms'], 0),
        fmt(minisearch!['editLongP95Ms'], 2),
        fmt(praxis!['editLongP95Ms'], 2),
        '≤ 20',
      ],
      [
        'query p50 / p95, ms',
        '–',
        `${fmt(lunr!['queryP50Ms'], 2)} / ${fmt(lunr!['queryP95Ms'], 2)}`,
        `${fmt(minisearch!['queryP50Ms'], 2)} / ${fmt(minisearch!['queryP95Ms'], 2)}`,
        `${fmt(praxis!['queryP50Ms'], 2)} / ${fmt(praxis!['queryP95Ms'], 2)}`,
        '≤ MiniSearch',
      ],
      [
        'peak RSS while indexing, MB',
        fmt(floor!['peakRssMb'], 0),
        fmt(lunr!['peakRssMb'], 0),
        fmt(minisearch!['peakRssMb'], 0),
        fmt(praxis!['peakRssMb'], 0),
        '≤ MiniSearch',
      ],
      [
        'index load at start, ms',
        '–',
        fmt(lunr!['loadMs'], 0),
        fmt(minisearch!['loadMs'], 0),
        fmt(praxis!['loadMs'], 0),
        '≤ MiniSearch',
      ],
      [
        'longest block of the starting thread, ms',
        '–',
        fmt(lunr!['loadMaxStallMs'], 0),
        fmt(minisearch!['loadMaxStallMs'], 0),
        fmt(praxis!['loadMaxStallMs'], 0),
        'window interactive',
      ],
      [
        'MRR@10 (known-answer queries)',
        '–',
        '–',
        fmt(minisearch!['mrr10'], 3),
        fmt(praxis!['mrr10'], 3),
        '≥ MiniSearch',
      ],
      [
        'edits found by search afterwards',
        '–',
        '–',
        fmt(minisearch!['editsVerified']),
        fmt(praxis!['editsVerified']),
        'all',
      ],
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const [i, row] of rows.entries()) {
      console.log(
        row
          .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
          .join('  '),
      );
      if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
    console.log(
      `\nstock lunr 2.3.9 on this corpus, query cont*: ${lunr!['stockLunrContThrows'] ? `throws (${String(lunr!['stockLunrContThrows'])})` : 'answered'}; Praxis: ${String(praxis!['contHits'])} hits.`,
    );
    console.log(
      `Notes: naive lunr's edit figure is one full rebuild (every edit costs one); Praxis query times are end to end through its worker, snippets for the first 20 hits included; load = until a query on the saved index is answered.`,
    );
    console.log(
      JSON.stringify({
        notes: docs.length,
        queries: queries.length,
        knownAnswerQueries: relevance.length,
        ...Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v])),
      }),
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
