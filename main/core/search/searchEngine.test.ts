import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../../shared/search/searchResults';
import { collidingWords } from './lunr314';
import { lunrTokenSet } from './lunrPatched';
import type { SearchDocument } from './searchDocument';
import { SearchEngine, type CompactionPolicy } from './searchEngine';
import { runToEnd } from './segmentBuilder';
import { searchDocument, testDocuments } from './testNotes';

let dir: string;
const engines: SearchEngine[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'praxis-search-'));
});

afterEach(async () => {
  for (const engine of engines.splice(0)) engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function buildEngine(
  docs: SearchDocument[],
  options: {
    indexDir?: string;
    policy?: Partial<CompactionPolicy>;
    beforeFinish?: () => void;
  } = {},
): Promise<SearchEngine> {
  const engine = new SearchEngine({
    indexDir: options.indexDir ?? dir,
    policy: options.policy ?? {},
  });
  engines.push(engine);
  await engine.load();
  await engine.beginRebuild();
  for (const doc of docs) engine.addToBuild(doc, `v1:${doc.path}`);
  options.beforeFinish?.();
  const textFile = runToEnd(engine.finishBuild());
  await engine.persist(textFile!);
  return engine;
}

const paths = (results: Omit<SearchResults, 'status'>): string[] => results.hits.map((h) => h.path);
const sorted = (results: Omit<SearchResults, 'status'>): string[] => paths(results).sort();

describe('query language', () => {
  let engine: SearchEngine;
  beforeEach(async () => {
    engine = await buildEngine(testDocuments());
  });

  it('requires every word with an operator, stems them and ranks the best match first', () => {
    const results = engine.search('+framework +agreements');
    expect(paths(results)[0]).toBe('procurement/Framework agreements.md');
    expect(sorted(results)).toEqual([
      'drafts/Tender draft.md',
      'procurement/Framework agreements.md',
    ]);
    expect(results.relaxed).toBeUndefined();
    expect(paths(engine.search('+framework +bids +buddy'))).toEqual([]);
    // "running" and "run" meet on the stem.
    expect(paths(engine.search('+run +checklist'))).toEqual(['hr/Onboarding new staff.md']);
  });

  it('answers a question with the notes holding most of its words, and says so', () => {
    // No note has all three words: the one with two of them comes first.
    const results = engine.search('framework bids buddy');
    expect(paths(results)[0]).toBe('procurement/Framework agreements.md');
    expect(results.relaxed).toBe(true);
    // Question words are noise; the notes with both real words come before the one with one.
    const question = paths(engine.search('how do we extend a framework agreement'));
    expect(question.slice(0, 2).sort()).toEqual([
      'drafts/Tender draft.md',
      'procurement/Framework agreements.md',
    ]);
    expect(question).toContain('procurement/Scoring matrix.md');
  });

  it('folds diacritics and stems Spanish notes in Spanish', () => {
    expect(paths(engine.search('gestion'))).toEqual(['es/Gestión de contratos.md']);
    expect(paths(engine.search('GESTIÓN'))).toEqual(['es/Gestión de contratos.md']);
    // contratos / contratación share the Spanish stem "contrat"; licitaciones → licit.
    expect(paths(engine.search('contratos licitación'))).toEqual(['es/Gestión de contratos.md']);
    // Spanish stop words are not required words ("de" is not in the Spanish index).
    expect(paths(engine.search('gestión de contratos'))).toEqual(['es/Gestión de contratos.md']);
  });

  it('matches "phrases" only with the words next to each other, in order', () => {
    expect(sorted(engine.search('"framework agreement"'))).toEqual([
      'drafts/Tender draft.md',
      'procurement/Framework agreements.md',
    ]);
    expect(paths(engine.search('"agreement framework"'))).toEqual([]);
    // Stop words keep their place: "notice for the cleaning" has two of them in the middle.
    expect(paths(engine.search('"notice for the cleaning"'))).toEqual(['drafts/Tender draft.md']);
    // Words typed together with punctuation are a phrase too.
    expect(paths(engine.search('get-childitem'))).toEqual(['journal/2026/2026-01-15.md']);
  });

  it('excludes -words, -"phrases" and -filters', () => {
    expect(paths(engine.search('framework -draft'))).toEqual([
      'procurement/Framework agreements.md',
    ]);
    expect(paths(engine.search('tender -"cleaning services"'))).toEqual([
      'procurement/Framework agreements.md',
    ]);
    expect(paths(engine.search('framework -tag:draft'))).toEqual([
      'procurement/Framework agreements.md',
    ]);
  });

  it('expands prefix* and *wildcards, and fuzzy~ words', () => {
    expect(sorted(engine.search('frame*'))).toEqual([
      'drafts/Tender draft.md',
      'procurement/Framework agreements.md',
    ]);
    expect(paths(engine.search('onboard*'))).toEqual(['hr/Onboarding new staff.md']);
    // `checklists*` is stemmed too, so the index's `checklist` is found.
    expect(sorted(engine.search('checklists*'))).toEqual([
      'hr/Onboarding new staff.md',
      'imported/Budget review.md',
    ]);
    // Wildcards match index terms, which are stems: `onboarding` is indexed as `onboard`.
    expect(paths(engine.search('*board'))).toEqual(['hr/Onboarding new staff.md']);
    expect(paths(engine.search('mentr~1'))).toEqual(['hr/Onboarding new staff.md']);
    // With an operator, a word that matches nothing matches nothing (a typo is only suggested).
    expect(paths(engine.search('+mentr'))).toEqual([]);
  });

  it('scopes words to title:, heading: and body:', () => {
    expect(paths(engine.search('title:scoring'))).toEqual(['procurement/Scoring matrix.md']);
    // The framework note mentions the scoring matrix only in its body.
    expect(sorted(engine.search('body:scoring'))).toEqual([
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(paths(engine.search('heading:steps'))).toEqual(['procurement/Framework agreements.md']);
  });

  it('filters by domain, nested tag, type, from, created and updated', () => {
    expect(sorted(engine.search('domain:procurement'))).toEqual([
      'es/Gestión de contratos.md',
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(sorted(engine.search('tag:contracts'))).toEqual([
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(paths(engine.search('tag:contracts/framework'))).toEqual([
      'procurement/Framework agreements.md',
    ]);
    expect(paths(engine.search('tag:contracts/frame'))).toEqual([]);
    expect(sorted(engine.search('type:practice'))).toEqual([
      'hr/Onboarding new staff.md',
      'imported/Budget review.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(paths(engine.search('from:finance'))).toEqual(['imported/Budget review.md']);
    expect(paths(engine.search('from:"ministry of finance" review'))).toEqual([
      'imported/Budget review.md',
    ]);
    expect(sorted(engine.search('created:>=2026-01-15 created:<2026-03'))).toEqual([
      'journal/2026/2026-01-15.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(paths(engine.search('updated:2025-06'))).toEqual(['hr/Onboarding new staff.md']);
    expect(sorted(engine.search('created:2024..2025-06-30'))).toEqual([
      'hr/Onboarding new staff.md',
      'imported/Budget review.md',
    ]);
    // Same key twice: either value. Different keys: both.
    expect(sorted(engine.search('domain:hr-and-talent domain:finance-and-budget'))).toEqual([
      'hr/Onboarding new staff.md',
      'imported/Budget review.md',
    ]);
    expect(paths(engine.search('domain:procurement type:practice'))).toEqual([
      'procurement/Scoring matrix.md',
    ]);
    expect(paths(engine.search('domain:procurement,finance-and-budget budget'))).toEqual([
      'imported/Budget review.md',
    ]);
  });

  it('lists notes by most recent update for `*` and filter-only queries', () => {
    const results = engine.search('*', { pageSize: 3 });
    expect(results.total).toBe(7);
    expect(paths(results)).toEqual([
      'es/Gestión de contratos.md',
      'procurement/Framework agreements.md',
      'drafts/Tender draft.md',
    ]);
  });

  it('pages through hits and counts facets over all of them', () => {
    const first = engine.search('*', { pageSize: 4, page: 1 });
    const second = engine.search('*', { pageSize: 4, page: 2 });
    expect(first.hits).toHaveLength(4);
    expect(second.hits).toHaveLength(3);
    expect(new Set([...paths(first), ...paths(second)]).size).toBe(7);
    expect(first.facets.domains).toEqual([
      { value: 'procurement', count: 3 },
      { value: 'finance-and-budget', count: 1 },
      { value: 'hr-and-talent', count: 1 },
      { value: 'legal-and-regulatory', count: 1 },
    ]);
    expect(first.facets.types[0]).toEqual({ value: 'practice', count: 3 });
    // Nested tags count for their parents too.
    expect(first.facets.tags).toContainEqual({ value: 'contracts', count: 2 });
    expect(first.facets.tags).toContainEqual({ value: 'contracts/framework', count: 1 });
  });

  it('returns snippets whose highlights point at the matched words', () => {
    const hit = engine
      .search('evaluate bids')
      .hits.find((h) => h.path.startsWith('procurement/Frame'));
    const body = hit!.snippets.find((s) => s.field === 'body')!;
    const marked = body.highlights.map(([s, e]) => body.text.slice(s, e).toLowerCase());
    expect(marked).toEqual(['evaluate', 'bids']);
    expect(body.line).toBe(7);
    const [spanish] = engine.search('gestion').hits;
    const title = spanish!.snippets.find((s) => s.field === 'title')!;
    expect(title.highlights.map(([s, e]) => title.text.slice(s, e))).toEqual(['Gestión']);
  });

  it('cuts the snippet where most of the query is, not at the first match', async () => {
    const long: SearchDocument = {
      path: 'long/Handbook.md',
      title: 'Handbook',
      body: [
        'An evaluation committee meets first.',
        ...Array.from({ length: 200 }, (_, i) => `Step ${i}: read and score the bids.`),
        'Every committee evaluation needs a quorum of three members.',
        'The end.',
      ].join('\n'),
      headings: [],
      tags: [],
      domains: [],
      type: 'note',
      created: null,
      updated: '2026-01-01',
      from: null,
    };
    const checkBoth = (results: Omit<SearchResults, 'status'>) => {
      const hit = results.hits.find((h) => h.path === 'long/Handbook.md')!;
      const body = hit.snippets.find((s) => s.field === 'body')!;
      const marked = body.highlights.map(([s, e]) => body.text.slice(s, e).toLowerCase());
      expect(marked).toEqual(['evaluation', 'quorum']);
      expect(body.line).toBe(201);
    };
    const main = await buildEngine([long], { indexDir: path.join(dir, 'long') });
    checkBoth(main.search('evaluation quorum'));
    // The same for a note in the delta (just edited).
    engine.upsert(long, 'v2');
    checkBoth(engine.search('evaluation quorum'));
  });

  it('answers hostile queries with results or a message, never an exception', () => {
    const hostile = [
      '"unbalanced quote',
      '-',
      '- -',
      'title:',
      'title:""',
      '*',
      '**',
      '-*',
      '^',
      ':',
      '~',
      '+',
      'foo^',
      'foo~9',
      'a^bc',
      'tag:',
      'created:',
      'created:>',
      'created:2026-13-01',
      'updated:yesterday',
      'nosuchfield:value',
      'C:\\Windows\\System32',
      'https://example.org/a?b=c',
      '(a|b)+[c]{2,}.*$',
      '\\',
      'AND OR NOT',
      '🙂 emoji',
      '中文 搜索',
      'x'.repeat(5000),
      Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '),
      'c*nt*~1^2',
      '"" "',
      '---framework',
    ];
    for (const query of hostile) {
      const results = engine.search(query);
      expect(Array.isArray(results.hits), query).toBe(true);
      for (const problem of results.warnings) expect(problem.message.length).toBeGreaterThan(10);
    }
    expect(engine.search('created:2026-13-01').error?.message).toMatch(/not a date/);
    expect(engine.search('"unbalanced quote').warnings[0]?.message).toMatch(/closing quote/);
    expect(engine.search('nosuchfield:value').warnings[0]?.message).toMatch(/not a search field/);
    expect(engine.search('zzzunknownword').warnings[0]?.message).toMatch(/No note contains/);
  });
});

describe('changes', () => {
  it('makes created, changed, moved and removed notes searchable at once', async () => {
    const engine = await buildEngine(testDocuments());
    const [framework] = testDocuments();
    engine.upsert({ ...framework!, body: 'Now about dynamic purchasing systems.' }, 'v2');
    expect(paths(engine.search('+publish +notice'))).toEqual([]);
    expect(paths(engine.search('dynamic purchasing'))).toEqual([
      'procurement/Framework agreements.md',
    ]);
    engine.upsert(
      { ...framework!, path: 'new/Fresh idea.md', title: 'Fresh idea', body: 'Zebra crossings.' },
      'v1',
    );
    expect(paths(engine.search('zebra'))).toEqual(['new/Fresh idea.md']);
    engine.remove('procurement/Framework agreements.md');
    expect(paths(engine.search('dynamic'))).toEqual([]);
    expect(engine.search('*').total).toBe(7);
    expect(engine.noteCount).toBe(7);
  });

  it('replaces a note changed again and again, whatever fields its words are in', async () => {
    const engine = await buildEngine(testDocuments());
    const [framework] = testDocuments();
    // "tender" is in the body and, stemmed, in a tag: the delta must drop both on each change.
    for (let version = 2; version <= 4; version++) {
      engine.upsert(
        { ...framework!, body: `Tender round ${version}: tender lots.` },
        `v${version}`,
      );
      expect(paths(engine.search(`"round ${version}"`))).toEqual([
        'procurement/Framework agreements.md',
      ]);
      expect(paths(engine.search(`"round ${version - 1}"`))).toEqual([]);
    }
    expect(engine.deltaSize).toBe(1);
    expect(engine.tombstoneCount).toBe(1);
    engine.remove('procurement/Framework agreements.md');
    expect(engine.deltaSize).toBe(0);
    expect(paths(engine.search('lots'))).toEqual([]);
  });

  it('treats the last word as a prefix while typing, unless a space follows', async () => {
    const engine = await buildEngine(testDocuments());
    // The framework note links to [[Scoring matrix]] in its body.
    expect(sorted(engine.search('+scoring +matr', { prefixLastWord: true }))).toEqual([
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(paths(engine.search('+scoring +matr ', { prefixLastWord: true }))).toEqual([]);
    expect(paths(engine.search('+scoring +matr'))).toEqual([]);
    // A question while typing: the last word is a prefix too, the notes with most words first.
    expect(paths(engine.search('scoring matr', { prefixLastWord: true }))[0]).toBe(
      'procurement/Scoring matrix.md',
    );
  });

  it('ranks notes in the delta exactly as a fresh build of the same notes would', async () => {
    const docs = testDocuments();
    const edited = await buildEngine(docs);
    const changes: SearchDocument[] = [
      { ...docs[0]!, body: `${docs[0]!.body}\nMore on framework agreements and tender lots.` },
      { ...docs[1]!, path: 'procurement/Scoring v2.md', body: 'Tender scoring weights, revised.' },
    ];
    for (const doc of changes) edited.upsert(doc, 'v2');
    edited.remove('drafts/Tender draft.md');
    const finalDocs = [
      changes[0]!,
      ...docs.slice(1).filter((d) => d.path !== 'drafts/Tender draft.md'),
      changes[1]!,
    ];
    const fresh = await buildEngine(finalDocs, { indexDir: path.join(dir, 'fresh') });
    for (const query of [
      'tender',
      'framework agreement',
      'scoring weights',
      'tender*',
      '*',
      'bids~1',
    ]) {
      const a = edited.search(query);
      const b = fresh.search(query);
      expect(
        a.hits.map((h) => [h.path, h.score]),
        query,
      ).toEqual(b.hits.map((h) => [h.path, h.score]));
    }
  });

  it('compacts the delta into a new main segment and keeps edits made meanwhile', async () => {
    const docs = testDocuments();
    const engine = await buildEngine(docs, { policy: { minDeltaNotes: 2, deltaShare: 0 } });
    engine.upsert({ ...docs[2]!, body: 'Mentoring for every newcomer.' }, 'v2');
    expect(engine.needsCompaction()).toBe(false);
    engine.upsert(
      { ...docs[3]!, path: 'es/Otra.md', title: 'Otra nota', body: 'Presupuesto anual.' },
      'v1',
    );
    expect(engine.needsCompaction()).toBe(true);
    const steps = engine.compact();
    await steps.next();
    // An edit in the middle of compaction must survive the swap.
    engine.upsert({ ...docs[0]!, body: 'Replaced while compacting: quokka.' }, 'v3');
    let step = await steps.next();
    while (!step.done) step = await steps.next();
    await engine.persist(step.value!);
    expect(engine.deltaSize).toBe(1);
    expect(paths(engine.search('quokka'))).toEqual(['procurement/Framework agreements.md']);
    expect(paths(engine.search('newcomer'))).toEqual(['hr/Onboarding new staff.md']);
    expect(paths(engine.search('presupuesto'))).toEqual(['es/Otra.md']);
    expect(paths(engine.search('buddy'))).toEqual([]);
    expect(engine.noteCount).toBe(8);
  });
});

describe('persistence', () => {
  it('loads the saved index at restart with the same results', async () => {
    const built = await buildEngine(testDocuments());
    const expected = built.search('tender');
    built.close();
    const restarted = new SearchEngine({ indexDir: dir });
    engines.push(restarted);
    expect(await restarted.load()).toEqual({ status: 'loaded', notes: 7 });
    expect(restarted.search('tender').hits).toEqual(expected.hits);
    expect(restarted.fingerprints().get('hr/Onboarding new staff.md')).toBe(
      'v1:hr/Onboarding new staff.md',
    );
  });

  it('reports a damaged or outdated index instead of trusting it', async () => {
    (await buildEngine(testDocuments())).close();
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      generation: string;
      analyzer: number;
    };
    const postings = path.join(dir, manifest.generation, 'postings.bin');
    const bytes = await readFile(postings);
    bytes[bytes.length - 5]! ^= 0xff;
    await writeFile(postings, bytes);
    const damaged = new SearchEngine({ indexDir: dir });
    engines.push(damaged);
    expect(await damaged.load()).toMatchObject({ status: 'corrupt' });
    expect(damaged.search('tender').hits).toEqual([]);

    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, analyzer: -1 }));
    expect(await new SearchEngine({ indexDir: dir }).load()).toMatchObject({
      status: 'incompatible',
    });
    await writeFile(path.join(dir, 'manifest.json'), '{ not json');
    expect(await new SearchEngine({ indexDir: dir }).load()).toMatchObject({ status: 'corrupt' });
  });
});

describe('lunr#314 in the Praxis index', () => {
  it('expands cont* to the terms really indexed', async () => {
    const words = collidingWords();
    const note: SearchDocument = {
      path: 'digits.md',
      title: 'cont1e',
      body: words.join(' '),
      headings: [],
      tags: [],
      domains: [],
      type: 'a1',
      created: null,
      updated: '2026-01-01',
      from: null,
      // No stemming: the index must hold exactly these words.
      language: 'und',
    };
    // Node ids as in the reproduction: the TokenSet is built during finishBuild.
    const engine = await buildEngine([note], { beforeFinish: () => (lunrTokenSet._nextId = 1) });
    const results = engine.search('cont*');
    expect(paths(results)).toEqual(['digits.md']);
    expect(results.warnings).toEqual([]);
    expect(paths(engine.search('c*1e'))).toEqual(['digits.md']);
  });
});

describe('rankedMatches', () => {
  const docs = Array.from({ length: 150 }, (_, i) =>
    searchDocument(
      `n/Note ${i}.md`,
      `Note ${i}`,
      i % 3 === 0 ? 'the public tender rules' : 'other',
    ),
  );

  it('gives every note a query finds, beyond one page, main segment and delta alike', async () => {
    const engine = await buildEngine(docs);
    engine.upsert(searchDocument('d/Late.md', 'Late', 'Public tenders, late.'), 'v2');
    const found = engine.rankedMatches(['"public tender"'], { limit: 1000 });
    expect(found.paths).toHaveLength(51);
    expect(found).toMatchObject({ total: 51, next: null, searchable: true });
    expect(found.paths).toContain('d/Late.md');
    expect(found.paths).not.toContain('n/Note 1.md');
    expect(engine.rankedMatches(['"tender public"'], { limit: 10 }).paths).toEqual([]);
  });

  it('ranks the best first, pages on from `next`, and checks at most `maxChecked` texts', async () => {
    const engine = await buildEngine([
      ...docs,
      searchDocument('a/Dense.md', 'Dense', 'public tender, public tender, public tender'),
    ]);
    const first = engine.rankedMatches(['"public tender"'], { limit: 5 });
    expect(first.paths[0]).toBe('a/Dense.md');
    expect(first.paths).toHaveLength(5);
    expect(first.next).toBe(5);
    const rest = engine.rankedMatches(['"public tender"'], { from: first.next!, limit: 1000 });
    expect(new Set([...first.paths, ...rest.paths]).size).toBe(51);

    const seen: string[] = [];
    const checked = engine.rankedMatches(['"public tender"'], {
      limit: 5,
      maxChecked: 3,
      accept: (body) => {
        seen.push(body);
        return body.includes('public tender,');
      },
    });
    expect(seen).toHaveLength(3);
    expect(checked).toMatchObject({ paths: ['a/Dense.md'], next: 3, total: 51 });
  });

  it('says when a query has no word the index keeps', async () => {
    const engine = await buildEngine(docs);
    expect(engine.rankedMatches(['"the of"'], { limit: 5 })).toMatchObject({
      paths: [],
      searchable: false,
    });
  });
});
