/**
 * `npm run bench:mentions [-- NOTES]`: how fast `links.unlinkedMentions` answers on a vault of
 * real notes (10,000 by default: the tldr pages, topped up with PowerShell reference articles,
 * from /work/shared/corpora), for 200 notes spread over the vault, on real files in a temp folder
 * with a ready search index. Prints p50/p95/max of the panel's first page (20 mentions) and of the
 * longest list one call gives (500, on a fifth of the notes), the p95 against the 50 ms budget,
 * and, side by side in the same run (each note asked of both, in turns, so that the machine's
 * load falls on both alike):
 * - the previous method: the worker proposes pages of candidates checked against their indexed
 *   text, and this thread reads each candidate's file (through the repository) and finds its
 *   mentions, 8 at a time (with today's findMentions: what the move into the worker gained);
 * - the method before it: every note the index's phrase query finds is read from disk and
 *   checked, in path order, until 500 mentions are found.
 * Asserts nothing. */
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { maxMentionLimit } from '../../shared/api/linksMethods';
import { isTemplatePath } from '../../shared/templates/templatePaths';
import { findMentions, mentionKeys } from '../../main/core/links/findMentions';
import { mentionsInNote } from '../../main/core/links/noteMentions';
import { splitFrontMatter } from '../../main/core/vault/frontMatter';
import { mapLimit } from '../../main/core/vault/vaultScanner';
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

const ms = (n: number) => n.toFixed(1).padStart(8);

