import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodArgs } from '../../../shared/api/contract';
import type { SearchResults } from '../../../shared/search/searchResults';
import { makeTempVault } from '../../../testing/core/tempVault';
import { openTestCore, type TestCore } from '../../../testing/core/testCore';
import { NoteRepository } from '../vault/noteRepository';
import { createSearchWorker } from './createSearchWorker';
import { noteFileText, testNotes } from './testNotes';
import { searchIndexDir, VaultSearch } from './vaultSearch';

/**
 * Each test starts a search worker, which loads the language detector's data before it indexes:
 * a second or more on a loaded machine (what is checked is the result, not the time).
 */
const workerTestTimeout = 30_000;

/** The search test notes, plus tags written every way and a template. */
const files: Record<string, string> = {
  ...Object.fromEntries(testNotes.map((note) => [note.path, noteFileText(note)])),
  'policy/Housing plan.md':
    '---\ntype: solution\ntags: [Policy/Housing]\nupdated: 2025-08-01\n---\n# Housing plan\n\nRent caps for public housing. #policy/housing/rent\n',
  'policy/Review.md':
    '---\nupdated: 2025-08-01\n---\n# Policy review\n\nYearly review of housing rules. #policy-review\n',
  'templates/Solution.md':
    '---\ntype: solution\ntags: [policy]\n---\n# {{title}}\n\nDescribe the housing problem and the tender you ran.\n',
};

