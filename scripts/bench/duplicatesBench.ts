/**
 * `npm run bench:duplicates`: near-duplicate folding (main/core/search/nearDuplicates.ts) on the
 * bench:search vault (tldr-pages + PowerShell docs, each article in up to five version folders),
 * in one process:
 *
 * 1. what the text signature costs: all notes signed, against one plain pass over their words;
 * 2. whether it is right: for every pair of notes with the same title, the signature's estimate
 *    against the exact Jaccard similarity of their word 3-shingles, and which pairs fold at each
 *    threshold — pairs of one PowerShell article in two version folders (copies by construction)
 *    and the others, with those of the others that fold under different file names listed;
 * 3. what folding costs a query: p50/p95 with folding on and off, the same engine, queries
 *    interleaved (bench:search's 240 realistic queries and the English question sets);
 * 4. what it gives: MRR@10 of the English question sets and the known-item queries, on and off.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLanguageDetector } from '../../main/core/search/languageDetector';
import type { DocRecord } from '../../main/core/search/docRecord';
import {
  DuplicateClusters,
  nearDuplicateSimilarity,
  titleKey,
} from '../../main/core/search/nearDuplicates';
import type { SearchDocument } from '../../main/core/search/searchDocument';
import { SearchEngine } from '../../main/core/search/searchEngine';
import { runToEnd } from '../../main/core/search/segmentBuilder';
import { signatureSimilarity, textSignature } from '../../main/core/search/textSignature';
import {
  benchSource,
  copyCorpora,
  readVault,
  realisticQueries,
  relevanceQueries,
} from './benchCorpus';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];

function shingles(text: string): Set<string> {
  const w = words(text);
  const set = new Set<string>();
  for (let i = 2; i < w.length; i++) set.add(`${w[i - 2]} ${w[i - 1]} ${w[i]}`);
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
};

/** `powershell/<version>/<rest>` → `<rest>`: the same article in another version folder. */
const article = (p: string): string | null =>
  /^powershell\/\d+\.\d+\//.test(p) ? p.split('/').slice(2).join('/') : null;

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'praxis-duplicates-'));
  try {
    const vault = path.join(workDir, 'vault');
    await copyCorpora(vault);
    const docs: SearchDocument[] = [];
    for await (const doc of readVault(benchSource(vault))) docs.push(doc);

    // 1. Cost of the signature.
    let t = performance.now();
    const signatures = docs.map((d) => textSignature(d.body));
    const signMs = performance.now() - t;
    t = performance.now();
    let wordCount = 0;
    for (const d of docs) wordCount += words(d.body).length;
    const passMs = performance.now() - t;
    console.log(
      `${docs.length} notes, ${wordCount} words: signatures ${signMs.toFixed(0)} ms, one plain pass over the words ${passMs.toFixed(0)} ms (${(signMs / passMs).toFixed(2)}×); ${signatures.filter((s) => s === null).length} too short to sign.`,
    );

    // Clustering a main segment's notes (done once, at warm-up): three runs, the JIT warming up.
    const records = docs.map(
      (d, i) => ({ title: d.title, signature: signatures[i]! }) as DocRecord,
    );
    const clusterMs = [0, 1, 2].map(() => {
      const start = performance.now();
      new DuplicateClusters(records);
      return (performance.now() - start).toFixed(1);
    });
    console.log(`Clustering them (at warm-up), three runs: ${clusterMs.join(', ')} ms.`);

    // 2. Right? Every pair of same-title notes.
    const byTitle = new Map<string, number[]>();
    docs.forEach((d, i) =>
      byTitle.set(titleKey(d.title), [...(byTitle.get(titleKey(d.title)) ?? []), i]),
    );
    const pairs: { exact: number; estimate: number; copy: boolean; a: string; b: string }[] = [];
    const shingleSets = new Map<number, Set<string>>();
    const setOf = (i: number) => {
      let set = shingleSets.get(i);
      if (!set) shingleSets.set(i, (set = shingles(docs[i]!.body)));
      return set;
    };
    for (const ids of byTitle.values()) {
      for (let x = 0; x < ids.length; x++) {
        for (let y = x + 1; y < ids.length; y++) {
          const [a, b] = [docs[ids[x]!]!.path, docs[ids[y]!]!.path];
          pairs.push({
            exact: jaccard(setOf(ids[x]!), setOf(ids[y]!)),
            estimate: signatureSimilarity(signatures[ids[x]!]!, signatures[ids[y]!]!),
            copy: article(a) !== null && article(a) === article(b),
            a,
            b,
          });
        }
      }
    }
    const errors = pairs.map((p) => Math.abs(p.estimate - p.exact));
    const copies = pairs.filter((p) => p.copy);
    const others = pairs.filter((p) => !p.copy);
    console.log(
      `\n${pairs.length} same-title pairs (${copies.length} one article in two version folders); |estimate − exact Jaccard| p50 ${percentile(errors, 50).toFixed(3)}, p90 ${percentile(errors, 90).toFixed(3)}, p99 ${percentile(errors, 99).toFixed(3)}`,
    );
    console.log('threshold  version pairs folded  other pairs folded (exact Jaccard would fold)');
    for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7]) {
      const folded = (list: typeof pairs, key: 'estimate' | 'exact') =>
        list.filter((p) => p[key] >= threshold).length;
      console.log(
        `${threshold.toFixed(1).padStart(9)}  ${`${folded(copies, 'estimate')}/${copies.length} (${folded(copies, 'exact')})`.padStart(20)}  ${`${folded(others, 'estimate')}/${others.length} (${folded(others, 'exact')})`.padStart(18)}`,
      );
    }
    const fileName = (p: string) => p.split('/').at(-1);
    const odd = others.filter(
      (p) => p.estimate >= nearDuplicateSimilarity && fileName(p.a) !== fileName(p.b),
    );
    console.log(
      `Other pairs folded at ${nearDuplicateSimilarity} under different file names: ${odd.length === 0 ? 'none' : odd.map((p) => `${p.a} ~ ${p.b} (${p.exact.toFixed(2)})`).join('; ')}`,
    );

    // 3 and 4. One engine, folding on and off.
    const engine = new SearchEngine({
      indexDir: path.join(workDir, 'index'),
      detector: await loadLanguageDetector(),
    });
    await engine.beginRebuild();
    docs.forEach((doc, i) => engine.addToBuild(doc, String(i)));
    runToEnd(engine.finishBuild());
    while (!engine.warmUpStep()) {
      /* the token set and the near-duplicate clusters, as the worker does before queries */
    }
    const questionSets = await Promise.all(
      ['en-powershell', 'en-tldr', 'en-tldr-2'].map(async (name) => ({
        name,
        questions: (
          JSON.parse(
            await readFile(path.join(import.meta.dirname, 'questions', `${name}.json`), 'utf8'),
          ) as { questions: { q: string; a: string | string[]; heldOut?: boolean }[] }
        ).questions,
      })),
    );
    const timed: [string, string[]][] = [
      ['240 realistic queries', realisticQueries(docs).map((q) => q.text)],
      ['English questions', questionSets.flatMap((s) => s.questions.map((q) => q.q))],
    ];
    console.log('\nquery time, folding off → on (5 rounds, interleaved)');
    for (const [label, queries] of timed) {
      const off: number[] = [];
      const on: number[] = [];
      for (let round = 0; round < 5; round++) {
        queries.forEach((q, i) => {
          for (const fold of (round + i) % 2 === 0 ? [false, true] : [true, false]) {
            const start = performance.now();
            engine.search(q, { pageSize: 20, showSimilar: !fold });
            (fold ? on : off).push(performance.now() - start);
          }
        });
      }
      console.log(
        `${label}: p50 ${percentile(off, 50).toFixed(2)} → ${percentile(on, 50).toFixed(2)} ms, p95 ${percentile(off, 95).toFixed(2)} → ${percentile(on, 95).toFixed(2)} ms (ratio ${(percentile(on, 95) / percentile(off, 95)).toFixed(2)})`,
      );
    }

    const paths = docs.map((d) => d.path);
    const copyKey = (p: string) => (article(p) ? `ps:${article(p)}` : `cmd:${fileName(p)}`);
    const mrr = (ranks: number[]) =>
      (ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / ranks.length).toFixed(3);
    const rank = (text: string, relevant: Set<string>, fold: boolean) =>
      engine
        .search(text, { pageSize: 10, showSimilar: !fold })
        .hits.findIndex((h) => relevant.has(h.path)) + 1;
    console.log('\nMRR@10, folding off → on (held-out part in brackets)');
    for (const set of questionSets) {
      const ranks = {
        off: [] as number[],
        on: [] as number[],
        offHeld: [] as number[],
        onHeld: [] as number[],
      };
      for (const q of set.questions) {
        const wanted = Array.isArray(q.a) ? q.a : [q.a];
        const keys = new Set(wanted.map(copyKey));
        const relevant = new Set(paths.filter((p) => wanted.includes(p) || keys.has(copyKey(p))));
        const [off, on] = [rank(q.q, relevant, false), rank(q.q, relevant, true)];
        ranks.off.push(off);
        ranks.on.push(on);
        if (q.heldOut) {
          ranks.offHeld.push(off);
          ranks.onHeld.push(on);
        }
      }
      console.log(
        `${set.name}: ${mrr(ranks.off)} → ${mrr(ranks.on)} (${ranks.offHeld.length ? `${mrr(ranks.offHeld)} → ${mrr(ranks.onHeld)}` : '–'})`,
      );
    }
    const known = await relevanceQueries(vault, docs);
    const knownRanks = (fold: boolean) => known.map((q) => rank(q.text, new Set(q.relevant), fold));
    const [knownOff, knownOn] = [knownRanks(false), knownRanks(true)];
    console.log(
      `known-item (${known.length}): ${mrr(knownOff)} → ${mrr(knownOn)}; in the top 10 ${knownOff.filter((r) => r > 0).length} → ${knownOn.filter((r) => r > 0).length}`,
    );
    // What folding hides: a known item folded under a copy the query ranks higher.
    known.forEach((q, i) => {
      if (knownOn[i]! === 0 && knownOff[i]! > 0) {
        const hit = engine
          .search(q.text, { pageSize: 10 })
          .hits.find((h) => h.similar?.some((s) => q.relevant.includes(s.path)));
        console.log(
          `  folded away: "${q.text}" (${q.relevant.join(', ')}), under ${hit?.path ?? 'a hit past the top 10'}`,
        );
      }
    });
    engine.close();
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
