/**
 * Where the memory of an opened vault goes: on the tldr-pages corpus copied seven times (≈ 52,000
 * notes, as `npm run bench:startup` builds it), a cold open (no `.praxis/`) then a warm one, each
 * in a fresh process, waiting until search is ready. Prints RSS, the main thread's heap, the
 * search worker's heap (from a heap snapshot of it), external memory and array buffers, and with
 * PRAXIS_PROFILE_TOP=N the N largest kinds of object of each heap (by self size).
 *
 *   npx tsx scripts/bench/memoryProfile.ts [vault]   (a vault folder to reuse; else a temp copy)
 */
import { fork } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type * as WorkerThreads from 'node:worker_threads';
import type { Worker as WorkerType } from 'node:worker_threads';
import { corporaDir } from './benchCorpus';

const require = createRequire(import.meta.url);

interface HeapSummary {
  total: number;
  strings: number;
  top: [string, number, number][];
}

interface Profile {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  worker: HeapSummary | null;
  workerHeap: { used: number; total: number; external: number } | null;
  /** From opening the core until search is ready. */
  completeMs: number;
  /** Notes search knows once ready (all of them, or the figures mean nothing). */
  searchable: number;
  main: HeapSummary | null;
}

/** Sums a heap snapshot's self sizes by kind of node (constructor name for objects). */
function summarise(json: string, top: number): HeapSummary {
  const snapshot = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const kinds = new Map<string, [number, number]>();
  let total = 0;
  let strings = 0;
  const { nodes } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]!]!;
    const size = nodes[i + sizeAt]!;
    total += size;
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      strings += size;
    const key =
      type === 'object' || type === 'native' || type === 'closure'
        ? `${type}:${snapshot.strings[nodes[i + nameAt]!]}`
        : type;
    if (type === 'string' && process.env['PRAXIS_PROFILE_STRINGS']) {
      const text = snapshot.strings[nodes[i + nameAt]!]!;
      const bucket = `string:${size < 64 ? '<64' : size < 256 ? '<256' : size < 4096 ? '<4k' : size < 65536 ? '<64k' : '>=64k'}`;
      const b = kinds.get(bucket) ?? [0, 0];
      b[0] += size;
      b[1]++;
      kinds.set(bucket, b);
      if (size > 100_000) console.log('big string', size, JSON.stringify(text.slice(0, 100)));
    }
    const kind = kinds.get(key) ?? [0, 0];
    kind[0] += size;
    kind[1]++;
    kinds.set(key, kind);
  }
  return {
    total,
    strings,
    top: [...kinds]
      .sort((a, b) => b[1][0] - a[1][0])
      .slice(0, top)
      .map(([key, [size, count]]) => [key, size, count]),
  };
}