const notes = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 10_000;
const files = await corpusVault(notes);
const t = await openTestCore(files);
try {
  const { search, repository } = t.core.services;
  await search.whenReady();
  const paths = (await t.call('notes.list')).map((n) => n.path).sort();
  const targets = Array.from(
    { length: 200 },
    (_, i) => paths[Math.floor((i * paths.length) / 200)]!,
  );

  /** The replaced method, as it was: read every candidate (path order) until 500 mentions. */
  const readEveryCandidate = async (target: string): Promise<number> => {
    const note = repository.summary(target)!;
    const names = [note.title, ...note.aliases];
    const keys = mentionKeys(names);
    const queries = names.map(
      (name) =>
        `"${name
          .split(/[^\p{L}\p{N}\p{M}]+/u)
          .filter(Boolean)
          .join(' ')}"`,
    );
    const page = await search.mentionCandidates({
      queries,
      names: [],
      from: 0,
      limit: Number.MAX_SAFE_INTEGER,
      maxChecked: Number.MAX_SAFE_INTEGER,
    });
    const candidates = (page?.paths ?? []).filter((p) => p !== target).sort();
    let found = 0;
    for (let i = 0; i < candidates.length && found < maxMentionLimit; i += 64) {
      const counts = await mapLimit(candidates.slice(i, i + 64), 16, async (source) => {
        const raw = await repository.readRaw(source);
        return findMentions(splitFrontMatter(raw.raw).body, keys).length;
      });
      found += counts.reduce((a, b) => a + b, 0);
    }
    return Math.min(found, maxMentionLimit);
  };

  /**
   * The previous method, as it was: pages of candidates from the worker (checked against their
   * indexed text), each page's files read and scanned on this thread, 8 at a time.
   */
  const readCandidatePages = async (target: string, limit = 20): Promise<number> => {
    const note = repository.summary(target)!;
    const names = [note.title, ...note.aliases];
    const keys = mentionKeys(names);
    const queries = names.map(
      (name) =>
        `body:"${name
          .split(/[^\p{L}\p{N}\p{M}]+/u)
          .filter(Boolean)
          .join(' ')}"`,
    );
    const readBudget = limit + 8;
    const lookBudget = limit * 4 + 32;
    let found = 0;
    let read = 0;
    let from: number | null = 0;
    while (from !== null && found < limit && read < readBudget && from < lookBudget) {
      const page = await search.mentionCandidates({
        queries,
        names: keys,
        from,
        limit: Math.min(32, readBudget - read, lookBudget - from),
        maxChecked: Math.min(128, lookBudget - from),
      });
      if (!page) break;
      read += page.paths.length;
      const sources = page.paths.filter((p) => p !== target && !isTemplatePath(p));
      const counts = await mapLimit(sources, 8, async (source) => {
        const raw = await repository.readRaw(source);
        if (raw.encoding !== 'utf-8') return 0;
        splitFrontMatter(raw.raw); // as it did, YAML included
        return mentionsInNote({ path: source, raw: raw.raw, version: raw.version }, keys).length;
      });
      found += counts.reduce((a, b) => a + b, 0);
      from = page.next;
    }
    return Math.min(found, limit);
  };

  const page = (limit?: number) => async (target: string) =>
    (await t.call('links.unlinkedMentions', { path: target, ...(limit && { limit }) })).mentions
      .length;

  interface Timed {
    times: number[];
    /**
     * CPU time the process spent per call, every thread (this one, the search worker, the
     * file system's): hardly changed by other programs' load, unlike `times`.
     */
    cpu: number[];
    mentions: number;
  }
  /** Each target asked of every method, in turns (the first method changes from one to the next). */
  const run = async (
    list: string[],
    calls: ((target: string) => Promise<number>)[],
  ): Promise<Timed[]> => {
    const out = calls.map((): Timed => ({ times: [], cpu: [], mentions: 0 }));
    for (const [i, target] of list.entries()) {
      for (let k = 0; k < calls.length; k++) {
        const m = (i + k) % calls.length;
        const start = performance.now();
        const cpu = process.cpuUsage();
        out[m]!.mentions += await calls[m]!(target);
        out[m]!.times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        out[m]!.cpu.push((used.user + used.system) / 1000);
      }
    }
    for (const r of out) {
      r.times.sort((a, b) => a - b);
      r.cpu.sort((a, b) => a - b);
    }
    return out;
  };

  // Warmed up on other notes: answers are kept until a note changes, and every call timed must
  // be the first about its note.
  const others = Array.from(
    { length: 10 },
    (_, i) => paths[Math.floor(((i * 20 + 10) * paths.length) / 200)]!,
  );
  await run(others, [page(), readCandidatePages]);
  const [first, previous] = (await run(targets, [page(), readCandidatePages])) as [Timed, Timed];
  const sameTargets = targets.filter((_, i) => i % 5 === 0);
  const [now, before] = (await run(sameTargets, [page(maxMentionLimit), readEveryCandidate])) as [
    Timed,
    Timed,
  ];

  const row = (label: string, r: Timed) =>
    console.log(
      `${label.padEnd(44)}${ms(percentile(r.times, 0.5))}${ms(percentile(r.times, 0.95))}${ms(r.times.at(-1)!)}${String(r.mentions).padStart(10)}${ms(percentile(r.cpu, 0.95))}`,
    );
  console.log(`notes in the vault ${paths.length}, ${targets.length} target notes`);
  console.log(
    `${''.padEnd(44)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}  mentions${'cpu p95'.padStart(8)}`,
  );
  row('first page (20), 200 notes', first);
  row('previous method (read here), same notes', previous);
  row(`longest list (500), ${sameTargets.length} notes`, now);
  row(`replaced method (500), same ${sameTargets.length} notes`, before);
  const p95 = percentile(first.times, 0.95);
  const previousP95 = percentile(previous.times, 0.95);
  console.log(
    `first page p95 / ${BUDGET_MS} ms budget   ${(p95 / BUDGET_MS).toFixed(2)} (≤ 1 meets it)`,
  );
  console.log(`previous / now, first page p95        ${(previousP95 / p95).toFixed(1)}×`);
  console.log(
    `first page cpu p95 / ${BUDGET_MS} ms budget ${(percentile(first.cpu, 0.95) / BUDGET_MS).toFixed(2)} (what a quiet machine would take, about)`,
  );
  console.log(
    `replaced / now, p95 of the longest list     ${(percentile(before.times, 0.95) / percentile(now.times, 0.95)).toFixed(1)}×`,
  );
  console.log(
    JSON.stringify({
      notes: paths.length,
      p50: percentile(first.times, 0.5),
      p95,
      budgetRatio: p95 / BUDGET_MS,
      previousP95,
      previousOverNow: previousP95 / p95,
      cpuP95: percentile(first.cpu, 0.95),
      previousCpuP95: percentile(previous.cpu, 0.95),
      longestP95: percentile(now.times, 0.95),
      replacedP95: percentile(before.times, 0.95),
    }),
  );
} finally {
  await t.close();
}
