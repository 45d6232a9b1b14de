/**
 * `npm run bench:packs [-- NOTES]`: export and import of a knowledge pack of 1,000 notes from
 * the tldr-pages corpus (../shared/corpora), side by side with the floor — reading the same
 * files and writing them to another folder, each flushed to disk as the import's transaction
 * flushes them. Prints times and peak memory (RSS above the start) for each, the ratios, and
 * one JSON line. The issue's target: import ≤ 5× the floor.
 */
import path from 'node:path';
import os from 'node:os';
import { cp, mkdir, mkdtemp, open, readFile, readdir, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { openPraxisCore } from '../../main/core/praxisCore';
import { packSelectionSchema } from '../../shared/api/packsMethods';
import { mapLimit } from '../../main/core/vault/vaultScanner';
import { corporaDir } from './benchCorpus';

const NOTES = Number(process.argv[2] ?? 1000);

/** Runs `task`, sampling RSS every 25 ms: its time and its peak RSS above what it started at. */
async function measure<T>(
  task: () => Promise<T>,
): Promise<{ ms: number; peakMb: number; result: T }> {
  global.gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  const start = performance.now();
  const result = await task();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ms, peakMb: (peak - base) / 1024 ** 2, result };
}

async function listMarkdown(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listMarkdown(dir, child)));
    else if (entry.name.endsWith('.md')) out.push(child);
  }
  return out.sort();
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'praxis-bench-packs-'));
  try {
    const corpus = path.join(corporaDir, 'tldr-pages', 'pages');
    const picked = (await listMarkdown(corpus)).slice(0, NOTES);
    const source = path.join(work, 'source');
    await mapLimit(picked, 16, async (rel) => {
      await mkdir(path.dirname(path.join(source, rel)), { recursive: true });
      await cp(path.join(corpus, rel), path.join(source, rel));
    });
    const profile = path.join(work, 'profile');

    // The floor: read every note, write it elsewhere, flushed, as many at once as the import.
    const floorDir = path.join(work, 'floor');
    const floor = await measure(() =>
      mapLimit(picked, 16, async (rel) => {
        const data = await readFile(path.join(source, rel));
        const target = path.join(floorDir, rel);
        await mkdir(path.dirname(target), { recursive: true });
        const handle = await open(target, 'wx');
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );

    const pack = path.join(work, 'bench.praxispack');
    const sourceCore = await openPraxisCore({
      vaultPath: source,
      seed: false,
      watch: false,
      profilePath: profile,
    });
    await sourceCore.services.packs.identities.create({
      department: 'Bench department',
      person: null,
    });
    const exportAll = (out: string) =>
      sourceCore.services.packs.export({
        definitionId: null,
        title: 'Bench',
        description: '',
        domains: [],
        licence: '',
        version: null,
        sign: true,
        department: null,
        selection: packSelectionSchema.parse({ all: true }),
        out,
      });
    const exported = await measure(() => exportAll(pack));
    // Exporting again: the ids are written now, so this is the pack alone.
    const reexported = await measure(() => exportAll(path.join(work, 'bench-2.praxispack')));
    const noteCount = sourceCore.services.repository.size;
    await sourceCore.close();

    const target = path.join(work, 'target');
    const targetCore = await openPraxisCore({
      vaultPath: target,
      seed: false,
      watch: false,
      profilePath: profile,
    });
    let planMs = 0;
    const imported = await measure(async () => {
      const started = performance.now();
      const plan = await targetCore.services.packs.plan(pack);
      planMs = performance.now() - started;
      return targetCore.services.packs.apply(plan.planId);
    });
    await targetCore.close();
    // The corpus has a `..md`, which a vault (like Obsidian) ignores as a hidden file.
    if (imported.result.counts.new !== noteCount)
      throw new Error(`imported ${imported.result.counts.new} of ${noteCount} notes`);

    const rows: [string, number, number][] = [
      ['floor: read + write (fsync)', floor.ms, floor.peakMb],
      ['export (first: ids written back)', exported.ms, exported.peakMb],
      ['export (again)', reexported.ms, reexported.peakMb],
      ['import (verify + plan + apply)', imported.ms, imported.peakMb],
      ['  of which verify + plan', planMs, Number.NaN],
    ];
    console.log(`Knowledge packs, ${noteCount} notes from tldr-pages (one run each)\n`);
    console.log(
      `${'step'.padEnd(36)}${'time'.padStart(10)}${'peak RSS'.padStart(12)}${'× floor'.padStart(10)}`,
    );
    for (const [name, ms, mb] of rows)
      console.log(
        `${name.padEnd(36)}${`${ms.toFixed(0)} ms`.padStart(10)}${(Number.isNaN(mb) ? '' : `+${mb.toFixed(1)} MB`).padStart(12)}${(ms / floor.ms).toFixed(1).padStart(10)}`,
      );
    const ratio = imported.ms / floor.ms;
    console.log(
      `\nimport / floor = ${ratio.toFixed(2)} (target ≤ 5): ${ratio <= 5 ? 'met' : 'NOT met'}`,
    );
    console.log(
      JSON.stringify({
        notes: noteCount,
        floorMs: Math.round(floor.ms),
        exportMs: Math.round(exported.ms),
        reexportMs: Math.round(reexported.ms),
        importMs: Math.round(imported.ms),
        importPlanMs: Math.round(planMs),
        floorPeakMb: +floor.peakMb.toFixed(1),
        exportPeakMb: +exported.peakMb.toFixed(1),
        importPeakMb: +imported.peakMb.toFixed(1),
        importOverFloor: +ratio.toFixed(2),
        packBytes: exported.result.bytes,
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
