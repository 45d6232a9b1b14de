import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchService, type SearchProgress } from './searchService';
import { testNotes, writeTestVault } from './testNotes';
import { createVaultSearchSource, readVaultDocument } from './vaultSearchSource';

let vault: string;
let indexDir: string;
const services: SearchService[] = [];

function open(onProgress?: (p: SearchProgress) => void): SearchService {
  const service = SearchService.open({
    indexDir,
    source: createVaultSearchSource(vault),
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

describe('SearchService (index in a worker thread)', () => {
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

  it('makes an edit searchable as soon as upsert resolves', async () => {
    const service = open();
    await service.whenReady();
    const file = path.join(vault, 'hr', 'Onboarding new staff.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('buddy programme', 'peer mentoring'),
    );
    const version = await readVaultDocument(vault, 'hr/Onboarding new staff.md');
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
    expect(summary).toEqual({ rebuilt: false, indexed: 1, removed: 1 });
    expect((await second.search('capybara')).hits.map((h) => h.path)).toEqual([
      'imported/Budget review.md',
    ]);
    expect((await second.search('cleaning')).total).toBe(0);
    expect((await second.search('*')).total).toBe(6);
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

  it('compacts in the background after many edits, and stays correct', async () => {
    const service = SearchService.open({
      indexDir,
      source: createVaultSearchSource(vault),
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
