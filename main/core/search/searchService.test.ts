import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoteRepository } from '../vault/noteRepository';
import { createRepositorySearchSource } from './repositorySearchSource';
import { SearchService, type SearchProgress } from './searchService';
import { parseNoteFile } from '../vault/noteFile';
import { toSearchDocument } from './searchDocument';
import type { SearchSource, SourceNote } from './searchSource';
import { searchDocument, testNotes, writeTestVault } from './testNotes';

/**
 * Each test starts a search worker, which loads the language detector's data before it indexes:
 * a second or more on a loaded machine (what is checked is the result, not the time).
 */
const workerTestTimeout = 30_000;

let vault: string;
let indexDir: string;
const services: SearchService[] = [];

/** The vault's notes as the app reads them: a repository, loaded while the index opens. */
function vaultSource(): SearchSource {
  const repository = new NoteRepository(vault);
  return createRepositorySearchSource(repository, repository.load());
}

function open(onProgress?: (p: SearchProgress) => void): SearchService {
  const service = SearchService.open({
    indexDir,
    source: vaultSource(),
    ...(onProgress ? { onProgress } : {}),
  });
  services.push(service);
  return service;
}

beforeEach(async () => {
  vault = await mkdtemp(path.join(tmpdir(), 'praxis-vault-'));
  indexDir = path.join(vault, '.praxis', 'index');
  await writeTestVault(vault);
});

afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  await rm(vault, { recursive: true, force: true });
});

