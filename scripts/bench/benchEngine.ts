/**
 * One engine of the search benchmark, in a process of its own so that its peak memory is its
 * own: `tsx scripts/bench/benchEngine.ts <floor|lunr|minisearch|praxis> <build|load> <workDir>`.
 * Prints one JSON line of figures. Run by searchBench.ts; not meant to be run by hand.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../../main/core/search/searchDocument';
import { createSearchWorker } from '../../main/core/search/createSearchWorker';
import { SearchService } from '../../main/core/search/searchService';
import {
  benchSource,
  flat,
  readAndTokenise,
  readVault,
  textFields,
  shortPrefix,
  type BenchQuery,
  type RelevanceQuery,
} from './benchCorpus';

type Engine = 'floor' | 'lunr' | 'minisearch' | 'praxis';
type Figures = Record<string, number | string | boolean | null>;

const [engineArg, mode, workDir] = process.argv.slice(2) as [Engine, 'build' | 'load', string];
const vault = path.join(workDir, 'vault');
const now = (): number => performance.now();
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

async function loadQueries(): Promise<{
  queries: BenchQuery[];
  relevance: RelevanceQuery[];
  edits: SearchDocument[];
}> {
  return JSON.parse(await readFile(path.join(workDir, 'queries.json'), 'utf8')) as {
    queries: BenchQuery[];
    relevance: RelevanceQuery[];
    edits: SearchDocument[];
  };
}

/** An edited version of a note: a changed sentence and a word no other note has. */
function edited(doc: SearchDocument, i: number): SearchDocument {
  return { ...doc, body: `${doc.body}\nEdited in the benchmark: marker zqxedit${i} added.` };
}

async function timeQueries(
  run: (q: BenchQuery) => Promise<unknown> | unknown,
  queries: BenchQuery[],
): Promise<number[]> {
  for (const q of queries.slice(0, 50)) await run(q); // warm up (the JIT), the same for all
  const times: number[] = [];
  for (const q of queries) {
    const start = now();
    await run(q);
    times.push(now() - start);
  }
  return times;
}

async function mrr(
  search: (text: string) => Promise<string[]> | string[],
  relevance: RelevanceQuery[],
): Promise<number> {
  let total = 0;
  for (const q of relevance) {
    const top = (await search(q.text)).slice(0, 10);
    const rank = top.findIndex((p) => q.relevant.includes(p));
    if (rank >= 0) total += 1 / (rank + 1);
  }
  return total / relevance.length;
}

// ---------------------------------------------------------------------------------------------

async function floor(): Promise<Figures> {
  const start = now();
  const { tokens, terms } = await readAndTokenise(vault);
  return { buildMs: round(now() - start, 0), peakRssMb: peakRssMb(), tokens, terms };
}

// ---------------------------------------------------------------------------------------------

function buildLunr(docs: Iterable<Record<string, string>>): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('title', { boost: 4 });
    for (const field of textFields.slice(1)) this.field(field);
    for (const doc of docs) this.add(doc);
  });
}

const lunrQuery = (q: BenchQuery): string =>
  q.kind === 'bigram' ? q.words.map((w) => `+${w}`).join(' ') : q.text;

async function naiveLunr(): Promise<Figures> {
  const source = benchSource(vault);
  const { queries, edits } = await loadQueries();
  const start = now();
  const docs: Record<string, string>[] = [];
  // lunr.Builder keeps every document's terms until build(): it has to hold them all anyway.
  for await (const doc of readVault(source)) docs.push(flat(doc));
  const index = buildLunr(docs);
  const buildMs = now() - start;
  const rss = peakRssMb();
  let contThrows: string | null = null;
  try {
    index.search('cont*');
  } catch (error) {
    contThrows = (error as Error).message;
  }
  const times = await timeQueries((q) => index.search(lunrQuery(q)), queries);
  const persistStart = now();
  await writeFile(path.join(workDir, 'lunr.json'), JSON.stringify(index));
  const persistMs = now() - persistStart;
  // Naive: every edit rebuilds the whole index. Once is enough to know what each edit costs.
  const editStart = now();
  const byPath = new Map(docs.map((d) => [d.id, d]));
  byPath.set(edits[0]!.path, flat(edited(edits[0]!, 0)));
  buildLunr(byPath.values());
  const editMs = now() - editStart;
  return {
    buildMs: round(buildMs, 0),
    peakRssMb: rss,
    persistMs: round(persistMs, 0),
    queryP50Ms: round(percentile(times, 50)),
    queryP95Ms: round(percentile(times, 95)),
    editShortP95Ms: round(editMs, 0),
    editLongP95Ms: round(editMs, 0),
    stockLunrContThrows: contThrows,
  };
}

// ---------------------------------------------------------------------------------------------

const miniOptions = {
  fields: textFields,
  storeFields: [] as string[],
  searchOptions: {
    boost: { title: 4, headings: 1.5, tags: 2, domains: 1.5 },
    combineWith: 'AND' as const,
  },
};

function miniSearch(ms: MiniSearch, q: BenchQuery): string[] {
  const options = q.kind === 'prefix' ? { prefix: true } : q.kind === 'fuzzy' ? { fuzzy: 1 } : {};
  return ms.search(q.words.join(' '), options).map((r) => String(r.id));
}