async function snapshotOf(worker: WorkerType): Promise<string> {
  const stream = await worker.getHeapSnapshot();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The search worker's heap statistics, asked as SearchService does (its own id: ignored there). */
function heapOf(worker: WorkerType): Promise<Profile['workerHeap']> {
  const id = 2 ** 30;
  return new Promise((resolve) => {
    const listen = (message: {
      kind: string;
      id: number;
      value: { heap: Profile['workerHeap'] };
    }) => {
      if (message.kind !== 'response' || message.id !== id) return;
      worker.off('message', listen);
      resolve(message.value.heap);
    };
    worker.on('message', listen);
    worker.postMessage({ id, type: 'stats', args: {} });
  });
}

async function measure(vault: string): Promise<Profile> {
  // Records the workers the core starts (the search worker is the one alive at the end).
  const threads = require('node:worker_threads') as typeof WorkerThreads;
  const workers: WorkerType[] = [];
  const Original = threads.Worker;
  threads.Worker = class extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args);
      workers.push(this);
    }
  } as typeof Original;
  syncBuiltinESMExports();
  const { openPraxisCore } = await import('../../main/core/praxisCore');
  const started = performance.now();
  const core = await openPraxisCore({ vaultPath: vault, seed: false, watch: false });
  await core.services.search.whenReady();
  const completeMs = performance.now() - started;
  const searchable = core.services.search.status().notes;
  await core.loaded;
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  await new Promise((resolve) =>
    setTimeout(resolve, Number(process.env['PRAXIS_PROFILE_WAIT'] ?? 500)),
  );
  gc();
  const usage = process.memoryUsage();
  if (process.env['PRAXIS_PROFILE_SMAPS']) {
    const { readFile: rf, writeFile: wf } = await import('node:fs/promises');
    await wf(process.env['PRAXIS_PROFILE_SMAPS'] + '-' + process.pid, await rf('/proc/self/smaps'));
  }
  const top = Number(process.env['PRAXIS_PROFILE_TOP'] ?? 0);
  const alive = workers.filter((w) => w.threadId > 0);
  const searchWorker = alive.at(-1);
  const workerHeap = searchWorker ? await heapOf(searchWorker) : null;
  const worker = searchWorker && top >= 0 ? summarise(await snapshotOf(searchWorker), top) : null;
  let main: HeapSummary | null = null;
  if (top > 0) {
    const file = v8.writeHeapSnapshot(
      path.join(os.tmpdir(), `praxis-main-${process.pid}.heapsnapshot`),
    );
    const { readFile } = await import('node:fs/promises');
    main = summarise(await readFile(file, 'utf8'), top);
    await rm(file, { force: true });
  }
  const result: Profile = {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    heapTotal: usage.heapTotal,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    worker,
    workerHeap,
    main,
    completeMs,
    searchable,
  };
  await core.close();
  return result;
}

function inChild(vault: string, execArgv: string[]): Promise<Profile> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ['--measure', vault], {
      execArgv: [...process.execArgv, '--expose-gc', ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve(message as Profile));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`measure on ${vault} exited with ${code}`));
    });
  });
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`.padStart(7);

function print(label: string, p: Profile): void {
  console.log(
    `${label}: rss ${mb(p.rss)}  main heap ${mb(p.heapUsed)} (of ${mb(p.heapTotal)})  ` +
      `worker heap ${p.workerHeap ? mb(p.workerHeap.used) : '   none'} (of ${p.workerHeap ? mb(p.workerHeap.total) : ''}, external ${p.workerHeap ? mb(p.workerHeap.external) : ''})  external ${mb(p.external)} ` +
      `(array buffers ${mb(p.arrayBuffers)})  complete ${(p.completeMs / 1000).toFixed(1)} s, ${p.searchable} notes searchable`,
  );
  for (const [name, heap] of [
    ['main', p.main],
    ['worker', p.worker],
  ] as const) {
    if (!heap || heap.top.length === 0) continue;
    console.log(`  ${name} heap: strings ${mb(heap.strings)}`);
    for (const [kind, size, count] of heap.top)
      console.log(`    ${mb(size)}  ${String(count).padStart(8)}  ${kind}`);
  }
}

async function main(): Promise<void> {
  const [flag, vaultArg] = process.argv.slice(2);
  if (flag === '--measure') {
    process.send!(await measure(vaultArg!));
    process.disconnect();
    return;
  }
  let vault = flag;
  const made = !vault;
  if (!vault) {
    vault = await mkdtemp(path.join(os.tmpdir(), 'praxis-memory-'));
    const pages = path.join(corporaDir, 'tldr-pages', 'pages');
    for (let i = 1; i <= 7; i++)
      await cp(pages, path.join(vault, `copy ${i}`), { recursive: true });
  }
  const extra = (process.env['PRAXIS_PROFILE_NODE_OPTIONS'] ?? '').split(' ').filter(Boolean);
  try {
    const rounds = Number(process.env['PRAXIS_PROFILE_ROUNDS'] ?? 1);
    for (let round = 0; round < rounds; round++) {
      if (process.env['PRAXIS_PROFILE_ONLY'] !== 'warm') {
        await rm(path.join(vault, '.praxis'), { recursive: true, force: true });
        print('cold', await inChild(vault, extra));
      }
      if (process.env['PRAXIS_PROFILE_ONLY'] !== 'cold') print('warm', await inChild(vault, extra));
    }
    console.log(
      `load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    if (made) await rm(vault, { recursive: true, force: true });
    else await stat(vault);
  }
}

await main();
