/**
 * How fast a vault opens, against what the disk allows: on a vault of ≈ 52,000 notes (the
 * tldr-pages corpus copied seven times) and on the 7,425-note corpus, side by side in one run:
 *
 * - the floors: list and stat every file; read every file; build the search index from the notes'
 *   texts already in memory (the search worker's own build, nothing read);
 * - a cold open of the core (no `.praxis/` cache nor saved index), then a warm one (both saved):
 *   time until the core answers (`startPraxisCore` resolved: the window is usable, today's journal
 *   entry opens), until every note is listed (`vault.listed`, then `notes.listUnread` and
 *   `notes.list` answered as the window asks them: the note tree and the quick switcher hold every
 *   note, those not read yet by file name — the interactive window of issue 13), until every note
 *   is read (`vault.loaded`) and until everything is complete (search built or compared);
 * - the same cold open with the search build reading every note again from disk, as before the
 *   load handed its texts to the search build (`searchFromLoad: false`), side by side;
 * - the memory of the process (RSS: the search worker included, as a task manager shows it, no
 *   collection forced) the moment everything is complete, then with the process left idle 3 s
 *   and 12 s longer (the settled figures: the core gives back the heap its load and build grew
 *   by once they are over, main/core/workers/memorySettler.ts), and the most it ever held (peak).
 *
 * And `praxis index` end to end (a vault never indexed: notes read, cache and index written) on
 * the PowerShell documentation, against the floor of reading and tokenising every note.
 *
 * Each measure runs in a fresh child process, so memory and caches of one do not flatter another.
 * Prints figures and ratios to the floors; asserts nothing.
 *
 *   npm run bench:startup     (PRAXIS_BENCH_COPIES=1: only the 7,425-note vault;
 *                              PRAXIS_BENCH_ONLY=index: only `praxis index`;
 *                              PRAXIS_BENCH_ONLY=vault: no `praxis index`)
 */
import { fork } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPraxisCore } from '../../main/core/praxisCore';
import { createSearchWorker } from '../../main/core/search/createSearchWorker';
import { toSearchDocument, type SearchDocument } from '../../main/core/search/searchDocument';
import { SearchService } from '../../main/core/search/searchService';
import { parseNoteFile } from '../../main/core/vault/noteFile';
import { mapLimit, scanVaultFiles } from '../../main/core/vault/vaultScanner';
import { runIndexCommand } from '../../main/cli/indexCommand';
import { corporaDir, readAndTokenise } from './benchCorpus';

type Scenario =
  'list-stat' | 'read' | 'search-build' | 'open' | 'open-reread' | 'read-tokenise' | 'index';

interface Measure {
  /** ms until the core answers: the window is usable (for floors: until done). */
  answers: number;
  /** ms until every note is listed (`vault.listed` and both lists answered; floors: until done). */
  interactive: number;
  /** ms until every note is read (`vault.loaded`; for floors: until done). */
  read: number;
  /** ms until everything is complete (search ready). */
  complete: number;
  notes: number;
  /** RSS the moment everything is complete. */
  rssMb: number;
  /** RSS with the process left idle 3 s, then 12 s, after that (null where not measured). */
  settled3Mb: number | null;
  settled12Mb: number | null;
  peakRssMb: number;
  /** The main thread's heap in use the moment everything is complete (garbage included). */
  heapMb: number;
}