describe('search through the API', { timeout: workerTestTimeout }, () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** A core on the files above whose index is complete. */
  async function ready(extra: Record<string, string> = {}): Promise<TestCore> {
    t = await openTestCore({ ...files, ...extra });
    await t.core.services.search.whenReady();
    return t;
  }

  const query = (args: MethodArgs<'search.query'>): Promise<SearchResults> =>
    t!.call('search.query', args);
  const paths = async (q: string): Promise<string[]> =>
    (await query({ query: q, pageSize: 100 })).hits.map((hit) => hit.path);
  const sorted = async (q: string): Promise<string[]> => (await paths(q)).sort();

  it('understands every form of the query language', async () => {
    await ready();
    // With an operator, all words required, stemmed, in any field.
    expect(await paths('+framework +agreements')).toEqual([
      'procurement/Framework agreements.md',
      'drafts/Tender draft.md',
    ]);
    expect(await paths('+framework +cleaning')).toEqual(['drafts/Tender draft.md']);
    // A question: the notes with every word first, then those with some (and the results say so).
    const question = await query({ query: 'how do we extend a framework agreement' });
    expect(question.hits.slice(0, 2).map((h) => h.path)).toEqual([
      'procurement/Framework agreements.md',
      'drafts/Tender draft.md',
    ]);
    expect(question.relaxed).toBe(true);
    // Phrases: the words next to each other, in order.
    expect(await paths('"framework agreement lets"')).toEqual([
      'procurement/Framework agreements.md',
    ]);
    expect(await paths('"agreement framework"')).toEqual([]);
    // Exclusion.
    expect(await paths('framework -cleaning')).toEqual(['procurement/Framework agreements.md']);
    expect(await paths('framework -tag:draft')).toEqual(['procurement/Framework agreements.md']);
    // Prefix, and the last word as a prefix while typing.
    expect(await sorted('onboard*')).toEqual(['hr/Onboarding new staff.md']);
    // (The framework note links to the [[Scoring matrix]].)
    expect(
      (await query({ query: 'scoring matr', prefixLastWord: true })).hits.map((h) => h.path),
    ).toEqual(['procurement/Scoring matrix.md', 'procurement/Framework agreements.md']);
    expect((await query({ query: '+scoring +matr ', prefixLastWord: true })).total).toBe(0);
    // Fuzzy: one typo.
    expect(await paths('checklst~1')).toEqual(
      expect.arrayContaining(['hr/Onboarding new staff.md', 'imported/Budget review.md']),
    );
    // Field terms.
    expect(await paths('title:matrix')).toEqual(['procurement/Scoring matrix.md']);
    expect(await paths('title:bids')).toEqual([]);
    // Diacritics fold, Spanish notes are stemmed as Spanish.
    expect(await paths('gestion')).toEqual(['es/Gestión de contratos.md']);
    expect(await paths('licitación')).toEqual(['es/Gestión de contratos.md']);
    // (Its Spanish stem, `public`, is also an English word: ranked after.)
    expect((await paths('publicadas'))[0]).toBe('es/Gestión de contratos.md');
  });

  it('filters by domain, type, tag, publisher and dates, and combines filters', async () => {
    await ready();
    expect(await sorted('domain:procurement')).toEqual([
      'es/Gestión de contratos.md',
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(await sorted('domain:PROCUREMENT type:practice')).toEqual([
      'procurement/Scoring matrix.md',
    ]);
    expect(await sorted('domain:hr-and-talent domain:finance-and-budget')).toEqual([
      'hr/Onboarding new staff.md',
      'imported/Budget review.md',
    ]);
    expect(await sorted('type:journal')).toEqual(['journal/2026/2026-01-15.md']);
    expect(await sorted('tag:contracts')).toEqual([
      'procurement/Framework agreements.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(await sorted('from:"ministry of finance"')).toEqual(['imported/Budget review.md']);
    expect(await sorted('from:budget-practices review')).toEqual(['imported/Budget review.md']);
    expect(await sorted('created:2026-01..2026-03')).toEqual([
      'es/Gestión de contratos.md',
      'journal/2026/2026-01-15.md',
      'procurement/Scoring matrix.md',
    ]);
    expect(await sorted('updated:>=2026-03')).toEqual(['es/Gestión de contratos.md']);
    expect(await sorted('updated:<2025-07 -domain:finance-and-budget')).toEqual([
      'hr/Onboarding new staff.md',
    ]);
  });

  it('finds by tag exactly the notes the tag pane finds', async () => {
    await ready();
    for (const tag of [
      'policy',
      'Policy/housing',
      'policy/housing/rent',
      'policy-review',
      'contracts',
      'contracts/framework',
      'contracts/frame',
      'budget',
    ]) {
      const pane = (await t!.call('tags.notes', { tag })).map((note) => note.path);
      expect(await sorted(`tag:${tag}`), tag).toEqual(pane.sort());
    }
    expect(await sorted('tag:policy')).toEqual(['policy/Housing plan.md']);
  });

  it('leaves templates out unless asked for with type:template', async () => {
    await ready();
    expect(await paths('+housing +tender')).toEqual([]);
    expect(await sorted('housing')).toEqual(['policy/Housing plan.md', 'policy/Review.md']);
    expect(await paths('*')).not.toContain('templates/Solution.md');
    expect(await paths('type:template')).toEqual(['templates/Solution.md']);
    expect(await paths('type:template housing')).toEqual(['templates/Solution.md']);
    const facets = (await query({ query: '*' })).facets;
    expect(facets.types.map((f) => f.value)).not.toContain('template');
  });

  it('pages through ranked hits and counts every hit by domain, type and tag', async () => {
    await ready();
    const first = await query({ query: '*', pageSize: 3 });
    const second = await query({ query: '*', pageSize: 3, page: 2 });
    const all = await query({ query: '*', pageSize: 100 });
    expect(first.total).toBe(9);
    expect([...first.hits, ...second.hits].map((h) => h.path)).toEqual(
      all.hits.slice(0, 6).map((h) => h.path),
    );
    expect(first.facets).toEqual(all.facets);
    expect(all.facets.domains).toContainEqual({ value: 'procurement', count: 3 });
    expect(all.facets.types).toContainEqual({ value: 'practice', count: 3 });
    // A nested tag counts for its parents; spellings of one tag count as one.
    expect(all.facets.tags).toContainEqual({ value: 'contracts', count: 2 });
    const tagCount = (tag: string) =>
      all.facets.tags.filter((f) => f.value.toLowerCase() === tag).map((f) => f.count);
    expect(tagCount('policy')).toEqual([1]);
    expect(tagCount('policy/housing')).toEqual([1]);
    expect(tagCount('policy/housing/rent')).toEqual([1]);
  });

  it('gives hits with snippets whose highlights are the matched words', async () => {
    await ready();
    const [hit] = (await query({ query: 'buddy mentor' })).hits;
    expect(hit).toMatchObject({
      path: 'hr/Onboarding new staff.md',
      title: 'Onboarding new staff',
      domains: ['hr-and-talent'],
      type: 'practice',
    });
    const body = hit!.snippets.find((s) => s.field === 'body')!;
    expect(body.line).toBe(2);
    expect(body.highlights.map(([a, b]) => body.text.slice(a, b).toLowerCase())).toEqual([
      'buddy',
      'mentor',
    ]);
  });

  it('explains a query it cannot run, with where, and never fails the call', async () => {
    await ready();
    const results = await query({ query: 'budget created:soon' });
    expect(results.hits).toEqual([]);
    expect(results.error).toMatchObject({ position: 15, end: 19 });
    expect(results.error!.message).toMatch(/not a date/);
    const warned = await query({ query: 'budget colour:red' });
    expect(warned.error).toBeUndefined();
    expect(warned.warnings[0]?.message).toMatch(/colour/);
    await expect(t!.call('search.query', { query: 'x', pageSize: 1000 })).rejects.toMatchObject({
      code: 'INVALID',
    });
  });

  it('finds created, saved, renamed, deleted and outside-edited notes at once', async () => {
    await ready();
    const created = await t!.call('notes.create', {
      folder: 'ideas',
      name: 'Capybara pilot',
      body: 'A pilot with capybaras.\n',
      frontMatter: { domains: ['digital-services'], tags: ['pilots'] },
    });
    expect(await paths('capybara')).toEqual(['ideas/Capybara pilot.md']);
    expect(await paths('tag:pilots domain:digital-services')).toEqual(['ideas/Capybara pilot.md']);

    await t!.call('notes.save', {
      path: created.path,
      baseVersion: created.version,
      body: 'A pilot with wombats instead.\n',
    });
    expect(await paths('capybara')).toEqual(['ideas/Capybara pilot.md']); // the title still says so
    expect(await paths('body:capybara')).toEqual([]);
    expect(await paths('wombats')).toEqual(['ideas/Capybara pilot.md']);

    await t!.call('notes.move', { from: created.path, to: 'ideas/Wombat pilot.md' });
    expect(await paths('wombats')).toEqual(['ideas/Wombat pilot.md']);
    expect(await paths('title:wombat')).toEqual(['ideas/Wombat pilot.md']);

    await t!.call('notes.delete', { path: 'ideas/Wombat pilot.md' });
    expect(await paths('wombats')).toEqual([]);

    const file = path.join(t!.root, 'hr', 'Onboarding new staff.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('buddy', 'sherpa'));
    await t!.core.services.repository.syncFromDisk('hr/Onboarding new staff.md');
    expect(await paths('sherpa')).toEqual(['hr/Onboarding new staff.md']);
    expect(await paths('buddy')).toEqual([]);
    await unlink(file);
    await t!.core.services.repository.syncFromDisk('hr/Onboarding new staff.md');
    expect(await paths('sherpa')).toEqual([]);
    // Nine notes and the template.
    expect((await t!.call('search.status')).notes).toBe(9);
  });

  it('loads the saved index at restart, reading only notes changed since', async () => {
    await ready();
    const progress = t!.events.filter(
      (e) => e.type === 'task.progress' && e.payload.task === 'search.index',
    );
    // Nine notes and the template (searchable with type:template).
    expect(progress.at(-1)?.payload).toMatchObject({ done: 10, total: 10 });
    expect(await t!.call('search.status')).toMatchObject({
      state: 'ready',
      notes: 10,
      lastRefresh: { rebuilt: true, reason: 'there was no saved index', indexed: 10 },
      error: null,
    });
    const note = await t!.call('notes.read', { path: 'drafts/Tender draft.md' });
    await t!.call('notes.save', {
      path: note.path,
      baseVersion: note.version,
      body: 'Draft notice for the window cleaning tender.\n',
    });
    await t!.reopen();
    expect(await t!.core.services.search.whenReady()).toEqual({
      rebuilt: false,
      reason: null,
      indexed: 1,
      removed: 0,
    });
    expect((await t!.call('search.status')).lastRefresh).toMatchObject({ rebuilt: false });
    expect(await paths('window cleaning')).toEqual(['drafts/Tender draft.md']);
    // Once changes are folded into the saved index (compaction), nothing is re-read.
    await t!.core.services.search.flush({ compact: true });
    await t!.reopen();
    expect(await t!.core.services.search.whenReady()).toMatchObject({ rebuilt: false, indexed: 0 });
    expect(await paths('window cleaning')).toEqual(['drafts/Tender draft.md']);
  });

  it('rebuilds a corrupt index in the background and keeps answering', async () => {
    await ready();
    await t!.core.close();
    const indexDir = searchIndexDir(t!.root);
    const manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8')) as {
      generation: string;
    };
    await writeFile(path.join(indexDir, manifest.generation, 'postings.bin'), 'not an index');
    await t!.reopen();
    const summary = await t!.core.services.search.whenReady();
    expect(summary).toMatchObject({ rebuilt: true, indexed: 10 });
    expect(summary.reason).toMatch(/corrupt/);
    expect(await paths('+framework +agreements')).toHaveLength(2);
  });

  it('rebuilds on request, through the API', async () => {
    await ready();
    expect(await t!.call('search.rebuild')).toEqual({
      rebuilt: true,
      reason: 'a rebuild was asked for',
      indexed: 10,
      removed: 0,
    });
    expect((await paths('scoring'))[0]).toBe('procurement/Scoring matrix.md');
  });
});

describe('VaultSearch when its worker fails', { timeout: workerTestTimeout }, () => {
  it('names no absolute path when it says why search stopped', async () => {
    const temp = await makeTempVault(files);
    const repository = new NoteRepository(temp.root);
    await repository.load();
    const segment = path.join(searchIndexDir(temp.root), 'segment-1.bin');
    // A worker that fails the way a disk error in it would.
    const failing = `setTimeout(() => { throw Object.assign(new Error(${JSON.stringify(
      `EACCES: permission denied, open '${segment}'`,
    )}), { code: 'EACCES' }); }, 0);`;
    const search = VaultSearch.open({
      repository,
      indexDir: searchIndexDir(temp.root),
      createWorker: () => new Worker(failing, { eval: true }),
    });
    try {
      await expect.poll(() => search.status().error).toMatch(/^Search stopped/);
      const { error } = search.status();
      expect(error).toContain("'.praxis/index/segment-1.bin'");
      expect(error).not.toContain(temp.root);
    } finally {
      await search.close();
      await temp.cleanup();
    }
  });

  it('says search stopped, follows no edits meanwhile, and a rebuild starts it again', async () => {
    const temp = await makeTempVault(files);
    const repository = new NoteRepository(temp.root);
    await repository.load();
    let worker: Worker | undefined;
    const search = VaultSearch.open({
      repository,
      indexDir: searchIndexDir(temp.root),
      createWorker: () => (worker = createSearchWorker()),
    });
    try {
      await search.whenReady();
      await worker!.terminate();
      expect(search.status().error).toMatch(/^Search stopped: .* Rebuild the search index/);
      await expect(search.query('scoring')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      // An edit while search is down is found once it runs again.
      await repository.create({ folder: '', name: 'Okapi', body: 'Okapi sightings.\n' });
      expect(await search.rebuild()).toMatchObject({ rebuilt: true, indexed: 11 });
      expect(search.status()).toMatchObject({ state: 'ready', error: null });
      expect((await search.query('okapi')).hits.map((h) => h.path)).toEqual(['Okapi.md']);
    } finally {
      await search.close();
      await temp.cleanup();
    }
  });
});
