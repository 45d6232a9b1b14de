import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { corporaDir, corporaPresent } from '../../../testing/core/corpora';
import { makeTempVault, writeFiles } from '../../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';
import { NOTE_CACHE_VERSION, noteCacheFile } from './noteCache';
import { NoteRepository, type VaultChange } from './noteRepository';

/** Notes as an editor left them an hour ago (a cache leaves out files changed moments before). */
async function age(root: string, rels: readonly string[], minutesAgo = 60): Promise<void> {
  const then = new Date(Date.now() - minutesAgo * 60_000);
  for (const rel of rels) await fs.utimes(path.join(root, ...rel.split('/')), then, then);
}

/** Every note file of a folder, vault-relative. */
async function noteFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.parentPath.includes('.praxis'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** What a repository loaded, note by note, as its subscribers heard it. */
async function loadRepositoryWith(root: string, cache: boolean, loadWorkerFrom?: number) {
  const repository = new NoteRepository(root, {
    ...(cache && { cache: { file: noteCacheFile(root), write: true } }),
    ...(loadWorkerFrom !== undefined && { loadWorkerFrom }),
  });
  const changes: VaultChange[] = [];
  repository.subscribe((change) => changes.push(change));
  await repository.load();
  return { repository, changes };
}

const summaries = (repository: NoteRepository) =>
  repository.list().map((summary) => ({ ...summary, version: repository.versionOf(summary.path) }));

const cacheText = (root: string) => fs.readFile(noteCacheFile(root), 'utf8');

const tenMinutes = 10;

/** Both ways `load` reads notes: on the calling thread, and in its worker thread. */
const loadWays = [
  ['on this thread', Infinity],
  ['in a worker thread', 0],
] as const;

describe.each(loadWays)('note cache, notes read %s', (_way, loadWorkerFrom) => {
  const loadRepository = (root: string, cache: boolean) =>
    loadRepositoryWith(root, cache, loadWorkerFrom);

  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const vault = async (files: Record<string, string | Uint8Array>) => {
    const made = await makeTempVault(files);
    cleanup = made.cleanup;
    await age(made.root, Object.keys(files));
    return made.root;
  };

  it('takes unchanged notes from the cache: a file whose size and time are cached is not read', async () => {
    const root = await vault({ 'a.md': '# Alpha\n', 'b.md': '# Bravo\n' });
    await loadRepository(root, true);
    // Same size, time put back: only a cache can still know the old title.
    const { mtime } = await fs.stat(path.join(root, 'a.md'));
    await fs.writeFile(path.join(root, 'a.md'), '# Alpha!');
    await fs.utimes(path.join(root, 'a.md'), mtime, mtime);
    const { repository } = await loadRepository(root, true);
    expect(repository.summary('a.md')?.title).toBe('Alpha');
    expect(repository.summary('b.md')?.title).toBe('Bravo');
  });

  it('gives subscribers the front matter the files hold, from a cache written cold or from the cache', async () => {
    const root = await vault({
      'A.md':
        '---\ntype: solution\nsteward: Ana\ntags: [x, y]\nnested:\n  k: [1, 2.5, true, null]\n---\nBody [[B]]\n',
      'B.md': '---\ntitle: "Quote \\" and é"\n---\nno links\n',
      'C.md': 'no front matter\n',
    });
    const heard = async () => {
      const { changes } = await loadRepository(root, true);
      const notes = changes.flatMap((c) => (c.kind === 'note-set' ? [c.note] : []));
      return Object.fromEntries(
        notes.map(({ summary, frontMatter, frontMatterError, version }) => [
          summary.path,
          { summary, frontMatter, frontMatterError, version },
        ]),
      );
    };
    const cold = await heard();
    expect(cold['A.md']?.frontMatter).toEqual({
      type: 'solution',
      steward: 'Ana',
      tags: ['x', 'y'],
      nested: { k: [1, 2.5, true, null] },
    });
    const file = () => cacheText(root).then((text) => JSON.parse(text).notes);
    expect((await file())['B.md'].frontMatter).toEqual({ title: 'Quote " and é' });
    expect(await heard()).toEqual(cold);
    // A change makes the next load write the cache again, A and B from what it took from it.
    await fs.writeFile(path.join(root, 'C.md'), 'changed\n');
    await age(root, ['C.md']);
    const changed = await heard();
    expect((await file())['C.md'].version).toBe(changed['C.md']?.version);
    expect(await heard()).toEqual({ ...cold, 'C.md': changed['C.md'] });
    expect((await file())['A.md'].frontMatter).toEqual(cold['A.md']?.frontMatter);
  });

  it('reads again every note changed while closed: same size new time, new size, deleted, renamed, folder moved', async () => {
    const root = await vault({
      'same size.md': '# Before\n',
      'new size.md': '# Short\n',
      'deleted.md': '# Deleted\n',
      'renamed.md': '# Renamed\n',
      'folder/inside.md': '# Inside [[same size]]\n',
      'folder/deeper/leaf.md': '# Leaf\n',
      'kept.md': '# Kept\n',
    });
    await loadRepository(root, true);
    expect(Object.keys(JSON.parse(await cacheText(root)).notes)).toHaveLength(7);

    await fs.writeFile(path.join(root, 'same size.md'), '# Later!\n');
    await age(root, ['same size.md'], tenMinutes);
    await fs.writeFile(path.join(root, 'new size.md'), '# Much longer now\n');
    await age(root, ['new size.md'], tenMinutes);
    await fs.rm(path.join(root, 'deleted.md'));
    await fs.rename(path.join(root, 'renamed.md'), path.join(root, 'renamed later.md'));
    await fs.rename(path.join(root, 'folder'), path.join(root, 'moved'));

    const cached = await loadRepository(root, true);
    const cold = await loadRepository(root, false);
    expect(summaries(cached.repository)).toEqual(summaries(cold.repository));
    expect(cached.repository.list().map((n) => [n.path, n.title])).toEqual([
      ['kept.md', 'Kept'],
      ['moved/deeper/leaf.md', 'Leaf'],
      ['moved/inside.md', 'Inside [[same size]]'],
      ['new size.md', 'Much longer now'],
      ['renamed later.md', 'Renamed'],
      ['same size.md', 'Later!'],
    ]);
    // The cache now holds the vault as it is.
    const notes = JSON.parse(await cacheText(root)).notes as Record<string, { summary: unknown }>;
    expect(Object.keys(notes).sort()).toEqual(cold.repository.list().map((n) => n.path));
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['not JSON', () => '\u0000\u0001 garbage'],
    ['foreign', () => JSON.stringify({ format: 'something-else', notes: {} })],
    [
      'of another version',
      (text: string) => JSON.stringify({ ...JSON.parse(text), version: NOTE_CACHE_VERSION + 1 }),
    ],
    ['an array', () => '[]'],
  ])('rebuilds a cache file that is %s, reading every note', async (_label, damage) => {
    const root = await vault({ 'a.md': '# Alpha\n', 'b.md': '# Bravo [[a]]\n' });
    await loadRepository(root, true);
    await fs.writeFile(noteCacheFile(root), damage(await cacheText(root)));
    // Changed with size and time kept: a damaged cache must not be trusted for it.
    const { mtime } = await fs.stat(path.join(root, 'a.md'));
    await fs.writeFile(path.join(root, 'a.md'), '# Alpha!');
    await fs.utimes(path.join(root, 'a.md'), mtime, mtime);
    const { repository } = await loadRepository(root, true);
    expect(repository.summary('a.md')?.title).toBe('Alpha!');
    expect(repository.unreadable).toEqual([]);
    const rebuilt = JSON.parse(await cacheText(root));
    expect(rebuilt.version).toBe(NOTE_CACHE_VERSION);
    expect(Object.keys(rebuilt.notes).sort()).toEqual(['a.md', 'b.md']);
  });

  it('reads again a note whose cache entry is damaged, and only that one', async () => {
    const root = await vault({ 'a.md': '# Alpha\n', 'b.md': '# Bravo\n' });
    await loadRepository(root, true);
    const file = JSON.parse(await cacheText(root));
    file.notes['a.md'].summary.tags = 'not a list';
    file.notes['b.md'].summary.title = 'From the cache';
    await fs.writeFile(noteCacheFile(root), JSON.stringify(file));
    const { repository } = await loadRepository(root, true);
    expect(repository.summary('a.md')).toMatchObject({ title: 'Alpha', tags: [] });
    expect(repository.summary('b.md')?.title).toBe('From the cache');
  });

  it('never trusts an entry filed under another path', async () => {
    const root = await vault({ 'a.md': '# Alpha\n', 'b.md': '# Bravo\n' });
    await loadRepository(root, true);
    const file = JSON.parse(await cacheText(root));
    file.notes['b.md'] = { ...file.notes['a.md'] };
    await fs.writeFile(noteCacheFile(root), JSON.stringify(file));
    const { repository } = await loadRepository(root, true);
    expect(repository.summary('b.md')).toMatchObject({ path: 'b.md', title: 'Bravo' });
  });

  it('leaves out notes Praxis changed since loading, so they are read at the next start', async () => {
    const root = await vault({ 'a.md': '# Alpha\n' });
    const { repository } = await loadRepository(root, true);
    const note = await repository.read('a.md');
    await repository.save({ path: 'a.md', baseVersion: note.version, body: '# Alpha two\n' });
    await repository.saveCache();
    expect(JSON.parse(await cacheText(root)).notes).toEqual({});
    const reloaded = await loadRepository(root, true);
    expect(reloaded.repository.summary('a.md')?.title).toBe('Alpha two');
  });
});

describe('a start from the cache', () => {
  const cores: PraxisCore[] = [];
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    await cleanup?.();
  }, 60_000);

  /** What the views show: summaries, links, backlinks, tags, journal, domain pages' facts. */
  const view = (core: PraxisCore) => {
    const { repository, linkGraph, tags, journal } = core.services;
    const notes = repository.list();
    return {
      notes: notes.map((n) => ({ ...n, version: repository.versionOf(n.path) })),
      outgoing: notes.map((n) => linkGraph.outgoing(n.path)),
      backlinks: notes.map((n) => linkGraph.backlinks(n.path)),
      unresolved: linkGraph.unresolved(),
      tags: tags.list(),
      journal: journal.timeline({ limit: 1000 }),
    };
  };

  it.skipIf(!corporaPresent)(
    'gives what a cold start gives on a real vault',
    async () => {
      const made = await makeTempVault();
      cleanup = made.cleanup;
      const root = made.root;
      // A real corpus sample (two hundred tldr pages) with the notes Praxis itself writes.
      const pages = path.join(corporaDir, 'tldr-pages', 'pages', 'common');
      const sample = [...(await fs.readdir(pages)).sort().slice(0, 198), 'tar.md', 'git.md'];
      for (const name of sample) await fs.cp(path.join(pages, name), path.join(root, 'tldr', name));
      await writeFiles(root, {
        'Home.md':
          '# Home\n\nSee [[tar]], [[Questions/How to archive?|archiving]] and [git](tldr/git.md).\n#start\n',
        'Questions/How to archive?.md':
          '---\ntype: question\ntags: [archives]\naccepted-answer: 1\n---\n# How to archive?\n\nUse [[tar]].\n',
        'Solutions/Backups.md':
          '---\ntype: solution\ndomains: [it]\nsteward: Ana\nreview-by: 2030-01-01\naliases: [Backup]\n---\nNo links here. #ops/backups\n',
        'journal/2026/2026-11-30.md':
          '---\ntype: journal\nprivate: true\n---\n# 2026-11-30\n\nRead about [[Backup]].\n\n- [ ] Follow up\n',
        'journal/2026/2026-12-01.md': '---\ntype: journal\n---\nNo link.\n\n- [x] Done\n',
        'Legacy.md': Buffer.from('# Caf\xe9 notes\n', 'latin1'),
      });
      await age(root, await noteFiles(root));

      const cold = await openPraxisCore({ vaultPath: root, seed: false, watch: false });
      cores.push(cold);
      const coldView = view(cold);
      await cold.services.search.whenReady();
      await cold.close();
      cores.length = 0;
      const cached = JSON.parse(await cacheText(root)).notes as Record<string, { body: unknown }>;
      expect(Object.keys(cached)).toHaveLength(coldView.notes.length);
      // Texts no view needs at start are left to the files.
      expect(cached['tldr/tar.md']?.body).toBeNull();
      expect(cached['Home.md']?.body).toEqual(expect.any(String));

      const warm = await openPraxisCore({ vaultPath: root, seed: false, watch: false });
      cores.push(warm);
      expect(view(warm)).toEqual(coldView);
      expect(coldView.backlinks.flat().length).toBeGreaterThan(2);
      expect(coldView.journal.entries).toHaveLength(2);
      await warm.services.search.whenReady();
    },
    120_000,
  );

  it.skipIf(!corporaPresent)(
    'a worker thread reads the notes exactly as this thread does',
    async () => {
      const made = await makeTempVault();
      cleanup = made.cleanup;
      const root = made.root;
      const pages = path.join(corporaDir, 'tldr-pages', 'pages', 'common');
      for (const name of (await fs.readdir(pages)).sort().slice(0, 150))
        await fs.cp(path.join(pages, name), path.join(root, 'tldr', name));
      await writeFiles(root, {
        'Legacy.md': Buffer.from('# Caf\xe9 notes\n', 'latin1'),
        'Broken.md': '---\ntags: [unclosed\n---\n# Broken front matter\n',
        'Tagged.md': '---\ntitle: Tagged\naliases: [T]\n---\nBody #one #two/three [[tar]]\n',
      });
      await fs.symlink(path.join(root, 'Tagged.md'), path.join(root, 'Link.md'));
      const notes = async (loadWorkerFrom: number) => {
        const { repository, changes } = await loadRepositoryWith(root, false, loadWorkerFrom);
        const bodies = new Map(
          changes.flatMap((c) => (c.kind === 'note-set' ? [[c.note.summary.path, c.note]] : [])),
        );
        return {
          summaries: summaries(repository),
          notes: [...bodies.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
          unreadable: repository.unreadable,
        };
      };
      const here = await notes(Infinity);
      expect(here.summaries.length).toBeGreaterThan(100);
      expect(here.summaries.map((n) => n.path)).toEqual(
        expect.arrayContaining(['Legacy.md', 'Broken.md', 'Tagged.md']),
      );
      expect(await notes(0)).toEqual(here);
    },
    60_000,
  );
});