async function measure(scenario: Scenario, vault: string): Promise<Measure> {
  const start = performance.now();
  if (scenario === 'list-stat' || scenario === 'read') {
    const { notes } = await scanVaultFiles(vault);
    const abs = (rel: string) => path.join(vault, ...rel.split('/'));
    if (scenario === 'list-stat') await mapLimit(notes, 64, (rel) => stat(abs(rel)));
    else await mapLimit(notes, 32, (rel) => readFile(abs(rel)));
    const done = performance.now() - start;
    return {
      answers: done,
      interactive: done,
      read: done,
      complete: done,
      notes: notes.length,
      ...memory(),
    };
  }
  if (scenario === 'search-build') return searchBuildFloor(vault);
  if (scenario === 'read-tokenise' || scenario === 'index') {
    if (scenario === 'read-tokenise') await readAndTokenise(vault);
    else {
      const quiet = { write: () => true };
      const code = await runIndexCommand({ vault, stdout: quiet, isTTY: false });
      if (code !== 0) throw new Error(`praxis index exited with ${code}`);
    }
    const done = performance.now() - start;
    return { answers: done, interactive: done, read: done, complete: done, notes: 0, ...memory() };
  }
  const core = await startPraxisCore({
    vaultPath: vault,
    seed: false,
    watch: false,
    searchFromLoad: scenario === 'open',
  });
  const answers = performance.now() - start;
  // Every note listed as the window asks for them: those not read yet (by file name), then those
  // read; the same calls the renderer makes when `vault.listed` arrives.
  await core.services.vaultLoad.whenListed();
  const unread = await core.handlers['notes.listUnread']({});
  const read = await core.handlers['notes.list']({});
  const interactive = performance.now() - start;
  const listed = unread.length + read.length;
  await core.services.vaultLoad.whenComplete();
  const allRead = performance.now() - start;
  const notes = core.services.repository.size;
  if (listed !== notes) throw new Error(`${listed} notes listed of ${notes}`);
  await core.services.search.whenReady();
  const complete = performance.now() - start;
  await core.loaded;
  const atReady = memory();
  let settled3Mb: number | null = null;
  let settled12Mb: number | null = null;
  if (scenario === 'open') {
    await sleep(3000);
    settled3Mb = rssMb();
    await sleep(9000);
    settled12Mb = rssMb();
  }
  const result = {
    answers,
    interactive,
    read: allRead,
    complete,
    notes,
    ...atReady,
    settled3Mb,
    settled12Mb,
    peakRssMb: memory().peakRssMb,
  };
  await core.close();
  return result;
}

/**
 * The search build alone: every note read and turned into its search document first (not
 * timed), then the search worker builds the index from those documents in memory, as a first
 * build does (worker started, index written), with nothing to read.
 */
