/**
 * `npm run bench:relevance`: does search answer questions? MRR@10 and success@10 of Praxis, stock
 * lunr (its default ranked OR) and MiniSearch (ranked OR with prefix and fuzzy), side by side in
 * one run, on the question sets in scripts/bench/questions/ (each question with the one note that
 * answers it; the `*-tldr-examples` sets were written by exampleQuestions.ts from the pages' own
 * examples), plus the known-item figure (exact synopsis queries, as bench:search has it).
 *
 * Vaults, copied from ../shared/corpora into a temp folder (read-only there):
 * - `en`: tldr-pages (English) + PowerShell docs, the bench:search vault (~10,500 notes);
 * - `es`: tldr-pages' Spanish pages, from `tldr-pages/pages.es` beside the other corpora or
 *   wherever PRAXIS_TLDR_ES points (skipped with a message when absent);
 * - `ca`: tldr-pages' Catalan pages (`tldr-pages/pages.ca`).
 * No note carries `lang`: each engine sees the notes as people write them.
 *
 * Options: `--only praxis` (skip the peers), `--sets en-tldr,es-tldr`, `--verbose` (rank of
 * every question that is not held out), `--no-known-item`.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { loadLanguageDetector } from '../../main/core/search/languageDetector';
import type { SearchDocument } from '../../main/core/search/searchDocument';
import { SearchEngine } from '../../main/core/search/searchEngine';
import { runToEnd } from '../../main/core/search/segmentBuilder';
import {
  benchSource,
  copyCorpora,
  corporaDir,
  flat,
  readVault,
  relevanceQueries,
  textFields,
  type RelevanceQuery,
} from './benchCorpus';

interface Question {
  q: string;
  a: string | string[];
  heldOut?: boolean;
}

interface QuestionSet {
  name: string;
  vault: 'en' | 'es' | 'ca';
  questions: Question[];
}

interface Ranked {
  /** Rank (1-based) of the first relevant note in the top 10, or 0. */
  rank: number;
}

type Engine = (text: string) => string[];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    sets: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'no-known-item': { type: 'boolean', default: false },
  },
});

const questionsDir = path.join(import.meta.dirname, 'questions');
const setNames = [
  'en-powershell',
  'en-tldr',
  'en-tldr-2',
  'en-tldr-3',
  'en-tldr-examples',
  'es-tldr',
  'es-tldr-2',
  'es-tldr-3',
  'es-tldr-examples',
  'ca-tldr',
  'ca-tldr-examples',
].filter((name) => !args.sets || args.sets.split(',').includes(name));
const engineNames = (['praxis', 'lunr', 'minisearch'] as const).filter(
  (name) => !args.only || args.only.split(',').includes(name),
);

const spanishPages = [
  process.env['PRAXIS_TLDR_ES'],
  path.join(corporaDir, 'tldr-pages', 'pages.es'),
].find((dir): dir is string => !!dir && existsSync(dir));

async function loadSet(name: string): Promise<QuestionSet> {
  const raw = JSON.parse(await readFile(path.join(questionsDir, `${name}.json`), 'utf8')) as {
    vault: QuestionSet['vault'];
    questions: Question[];
  };
  return { name, vault: raw.vault, questions: raw.questions };
}

/**
 * The notes that answer a question: the named ones and their copies — the same PowerShell article
 * in another version folder, the same tldr command on another platform.
 */
function relevantPaths(answer: string | string[], paths: readonly string[]): Set<string> {
  const wanted = Array.isArray(answer) ? answer : [answer];
  const keys = new Set(wanted.map(copyKey));
  return new Set(paths.filter((p) => wanted.includes(p) || keys.has(copyKey(p))));
}

function copyKey(notePath: string): string {
  const parts = notePath.split('/');
  if (parts[0] === 'powershell' && /^\d+\.\d+$/.test(parts[1] ?? ''))
    return `ps:${parts.slice(2).join('/')}`;
  // tldr: `[tldr/]<platform>/<command>.md` → the command.
  return `cmd:${parts.at(-1)}`;
}

async function praxisEngine(docs: SearchDocument[], dir: string): Promise<Engine> {
  const engine = new SearchEngine({
    indexDir: path.join(dir, 'index'),
    detector: await loadLanguageDetector(),
  });
  await engine.beginRebuild();
  docs.forEach((doc, i) => engine.addToBuild(doc, String(i)));
  runToEnd(engine.finishBuild());
  return (text) => engine.search(text, { pageSize: 10 }).hits.map((h) => h.path);
}

/** Stock lunr as documented: default pipeline (English), every query word optional (OR). */
function lunrEngine(docs: SearchDocument[]): Engine {
  const index = lunr(function () {
    this.ref('id');
    this.field('title', { boost: 4 });
    for (const field of textFields.slice(1)) this.field(field);
    for (const doc of docs) this.add(flat(doc));
  });
  return (text) =>
    index
      .query((query) => {
        // The words as lunr's tokenizer splits them, without its query syntax (`-`, `:`).
        for (const token of lunr.tokenizer(text)) query.term(token.toString(), {});
      })
      .slice(0, 10)
      .map((r) => r.ref);
}

