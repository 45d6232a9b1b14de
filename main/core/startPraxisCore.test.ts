import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/events';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/api/contract';
import { makeTempVault } from '../../testing/core/tempVault';
import { openPraxisCore, startPraxisCore, type PraxisCore } from './praxisCore';

const NOTES = 60;
const now = () => new Date('2026-03-04T10:00:00Z');

/** Notes that link to one another and carry tags, so that links and tags have something to say. */
function vaultFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < NOTES; i++) {
    const folder = i % 3 === 0 ? 'procedures/' : '';
    files[`${folder}note ${i}.md`] =
      `---\ntags: [${i % 2 ? 'odd' : 'even'}]\n---\n# Note ${i}\n\nSee [[note ${(i + 1) % NOTES}]] and #shared.\n`;
  }
  return files;
}

/**
 * Holds the first read of the notes: the notes `held` picks wait (between being read and being
 * recorded) until `release()`; `reached` resolves when the first of them is waiting.
 */
function loadGate(held: (rel: string) => boolean) {
  let release!: () => void;
  let reached!: () => void;
  const open = new Promise<void>((resolve) => (release = resolve));
  const reachedOnce = new Promise<void>((resolve) => (reached = resolve));
  return {
    release,
    reached: reachedOnce,
    hook: async (rel: string) => {
      if (!held(rel)) return;
      reached();
      await open;
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempVault(): Promise<string> {
  const vault = await makeTempVault(vaultFiles());
  cleanups.push(vault.cleanup);
  return vault.root;
}

function caller(core: PraxisCore) {
  return async <M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>> => {
    const response = await core.dispatch(method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
    return response.value as MethodResult<M>;
  };
}

async function start(root: string, hook: (rel: string) => Promise<void>, watch = false) {
  const core = await startPraxisCore({
    vaultPath: root,
    seed: false,
    watch,
    validateResults: true,
    now,
    beforeLoadRecords: hook,
  });
  cleanups.push(() => core.close());
  const events: ApiEvent[] = [];
  core.subscribe((event) => events.push(event));
  return { core, call: caller(core), events };
}

/** Whether `promise` has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  return done;
}

/** What the views show of a vault: every summary, the tags and a note's links. */
async function views(call: ReturnType<typeof caller>) {
  return {
    notes: await call('notes.list', {}),
    tags: await call('tags.list', {}),
    backlinks: await call('links.backlinks', { path: 'note 1.md' }),
    outgoing: await call('links.outgoing', { path: 'procedures/note 3.md' }),
    info: await call('vault.info', {}),
  };
}

describe('startPraxisCore: the core answers while the notes are read', () => {
  it('answers from the notes read so far, reports progress, and equals a normal open once loaded', async () => {
    const root = await tempVault();
    // Every note past the first few waits: the core is open with part of the vault.
    let recorded = 0;
    const gate = loadGate(() => ++recorded > 5);
    const { core, call, events } = await start(root, gate.hook);
    await gate.reached;

    const info = await call('vault.info', {});
    expect(info.loading).not.toBeNull();
    expect(info.noteCount).toBeLessThan(NOTES);
    const read = await call('notes.list', {});
    expect(read.length).toBe(info.noteCount);
    // Every note not read yet is named, once: read and unread together are the whole vault.
    const unread = await call('notes.listUnread', {});
    expect(unread.length).toBe(NOTES - read.length);
    expect([...read.map((n) => n.path), ...unread].sort()).toEqual(
      Object.keys(vaultFiles()).sort(),
    );
    expect(unread).toEqual([...unread].sort());
    expect(events.filter((e) => e.type === 'vault.listed')).toEqual([
      { type: 'vault.listed', payload: { noteCount: NOTES } },
    ]);
    expect(await call('settings.get', {})).toBeTruthy();
    expect(events.some((e) => e.type === 'vault.loaded')).toBe(false);

    gate.release();
    await core.loaded;
    const loaded = events.filter((e) => e.type === 'vault.loaded');
    expect(loaded).toEqual([{ type: 'vault.loaded', payload: { noteCount: NOTES, failed: null } }]);
    const progress = events.filter(
      (e) => e.type === 'task.progress' && e.payload.task === 'vault.load',
    );
    expect(progress.at(-1)?.payload).toMatchObject({ done: NOTES, total: NOTES });
    const afterLoad = await views(call);
    expect(afterLoad.info.loading).toBeNull();
    expect(await call('notes.listUnread', {})).toEqual([]);
    await core.close();

    // A normal open of the same folder (it waits for every note) tells exactly the same.
    const normal = await openPraxisCore({ vaultPath: root, seed: false, watch: false, now });
    cleanups.push(() => normal.close());
    expect(await views(caller(normal))).toEqual(afterLoad);
  });

  it('keeps a save made while the load runs, even to a note the load had already read', async () => {
    const root = await tempVault();
    // The load reads "note 7.md" and is held before recording it: what it read is the old text.
    const gate = loadGate((rel) => rel === 'note 7.md');
    const { core, call } = await start(root, gate.hook);
    await gate.reached;

    const opened = await call('notes.read', { path: 'note 7.md' });
    const saved = await call('notes.save', {
      path: 'note 7.md',
      baseVersion: opened.version,
      body: '# Written while loading\n\nEvery word of this stays. [[note 2]]\n',
    });
    // Today's journal entry opens (and is created) and takes text while the load runs, too.
    const today = await call('journal.openDay', { date: '2026-03-04' });
    await call('notes.save', {
      path: today.note.path,
      baseVersion: today.note.version,
      body: 'Typed before the vault finished loading.\n',
    });

    gate.release();
    await core.loaded;
    // What the core holds (asked before any read, which would catch up with the disk).
    const summary = (await call('notes.list', {})).find((n) => n.path === 'note 7.md');
    expect(summary?.title).toBe('Written while loading');
    expect((await call('links.outgoing', { path: 'note 7.md' })).map((l) => l.target)).toEqual([
      'note 2',
    ]);
    expect((await call('links.backlinks', { path: 'note 8.md' })).map((l) => l.source)).toEqual([]);
    const after = await call('notes.read', { path: 'note 7.md' });
    expect(after.body).toBe('# Written while loading\n\nEvery word of this stays. [[note 2]]\n');
    expect(after.version).toBe(saved.version);
    expect((await call('notes.read', { path: today.note.path })).body).toBe(
      'Typed before the vault finished loading.\n',
    );
    expect((await call('vault.info', {})).noteCount).toBe(NOTES + 1);
    const onDisk = await fs.readFile(path.join(root, 'note 7.md'), 'utf8');
    expect(onDisk).toContain('Every word of this stays.');
  });

  it('makes a vault-wide change wait for the load, then applies it to every note', async () => {
    const root = await tempVault();
    let recorded = 0;
    const gate = loadGate(() => ++recorded > 3);
    const { core, call } = await start(root, gate.hook);
    await gate.reached;
    expect((await call('tags.list', {})).find((t) => t.tag === 'odd')?.count ?? 0).toBeLessThan(
      NOTES / 2,
    );

    const renamed = call('tags.rename', { from: 'odd', to: 'uneven', dryRun: false });
    const undoList = call('refactor.history', {});
    // Nothing vault-wide is done on part of the vault: it waits. Other calls go on meanwhile.
    expect(await settled(renamed)).toBe(false);
    await undoList;

    gate.release();
    await renamed;
    await core.loaded;
    const tags = await call('tags.list', {});
    expect(tags.find((t) => t.tag === 'odd')).toBeUndefined();
    expect(tags.find((t) => t.tag === 'uneven')?.count).toBe(NOTES / 2);
    for (const i of [1, 29, 59]) {
      const file = path.join(root, ...(i % 3 === 0 ? ['procedures'] : []), `note ${i}.md`);
      expect(await fs.readFile(file, 'utf8')).toContain('uneven');
    }
  });

  it('catches up with what another program changed while the notes were read, before the watcher', async () => {
    const root = await tempVault();
    let recorded = 0;
    const gate = loadGate(() => ++recorded > 5);
    const { core, call } = await start(root, gate.hook, true);
    await gate.reached;
    // The load has listed the vault and read some notes; nothing watches yet.
    const file = (rel: string) => path.join(root, ...rel.split('/'));
    await fs.writeFile(file('arrived.md'), '# Arrived\n\nWritten by a sync client.\n');
    await fs.rm(file('note 2.md'));
    const first = (await call('notes.list', {})).map((n) => n.path)[0]!;
    await fs.writeFile(file(first), '# Rewritten\n\nBy another editor, longer than before.\n');

    gate.release();
    await core.loaded;
    const notes = await call('notes.list', {});
    const paths = notes.map((n) => n.path);
    expect(paths).toContain('arrived.md');
    expect(paths).not.toContain('note 2.md');
    expect(notes.find((n) => n.path === first)?.title).toBe('Rewritten');
    expect(paths).toHaveLength(NOTES);
  });

  it('indexes for search the latest text of notes saved, created, changed or deleted while the load runs', async () => {
    const root = await tempVault();
    let recorded = 0;
    const gate = loadGate(() => ++recorded > 5);
    const { core, call } = await start(root, gate.hook, true);
    await gate.reached;
    // Some notes are read (and handed to the search build), the rest not yet.
    const read = (await call('notes.list', {})).map((n) => n.path);
    const unread = Object.keys(vaultFiles()).filter((rel) => !read.includes(rel));
    const file = (rel: string) => path.join(root, ...rel.split('/'));
    const save = async (rel: string, body: string) => {
      const { version } = await call('notes.read', { path: rel });
      await call('notes.save', { path: rel, baseVersion: version, body });
    };
    await save(read[0]!, '# Saved after it was read\n\nA zebrafinch sings.\n');
    await save(unread[0]!, '# Saved before it was read\n\nA kingfisher dives.\n');
    await call('notes.create', { folder: '', name: 'Created while loading', body: 'A quokka.\n' });
    // Another program: a note rewritten after the load read it; renamed and deleted notes, read
    // and not yet read.
    await fs.writeFile(file(read[1]!), '# Rewritten elsewhere\n\nA wombat digs.\n');
    await fs.rename(file(unread[1]!), file('renamed elsewhere.md'));
    await fs.rm(file(unread[2]!));
    await fs.rename(file(read[2]!), file('renamed after it was read.md'));
    await fs.rm(file(read[3]!));

    gate.release();
    await core.loaded;
    await core.services.search.whenReady();
    const hits = async (query: string) =>
      (await call('search.query', { query, pageSize: 100 })).hits.map((h) => [h.path, h.title]);
    expect(await hits('zebrafinch')).toEqual([[read[0], 'Saved after it was read']]);
    expect(await hits('kingfisher')).toEqual([[unread[0], 'Saved before it was read']]);
    expect(await hits('quokka')).toEqual([['Created while loading.md', 'Created while loading']]);
    expect(await hits('wombat')).toEqual([[read[1], 'Rewritten elsewhere']]);
    const every = (await hits('*')).map(([rel]) => rel);
    expect(every).toContain('renamed elsewhere.md');
    expect(every).not.toContain(unread[1]);
    expect(every).not.toContain(unread[2]);
    expect(every).toContain('renamed after it was read.md');
    expect(every).not.toContain(read[2]);
    expect(every).not.toContain(read[3]);
    // One entry per note, none left over from what the load read first.
    expect([...every].sort()).toEqual((await call('notes.list', {})).map((n) => n.path).sort());
  });

  it('closes while the notes are still being read, and leaves the vault whole', async () => {
    const root = await tempVault();
    let recorded = 0;
    const gate = loadGate(() => ++recorded > 10);
    const { core } = await start(root, gate.hook);
    await gate.reached;
    const closing = core.close();
    gate.release();
    await closing;
    const reopened = await openPraxisCore({ vaultPath: root, seed: false, watch: false, now });
    cleanups.push(() => reopened.close());
    expect((await caller(reopened)('vault.info', {})).noteCount).toBe(NOTES);
  });
});