describe('SearchService (index in a worker thread)', { timeout: workerTestTimeout }, () => {
  it('builds the index of a vault in the background, with progress', async () => {
    const progress: SearchProgress[] = [];
    const service = open((p) => progress.push(p));
    // Answers at once, before the index exists, and says so.
    const early = await service.search('tender');
    expect(['loading', 'building']).toContain(early.status.state);
    const summary = await service.whenReady();
    expect(summary).toMatchObject({ rebuilt: true, indexed: testNotes.length });
    expect(progress.at(-1)).toMatchObject({ task: 'search.index', done: 7, total: 7 });
    const results = await service.search('framework agreement');
    expect(results.status).toEqual({ state: 'ready', done: 7, total: 7, notes: 7 });
    expect(results.hits[0]?.path).toBe('procurement/Framework agreements.md');
  });

  it('answers from the first notes read while a first build is still running', async () => {
    const notes = Array.from({ length: 40 }, (_, i) =>
      searchDocument(
        `generated/Note ${i}.md`,
        `Note ${i}`,
        `Keyword${i} and the shared word aardvark.`,
      ),
    );
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source: SearchSource = {
      list: () => notes.map((n) => ({ path: n.path, fingerprint: 'v1' })),
      async read(notePath) {
        if (notePath === 'generated/Note 39.md') await gate;
        return { doc: notes.find((n) => n.path === notePath)!, fingerprint: 'v1' };
      },
    };
    const service = SearchService.open({ indexDir, source });
    services.push(service);
    // The first batch (32 notes) is searchable while the rest is still being read.
    let early = await service.search('keyword0');
    while (early.total === 0) early = await service.search('keyword0');
    expect(early.status.state).toBe('building');
    expect((await service.search('aardvark')).total).toBe(32);
    expect((await service.search('keyword35')).total).toBe(0);
    release();
    expect(await service.whenReady()).toMatchObject({ rebuilt: true, indexed: 40 });
    expect((await service.search('aardvark')).total).toBe(40);
    expect(await service.stats()).toMatchObject({ notes: 40, delta: 0, tombstones: 0 });
  });

  it('makes an edit searchable as soon as upsert resolves', async () => {
    const source = vaultSource();
    const service = SearchService.open({ indexDir, source });
    services.push(service);
    await service.whenReady();
    const file = path.join(vault, 'hr', 'Onboarding new staff.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('buddy programme', 'peer mentoring'),
    );
    const version = await source.read('hr/Onboarding new staff.md');
    await service.upsert(version!.doc, version!.fingerprint);
    expect((await service.search('peer mentoring')).hits.map((h) => h.path)).toEqual([
      'hr/Onboarding new staff.md',
    ]);
    expect((await service.search('buddy')).total).toBe(0);
    await service.remove('hr/Onboarding new staff.md');
    expect((await service.search('mentoring')).total).toBe(0);
  });

  it('loads the saved index at restart and only re-reads what changed meanwhile', async () => {
    const first = open();
    await first.whenReady();
    await first.flush();
    await first.close();
    // While Praxis was closed: one note edited, one deleted.
    await unlink(path.join(vault, 'drafts', 'Tender draft.md'));
    const file = path.join(vault, 'imported', 'Budget review.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nAlso check the capybara line.\n`);
    const second = open();
    const summary = await second.whenReady();
    expect(summary).toEqual({ rebuilt: false, reason: null, indexed: 1, removed: 1 });
    expect((await second.search('capybara')).hits.map((h) => h.path)).toEqual([
      'imported/Budget review.md',
    ]);
    expect((await second.search('cleaning')).total).toBe(0);
    expect((await second.search('*')).total).toBe(6);
  });

  it('never lets a note read before a live change overwrite it', async () => {
    const first = open();
    await first.whenReady();
    await first.close();
    const file = path.join(vault, 'drafts', 'Tender draft.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('cleaning', 'catering'));
    // While the restarted index reads the changed note, the user saves it again.
    const source = vaultSource();
    const racing: SearchSource = {
      list: () => source.list(),
      async read(notePath) {
        const version = await source.read(notePath);
        if (version && notePath === 'drafts/Tender draft.md') {
          const newer = { ...version.doc, body: version.doc.body.replace('catering', 'security') };
          await service.upsert(newer, 'newer');
        }
        return version;
      },
    };
    const service = SearchService.open({ indexDir, source: racing });
    services.push(service);
    expect(await service.whenReady()).toMatchObject({ rebuilt: false, indexed: 0 });
    expect((await service.search('security')).hits.map((h) => h.path)).toEqual([
      'drafts/Tender draft.md',
    ]);
    expect((await service.search('catering')).total).toBe(0);
  });

  it('rebuilds a corrupt index and keeps answering', async () => {
    const first = open();
    await first.whenReady();
    await first.flush();
    await first.close();
    const manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8')) as {
      generation: string;
    };
    await writeFile(path.join(indexDir, manifest.generation, 'docs.json'), '[["truncated"');
    const second = open();
    const summary = await second.whenReady();
    expect(summary.rebuilt).toBe(true);
    expect(summary.reason).toMatch(/corrupt/);
    expect((await second.search('tender')).hits.map((h) => h.path).sort()).toEqual([
      'drafts/Tender draft.md',
      'procurement/Framework agreements.md',
    ]);
    expect((await second.search('*')).total).toBe(7);
  });

  it('builds from notes handed over as they are read, and reads only what they lack or got old', async () => {
    const parsed = (rel: string, text: string): SourceNote => {
      const { summary, body, frontMatter, version } = parseNoteFile(rel, text, new Date());
      return { note: { summary, body, frontMatter }, fingerprint: version };
    };
    const handedOver = [
      parsed('a.md', '# A\n\nAn aardvark.\n'),
      parsed('b.md', '# B\n\nA budgerigar, since rewritten.\n'),
      parsed('gone.md', '# Gone\n\nA gecko, since deleted.\n'),
    ];
    const onDisk: Record<string, SourceNote> = {
      'a.md': handedOver[0]!,
      'b.md': parsed('b.md', '# B\n\nA bonobo.\n'),
      'c.md': parsed('c.md', '# C\n\nA capybara, never handed over.\n'),
    };
    const reads: string[] = [];
    const source: SearchSource = {
      list: () => Object.entries(onDisk).map(([p, n]) => ({ path: p, fingerprint: n.fingerprint })),
      read(notePath) {
        reads.push(notePath);
        const n = onDisk[notePath];
        return Promise.resolve(
          n ? { doc: toSearchDocument(n.note), fingerprint: n.fingerprint } : null,
        );
      },
      loadedNotes: (wanted) =>
        wanted
          ? (async function* () {
              yield handedOver.slice(0, 2);
              yield handedOver.slice(2);
            })()
          : null,
    };
    const service = SearchService.open({ indexDir, source });
    services.push(service);
    expect(await service.whenReady()).toMatchObject({ rebuilt: true, indexed: 3 });
    expect(reads.sort()).toEqual(['b.md', 'c.md']);
    const paths = async (q: string) => (await service.search(q)).hits.map((hit) => hit.path);
    expect(await paths('aardvark')).toEqual(['a.md']);
    expect(await paths('bonobo')).toEqual(['b.md']);
    expect(await paths('budgerigar')).toEqual([]);
    expect(await paths('capybara')).toEqual(['c.md']);
    expect(await paths('gecko')).toEqual([]);
    expect((await service.search('*')).total).toBe(3);
  });

  it('closes in the middle of a first build without an unhandled rejection', async () => {
    // A worker still busy with the first batch when the app closes: it answers only after a while.
    const slowWorker = `
      const { parentPort } = require('node:worker_threads');
      const held = [];
      parentPort.on('message', ({ id, type, args }) => {
        const reply = (value) => parentPort.postMessage({ kind: 'response', id, ok: true, value });
        if (type === 'open') reply({ status: 'missing' });
        else if (type === 'settleBuild') reply({ add: args.entries.map((e) => e[0]), replace: [], left: 0 });
        else if (type === 'buildBatch') held.push(reply);
        else if (type === 'close')
          setTimeout(() => { for (const r of held) r(null); reply(null); }, 200);
        else reply(type === 'stats' ? { notes: 0 } : null);
      });`;
    const notes = Array.from({ length: 64 }, (_, i) =>
      searchDocument(`generated/Note ${i}.md`, `Note ${i}`, `Body ${i}.`),
    );
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let gated!: () => void;
    const reachedGate = new Promise<void>((resolve) => (gated = resolve));
    const source: SearchSource = {
      list: () => notes.map((n) => ({ path: n.path, fingerprint: 'v1' })),
      async read(notePath) {
        if (notePath === 'generated/Note 48.md') {
          gated();
          await gate;
        }
        return { doc: notes.find((n) => n.path === notePath)!, fingerprint: 'v1' };
      },
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const service = SearchService.open({
        indexDir,
        source,
        createWorker: () => new Worker(slowWorker, { eval: true }),
      });
      await reachedGate;
      // The next batch is sent after the close, while the first is still unanswered.
      const closing = service.close();
      release();
      await closing;
      await expect(service.whenReady()).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('answers and takes edits after a build is saved and its memory collected', async () => {
    const errors: string[] = [];
    const service = SearchService.open({
      indexDir,
      source: vaultSource(),
      onError: (message) => errors.push(message),
    });
    services.push(service);
    await service.whenReady();
    // flush waits for the background work: the build saved, then the collection after it.
    await service.flush();
    expect(errors).toEqual([]);
    expect((await service.search('framework agreement')).hits[0]?.path).toBe(
      'procurement/Framework agreements.md',
    );
    await service.upsert(searchDocument('new/Okapi.md', 'Okapi', 'An okapi in the forest.'), 'v1');
    expect((await service.search('okapi')).hits.map((hit) => hit.path)).toEqual(['new/Okapi.md']);
    await service.close();
    // The saved index is whole: a restart loads it instead of building again.
    const restarted = open();
    expect(await restarted.whenReady()).toMatchObject({ rebuilt: false });
    expect((await restarted.search('framework agreement')).total).toBeGreaterThan(0);
  });

  it('compacts in the background after many edits, and stays correct', async () => {
    const service = SearchService.open({
      indexDir,
      source: vaultSource(),
      policy: { minDeltaNotes: 3, deltaShare: 0 },
    });
    services.push(service);
    await service.whenReady();
    for (let i = 0; i < 5; i++) {
      await service.upsert(
        {
          path: `new/Note ${i}.md`,
          title: `Note ${i}`,
          body: `Lemur number ${i}`,
          headings: [],
          tags: [],
          domains: [],
          type: 'note',
          created: null,
          updated: '2026-01-01',
          from: null,
        },
        `v${i}`,
      );
    }
    await service.flush({ compact: true });
    expect(await service.stats()).toMatchObject({ notes: 12, delta: 0, tombstones: 0 });
    expect((await service.search('lemur')).total).toBe(5);
  });
});
