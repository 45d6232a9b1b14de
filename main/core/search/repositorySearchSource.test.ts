import { cp, mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../../shared/search/searchResults';
import { corporaDir, corporaPresent } from '../../../testing/core/corpora';
import { noteCacheFile } from '../vault/noteCache';
import { NoteRepository } from '../vault/noteRepository';
import { searchIndexDir, VaultSearch } from './vaultSearch';

/** Each test starts search workers, which load the language detector first (a second or more). */
const workerTestTimeout = 60_000;

/** Small platform folders of tldr-pages: about a hundred real notes. */
const folders = ['android', 'cisco-ios', 'dos', 'freebsd', 'netbsd', 'openbsd', 'sunos'];
const queries = ['file', 'list files', 'network interface', 'show* -delete', 'usr~1', 'packge'];

let vault: string;
const opened: VaultSearch[] = [];

afterEach(async () => {
  for (const search of opened.splice(0)) await search.close();
  vi.restoreAllMocks();
  if (vault) await rm(vault, { recursive: true, force: true });
});

/**
 * Opens the vault as the app does (the index opens while the repository loads) and waits until
 * search is ready; returns how many notes the index read from disk itself, and the results.
 */
async function coldSearch(options: {
  loadWorkerFrom: number;
  searchFromLoad: boolean;
  keepNoteCache?: boolean;
}) {
  await rm(searchIndexDir(vault), { recursive: true, force: true });
  if (!options.keepNoteCache) await rm(noteCacheFile(vault), { force: true });
  const readForIndex = vi.spyOn(NoteRepository.prototype, 'readForIndex');
  const repository = new NoteRepository(vault, {
    loadWorkerFrom: options.loadWorkerFrom,
    cache: { file: noteCacheFile(vault), write: true },
  });
  let fromCache = 0;
  repository.subscribe((change) => {
    if (change.kind === 'note-set' && change.fromCache) fromCache++;
  });
  const loaded = repository.load();
  const search = VaultSearch.open({
    repository,
    indexDir: searchIndexDir(vault),
    loaded,
    searchFromLoad: options.searchFromLoad,
  });
  opened.push(search);
  await loaded;
  const summary = await search.whenReady();
  const results: Record<string, Omit<SearchResults, 'status' | 'tookMs'>> = {};
  for (const q of queries) {
    // Everything but how long it took and the index's progress.
    const { status: _status, tookMs: _took, ...rest } = await search.query(q, { pageSize: 200 });
    results[q] = rest;
  }
  const readFromDisk = readForIndex.mock.calls.length;
  readForIndex.mockRestore();
  await search.close();
  return { summary, results, readFromDisk, fromCache, notes: repository.size };
}

describe.skipIf(!corporaPresent)(
  'a first search build takes the notes the load reads',
  { timeout: workerTestTimeout },
  () => {
    describe.each([
      ['on the calling thread', Infinity],
      ['in the load worker', 0],
    ])('notes loaded %s', (_way, loadWorkerFrom) => {
      it('reads no note twice, and finds exactly what a build from disk finds', async () => {
        vault = await mkdtemp(path.join(tmpdir(), 'praxis-handover-'));
        for (const folder of folders)
          await cp(path.join(corporaDir, 'tldr-pages', 'pages', folder), path.join(vault, folder), {
            recursive: true,
          });
        // Written an hour ago: the note cache leaves out files changed in the last seconds.
        const anHourAgo = new Date(Date.now() - 3_600_000);
        for (const rel of await readdir(vault, { recursive: true }))
          if (rel.endsWith('.md')) await utimes(path.join(vault, rel), anHourAgo, anHourAgo);
        const fromDisk = await coldSearch({ loadWorkerFrom, searchFromLoad: false });
        const fromLoad = await coldSearch({ loadWorkerFrom, searchFromLoad: true });
        expect(fromDisk.notes).toBeGreaterThan(90);
        expect(fromDisk.readFromDisk).toBe(fromDisk.notes);
        expect(fromLoad.readFromDisk).toBe(0);
        expect(fromLoad.summary).toMatchObject({ rebuilt: true, indexed: fromLoad.notes });
        expect(Object.values(fromDisk.results).every((r) => r.total > 0)).toBe(true);
        expect(fromLoad.results).toEqual(fromDisk.results);

        // The note cache kept, the index gone: what the load took from the cache is read here.
        const cached = await coldSearch({
          loadWorkerFrom,
          searchFromLoad: true,
          keepNoteCache: true,
        });
        expect(cached.fromCache).toBeGreaterThan(0);
        expect(cached.readFromDisk).toBe(cached.fromCache);
        expect(cached.results).toEqual(fromDisk.results);
      });
    });
  },
);