/** MiniSearch 7 ranked OR with prefix and fuzzy, title boosted like the others. */
function miniSearchEngine(docs: SearchDocument[]): Engine {
  const ms = new MiniSearch({ fields: textFields, storeFields: [] });
  ms.addAll(docs.map(flat));
  return (text) =>
    ms
      .search(text, {
        boost: { title: 4, headings: 1.5, tags: 2, domains: 1.5 },
        prefix: true,
        fuzzy: 0.2,
        combineWith: 'OR',
      })
      .slice(0, 10)
      .map((r) => String(r.id));
}

function rankOf(engine: Engine, text: string, relevant: Set<string>): Ranked {
  const top = engine(text).slice(0, 10);
  const at = top.findIndex((p) => relevant.has(p));
  return { rank: at + 1 };
}

interface Score {
  mrr: number;
  success: number;
  count: number;
}

function score(ranks: Ranked[]): Score {
  const mrr = ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0);
  return {
    mrr: ranks.length > 0 ? mrr / ranks.length : 0,
    success: ranks.filter((r) => r.rank > 0).length,
    count: ranks.length,
  };
}

async function vaultDocs(vault: QuestionSet['vault'], dir: string): Promise<SearchDocument[]> {
  const root = path.join(dir, vault);
  if (vault === 'en') await copyCorpora(root);
  else if (vault === 'es') await cp(spanishPages!, root, { recursive: true });
  else await cp(path.join(corporaDir, 'tldr-pages', 'pages.ca'), root, { recursive: true });
  const docs: SearchDocument[] = [];
  for await (const doc of readVault(benchSource(root))) docs.push(doc);
  return docs;
}

const fmt = (s: Score | undefined): string =>
  s ? `${s.mrr.toFixed(3)}  ${String(s.success).padStart(3)}/${s.count}` : '–';

async function main(): Promise<void> {
  const sets = await Promise.all(setNames.map(loadSet));
  const workDir = await mkdtemp(path.join(tmpdir(), 'praxis-relevance-'));
  const rows: [string, ...string[]][] = [];
  let knownItem: Record<string, Score> = {};
  try {
    for (const vault of ['en', 'es', 'ca'] as const) {
      const vaultSets = sets.filter((s) => s.vault === vault);
      const wantKnownItem = vault === 'en' && !args['no-known-item'];
      if (vaultSets.length === 0 && !wantKnownItem) continue;
      if (vault === 'es' && !spanishPages) {
        process.stderr.write(
          'Skipping the Spanish set: put tldr-pages/pages.es beside the corpora or set PRAXIS_TLDR_ES.\n',
        );
        continue;
      }
      const docs = await vaultDocs(vault, workDir);
      const paths = docs.map((d) => d.path);
      const known: RelevanceQuery[] = wantKnownItem
        ? await relevanceQueries(path.join(workDir, vault), docs)
        : [];
      process.stderr.write(`Vault ${vault}: ${docs.length} notes.\n`);
      const results = new Map<string, Map<string, Ranked[]>>();
      for (const name of engineNames) {
        process.stderr.write(`  ${name}…\n`);
        const engine =
          name === 'praxis'
            ? await praxisEngine(docs, path.join(workDir, `${vault}-praxis`))
            : name === 'lunr'
              ? lunrEngine(docs)
              : miniSearchEngine(docs);
        for (const set of vaultSets) {
          const ranks = set.questions.map((q) => rankOf(engine, q.q, relevantPaths(q.a, paths)));
          const bySet = results.get(set.name) ?? new Map<string, Ranked[]>();
          bySet.set(name, ranks);
          results.set(set.name, bySet);
          if (args.verbose && name === 'praxis') {
            set.questions.forEach((q, i) => {
              if (!q.heldOut) process.stderr.write(`    ${ranks[i]!.rank || '-'}\t${q.q}\n`);
            });
          }
        }
        // Known-item: Praxis's figure (the peers' fuzzy OR over 1,000 sentences takes an age).
        if (known.length > 0 && name === 'praxis') {
          knownItem = {
            ...knownItem,
            [name]: score(known.map((q) => rankOf(engine, q.text, new Set(q.relevant)))),
          };
        }
      }
      for (const set of vaultSets) {
        const bySet = results.get(set.name)!;
        for (const part of ['all', 'held out'] as const) {
          const pick = (ranks: Ranked[]): Ranked[] =>
            part === 'all' ? ranks : ranks.filter((_, i) => set.questions[i]!.heldOut);
          rows.push([
            `${set.name} (${part})`,
            ...engineNames.map((name) => fmt(score(pick(bySet.get(name)!)))),
          ]);
        }
      }
    }
    if (Object.keys(knownItem).length > 0) {
      rows.push(['known-item (en, synopses)', ...engineNames.map((name) => fmt(knownItem[name]))]);
    }
    const header: [string, ...string[]] = [
      'question set',
      ...engineNames.map((n) =>
        n === 'praxis' ? 'Praxis' : n === 'lunr' ? 'lunr (OR)' : 'MiniSearch (OR+pre+fuzzy)',
      ),
    ];
    const table = [header, ...rows];
    const widths = header.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
    console.log('MRR@10  success@10 per engine\n');
    for (const [i, row] of table.entries()) {
      console.log(
        row
          .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
          .join('  '),
      );
      if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