async function searchBuildFloor(vault: string): Promise<Measure> {
  const { notes } = await scanVaultFiles(vault);
  const docs = new Map<string, SearchDocument>();
  await mapLimit(notes, 32, async (rel) => {
    const abs = path.join(vault, ...rel.split('/'));
    const [bytes, stats] = await Promise.all([readFile(abs), stat(abs)]);
    docs.set(rel, toSearchDocument(parseNoteFile(rel, bytes, stats.mtime)));
  });
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'praxis-build-floor-'));
  try {
    const start = performance.now();
    const service = SearchService.open({
      indexDir,
      createWorker: () => createSearchWorker(),
      source: {
        list: () => [...docs.keys()].map((rel) => ({ path: rel, fingerprint: rel })),
        read: (rel) => Promise.resolve({ doc: docs.get(rel)!, fingerprint: rel }),
      },
    });
    await service.whenReady();
    const done = performance.now() - start;
    await service.close();
    return {
      answers: done,
      interactive: done,
      read: done,
      complete: done,
      notes: docs.size,
      ...memory(),
    };
  } finally {
    await rm(indexDir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rssMb = () => process.memoryUsage.rss() / 2 ** 20;

/** The process's memory as it is (no collection forced: what a task manager would show). */
function memory(): Pick<Measure, 'rssMb' | 'peakRssMb' | 'heapMb' | 'settled3Mb' | 'settled12Mb'> {
  const { rss, heapUsed } = process.memoryUsage();
  // maxRSS is in kilobytes: the most the process held at any moment (texts waiting included).
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    rssMb: rss / 2 ** 20,
    peakRssMb,
    heapMb: heapUsed / 2 ** 20,
    settled3Mb: null,
    settled12Mb: null,
  };
}

/** One measure in a fresh process (this script, forked with the same loader). */
function inChild(scenario: Scenario, vault: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ['--measure', scenario, vault], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve(message as Measure));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${scenario} on ${vault} exited with ${code}`));
    });
  });
}

async function buildVault(copies: number): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'praxis-startup-'));
  const pages = path.join(corporaDir, 'tldr-pages', 'pages');
  if (copies === 1) await cp(pages, root, { recursive: true });
  else
    for (let i = 1; i <= copies; i++)
      await cp(pages, path.join(root, `copy ${i}`), { recursive: true });
  return root;
}

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`.padStart(9);
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(1)}×`.padStart(6);

async function benchVault(copies: number): Promise<void> {
  const vault = await buildVault(copies);
  const cold = async (scenario: Scenario) => {
    await rm(path.join(vault, '.praxis'), { recursive: true, force: true });
    return inChild(scenario, vault);
  };
  try {
    const listStat = await inChild('list-stat', vault);
    const read = await inChild('read', vault);
    const build = await inChild('search-build', vault);
    // Alternated, so that a change in the machine's load falls on both ways alike.
    const reread = await cold('open-reread');
    const once = await cold('open');
    const reread2 = await cold('open-reread');
    const once2 = await cold('open');
    const warm = await inChild('open', vault);
    const floor = listStat.complete;
    const completeFloor = read.complete + build.complete;
    console.log(`\n${listStat.notes} notes (tldr-pages ×${copies}); load average ${loadAverage()}`);
    console.log(`  list + stat floor                 ${ms(floor)}`);
    console.log(
      `  read every file floor             ${ms(read.complete)}  ${ratio(read.complete, floor)} list+stat`,
    );
    console.log(`  search build floor (in memory)    ${ms(build.complete)}`);
    console.log(`  read + search build floor         ${ms(completeFloor)}`);
    for (const [label, run] of [
      ['cold, reads twice (before) 1', reread],
      ['cold, reads once (now) 1', once],
      ['cold, reads twice (before) 2', reread2],
      ['cold, reads once (now) 2', once2],
      ['warm', warm],
    ] as const) {
      console.log(`  ${label}`);
      console.log(
        `    core answers                    ${ms(run.answers)}  ${ratio(run.answers, floor)} list+stat`,
      );
      console.log(
        `    every note listed (interactive) ${ms(run.interactive)}  ${ratio(run.interactive, floor)} list+stat`,
      );
      console.log(
        `    every note read                 ${ms(run.read)}  ${ratio(run.read, floor)} list+stat`,
      );
      console.log(
        `    search ready (complete)         ${ms(run.complete)}  ${ratio(run.complete, floor)} list+stat` +
          `  ${ratio(run.complete, completeFloor)} read+build`,
      );
      const settled =
        run.settled3Mb === null || run.settled12Mb === null
          ? ''
          : `; idle 3 s later ${run.settled3Mb.toFixed(0)} MB, 12 s later ${run.settled12Mb.toFixed(0)} MB`;
      console.log(
        `    memory (rss)                    at search ready ${run.rssMb.toFixed(0)} MB${settled}; ` +
          `peak ${run.peakRssMb.toFixed(0)} MB; main heap used at ready ${run.heapMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await rm(vault, { recursive: true, force: true });
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** `praxis index` on a copy of the PowerShell documentation never indexed, and its floor. */
async function benchIndex(): Promise<void> {
  const vault = await mkdtemp(path.join(os.tmpdir(), 'praxis-index-'));
  try {
    await cp(path.join(corporaDir, 'powershell-docs', 'reference'), vault, { recursive: true });
    const floor = await inChild('read-tokenise', vault);
    const index = await inChild('index', vault);
    console.log('\npraxis index (powershell-docs, never indexed)');
    console.log(`  read and tokenise floor     ${ms(floor.complete)}`);
    console.log(
      `  praxis index end to end     ${ms(index.complete)}  ${ratio(index.complete, floor.complete)} floor`,
    );
  } finally {
    await rm(vault, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [flag, scenario, vault] = process.argv.slice(2);
  if (flag === '--measure') {
    process.send!(await measure(scenario as Scenario, vault!));
    process.disconnect();
    return;
  }
  const copies = Number(process.env['PRAXIS_BENCH_COPIES'] ?? 7);
  if (process.env['PRAXIS_BENCH_ONLY'] !== 'index') {
    if (copies !== 1) await benchVault(copies);
    await benchVault(1);
  }
  if (process.env['PRAXIS_BENCH_ONLY'] !== 'vault') await benchIndex();
}

await main();