async function miniSearchBench(): Promise<Figures> {
  const source = benchSource(vault);
  const { queries, relevance, edits } = await loadQueries();
  const start = now();
  const ms = new MiniSearch(miniOptions);
  for await (const doc of readVault(source)) ms.add(flat(doc));
  const buildMs = now() - start;
  const rss = peakRssMb();
  const times = await timeQueries((q) => miniSearch(ms, q), queries);
  const mrr10 = await mrr((text) => ms.search(text).map((r) => String(r.id)), relevance);
  const editTimes = { short: [] as number[], long: [] as number[] };
  let verified = 0;
  for (const [i, doc] of edits.entries()) {
    const t = now();
    ms.replace(flat(edited(doc, i)));
    (doc.path.startsWith(shortPrefix) ? editTimes.short : editTimes.long).push(now() - t);
    if (ms.search(`zqxedit${i}`).some((r) => r.id === doc.path)) verified++;
  }
  const persistStart = now();
  await writeFile(path.join(workDir, 'minisearch.json'), JSON.stringify(ms));
  return {
    buildMs: round(buildMs, 0),
    peakRssMb: rss,
    persistMs: round(now() - persistStart, 0),
    queryP50Ms: round(percentile(times, 50)),
    queryP95Ms: round(percentile(times, 95)),
    mrr10: round(mrr10, 4),
    editShortP95Ms: round(percentile(editTimes.short, 95)),
    editLongP95Ms: round(percentile(editTimes.long, 95)),
    editsVerified: `${verified}/${edits.length}`,
  };
}

// ---------------------------------------------------------------------------------------------

const indexDir = path.join(vault, '.praxis', 'index');
/** The worker as it ships: bundled by searchBench.ts like scripts/build.ts does. */
const createWorker = (): ReturnType<typeof createSearchWorker> =>
  createSearchWorker({ bundle: path.join(workDir, 'searchWorker.cjs') });

async function praxis(): Promise<Figures> {
  const source = benchSource(vault);
  const { queries, relevance, edits } = await loadQueries();
  await rm(indexDir, { recursive: true, force: true });
  const start = now();
  const service = SearchService.open({
    indexDir,
    source,
    createWorker,
  });
  await service.whenReady();
  const buildMs = now() - start;
  const rss = peakRssMb();
  const persistStart = now();
  await service.flush();
  const persistMs = now() - persistStart;
  const times = await timeQueries((q) => service.search(q.text), queries);
  const mrr10 = await mrr(
    async (text) => (await service.search(text, { pageSize: 10 })).hits.map((h) => h.path),
    relevance,
  );
  const editTimes = { short: [] as number[], long: [] as number[] };
  let verified = 0;
  for (const [i, doc] of edits.entries()) {
    const version = edited(doc, i);
    const t = now();
    await service.upsert(version, `bench-${i}`);
    (doc.path.startsWith(shortPrefix) ? editTimes.short : editTimes.long).push(now() - t);
    if ((await service.search(`zqxedit${i}`)).hits.some((h) => h.path === doc.path)) verified++;
  }
  const contResults = (await service.search('cont*')).total;
  await service.close();
  return {
    buildMs: round(buildMs, 0),
    peakRssMb: rss,
    persistMs: round(persistMs, 0),
    queryP50Ms: round(percentile(times, 50)),
    queryP95Ms: round(percentile(times, 95)),
    mrr10: round(mrr10, 4),
    editShortP95Ms: round(percentile(editTimes.short, 95)),
    editLongP95Ms: round(percentile(editTimes.long, 95)),
    editsVerified: `${verified}/${edits.length}`,
    contHits: contResults,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * Start-up: time until the saved index answers a query, and the longest the starting thread
 * was blocked meanwhile (a window cannot repaint while its thread is blocked).
 */
async function load(engine: Engine): Promise<Figures> {
  const source = engine === 'praxis' ? benchSource(vault) : null;
  // A 2 ms ticker: the longest gap between ticks is the longest the thread could not react.
  let lastTick = now();
  let maxStall = 0;
  const ticker = setInterval(() => {
    const t = now();
    maxStall = Math.max(maxStall, t - lastTick);
    lastTick = t;
  }, 2);
  const start = now();
  let firstAnswerMs: number;
  if (source) {
    const service = SearchService.open({ indexDir, source, createWorker });
    // The first query that the loaded index answers (not the empty answer while loading).
    for (;;) {
      const results = await service.search('git');
      if (results.total > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    firstAnswerMs = now() - start;
    await service.whenReady();
    await service.close();
  } else if (engine === 'minisearch') {
    const json = await readFile(path.join(workDir, 'minisearch.json'), 'utf8');
    const ms = MiniSearch.loadJSON(json, miniOptions);
    ms.search('git');
    firstAnswerMs = now() - start;
  } else {
    const json = await readFile(path.join(workDir, 'lunr.json'), 'utf8');
    const index = lunr.Index.load(JSON.parse(json) as object);
    index.search('git');
    firstAnswerMs = now() - start;
  }
  await new Promise((resolve) => setTimeout(resolve, 10)); // let the ticker see the last gap
  clearInterval(ticker);
  return { loadMs: round(firstAnswerMs, 0), loadMaxStallMs: round(maxStall, 0) };
}

async function main(): Promise<void> {
  let figures: Figures;
  if (mode === 'load') figures = await load(engineArg);
  else if (engineArg === 'floor') figures = await floor();
  else if (engineArg === 'lunr') figures = await naiveLunr();
  else if (engineArg === 'minisearch') figures = await miniSearchBench();
  else figures = await praxis();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

await main();
