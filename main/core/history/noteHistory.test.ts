import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import { openTestCores, type TestCore } from '../../../testing/core/testCore';
import { HISTORY_DIR, NEWEST_KEPT, NoteHistory } from './noteHistory';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const original = `---\nid: ${ID}\ntitle: Tender guide\ntags: [contracts]\n---\n# Tender guide\n\nFirst draft.\n`;

/** A clock the test moves by hand. */
function handClock(start = '2026-03-02T09:00:00.000Z') {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance: (minutes: number) => {
      time += minutes * 60_000;
    },
  };
}

async function save(t: TestCore, rel: string, body: string) {
  const note = await t.call('notes.read', { path: rel });
  return t.call('notes.save', { path: rel, baseVersion: note.version, body });
}

async function files(root: string, sub: string): Promise<string[]> {
  const dir = path.join(root, HISTORY_DIR, sub);
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) found.push(path.join(entry.parentPath, entry.name));
  return found;
}

const causes = async (t: TestCore, rel: string) =>
  (await t.call('history.list', { path: rel })).versions.map((v) => v.cause.kind);

describe('note history', { timeout: 60_000 }, () => {
  const open = openTestCores();

  it('keeps the text a save replaces once per interval, and before every save with 0', async () => {
    const clock = handClock();
    const t = await open({ 'Tender guide.md': original }, { now: clock.now });
    await save(t, 'Tender guide.md', '# Tender guide\n\nSecond.\n');
    clock.advance(1);
    await save(t, 'Tender guide.md', '# Tender guide\n\nThird.\n');
    // One version: the original; the second text was replaced within the interval (5 minutes).
    const first = await t.call('history.list', { path: 'Tender guide.md' });
    expect(first.versions.map((v) => v.cause)).toEqual([{ kind: 'edit' }]);
    const kept = await t.call('history.read', {
      path: 'Tender guide.md',
      id: first.versions[0]!.id,
    });
    expect(kept.text).toBe(original);

    clock.advance(5);
    await save(t, 'Tender guide.md', '# Tender guide\n\nFourth.\n');
    expect(await causes(t, 'Tender guide.md')).toEqual(['edit', 'edit']);

    await t.call('settings.update', { history: { intervalMinutes: 0 } });
    await save(t, 'Tender guide.md', '# Tender guide\n\nFifth.\n');
    await save(t, 'Tender guide.md', '# Tender guide\n\nSixth.\n');
    const all = await t.call('history.list', { path: 'Tender guide.md' });
    expect(all.versions).toHaveLength(4);
    const newest = await t.call('history.read', {
      path: 'Tender guide.md',
      id: all.versions[0]!.id,
    });
    expect(newest.text).toContain('Fifth.');
  });

  it('takes its settings field by field, refuses values out of bounds, keeps them on reopen', async () => {
    const t = await open({ 'a.md': original });
    for (const history of [
      { intervalMinutes: -1 },
      { intervalMinutes: 1.5 },
      { maxAgeDays: 0 },
      { maxShare: 2 },
      { maxShare: 0 },
      { maxAgeDays: 30, unknown: 1 },
    ])
      await expect(t.call('settings.update', { history } as never)).rejects.toMatchObject({
        code: 'INVALID',
      });
    expect((await t.call('settings.get')).history).toEqual({
      intervalMinutes: 5,
      maxAgeDays: 90,
      maxShare: 0.1,
    });
    await t.call('settings.update', { history: { maxAgeDays: 30 } });
    await t.call('settings.update', { history: { maxShare: 0.25 } });
    await t.reopen();
    expect((await t.call('settings.get')).history).toEqual({
      intervalMinutes: 5,
      maxAgeDays: 30,
      maxShare: 0.25,
    });
  });

  it('never leaves the vault: packs and HTML editions hold no history, even when a note links it', async () => {
    const entry = 'journal/2026/2026-03-01.md';
    const t = await open({
      [entry]: '---\ntype: journal\n---\n# 1 March\n\nSECRET-FIRST-DRAFT\n',
      'Public.md': '---\ndomains: [hr]\n---\n# Public\n\nNothing yet.\n',
    });
    await save(t, entry, '# 1 March\n\nRewritten.\n');
    const kept = [...(await files(t.root, 'blobs')), ...(await files(t.root, 'notes'))].map(
      (file) => path.relative(t.root, file).split(path.sep).join('/'),
    );
    expect(kept.length).toBeGreaterThanOrEqual(2);
    await save(
      t,
      'Public.md',
      `# Public\n\n${kept.map((rel) => `![[${rel}]] [kept](${rel})`).join('\n\n')}\n`,
    );

    const preview = await t.call('packs.preview', { selection: { all: true, followLinks: true } });
    expect(preview.attachments).toEqual([]);
    expect(preview.notes.map((n) => n.path)).toEqual(['Public.md']);

    const out = await makeTempVault();
    try {
      const pack = path.join(out.root, 'all.praxispack');
      await t.call('packs.export', {
        title: 'All',
        selection: { all: true },
        sign: false,
        out: pack,
      });
      // Entry names are stored as they are in a zip: none is in .praxis.
      expect((await fs.readFile(pack)).includes('.praxis')).toBe(false);
      const html = path.join(out.root, 'all.html');
      await t.call('packs.exportHtml', {
        title: 'All',
        selection: { all: true, notes: [entry] },
        sign: false,
        out: html,
      });
      const page = await fs.readFile(html, 'utf8');
      expect(page).toContain('Rewritten.');
      expect(page).not.toContain('SECRET-FIRST-DRAFT');
      expect(page).not.toContain('data:application/gzip');
    } finally {
      await out.cleanup();
    }
  });

  it('stores a text once however many versions hold it, compressed', async () => {
    const t = await open({ 'a.md': original });
    await t.call('settings.update', { history: { intervalMinutes: 0 } });
    await save(t, 'a.md', 'B\n');
    await save(t, 'a.md', 'C\n');
    const first = (await t.call('history.list', { path: 'a.md' })).versions.at(-1)!;
    await t.call('history.restore', { path: 'a.md', id: first.id });
    await save(t, 'a.md', 'D\n');
    // Versions: the original, B, C (before the restore), the original again (before D).
    const [indexFile] = await files(t.root, 'notes');
    const index = JSON.parse(await fs.readFile(indexFile!, 'utf8')) as {
      versions: { blob: string }[];
    };
    expect(index.versions).toHaveLength(4);
    expect(index.versions[0]!.blob).toBe(index.versions[3]!.blob);
    expect(new Set(index.versions.map((v) => v.blob)).size).toBe(3);
    const blobs = (await files(t.root, 'blobs')).map((f) => path.basename(f, '.gz'));
    expect(blobs.filter((b) => b === index.versions[0]!.blob)).toHaveLength(1);

    const big = `---\nid: ${ID}-big\n---\n${'The same sentence again. '.repeat(2000)}\n`;
    await fs.writeFile(path.join(t.root, 'big.md'), big);
    await t.core.services.repository.syncFromDisk('big.md');
    await save(t, 'big.md', 'short\n');
    const sizes = await Promise.all((await files(t.root, 'blobs')).map((f) => fs.stat(f)));
    expect(Math.max(...sizes.map((s) => s.size))).toBeLessThan(big.length / 10);
  });

  it('a repeated text is one blob, however many notes and versions hold it', async () => {
    const t = await open({ 'one.md': 'Same text\n', 'two.md': 'Same text\n' });
    await save(t, 'one.md', 'Changed one\n');
    await save(t, 'two.md', 'Changed two\n');
    expect(await causes(t, 'one.md')).toEqual(['edit']);
    expect(await causes(t, 'two.md')).toEqual(['edit']);
    const blobs = await files(t.root, 'blobs');
    // "Same text" once, plus the two texts the saves wrote (remembered for outside changes).
    expect(blobs).toHaveLength(3);
  });

  it('keeps nothing for notes only the search index read', async () => {
    const notes = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`n${i}.md`, `# Note ${i}\n\nText ${i}.\n`]),
    );
    const t = await open(notes);
    await t.core.services.search.whenReady();
    expect((await t.call('search.query', { query: 'text' })).total).toBe(20);
    await t.core.services.search.flush();
    // A person opening a note is what puts its text in the history (to recover an overwrite).
    expect(await files(t.root, 'blobs').catch(() => [])).toEqual([]);
    await t.call('notes.read', { path: 'n3.md' });
    expect(await files(t.root, 'blobs')).toHaveLength(1);
  });

  it('follows a note through a rename by its id', async () => {
    const t = await open({ 'Tender guide.md': original, 'Other.md': 'See [[Tender guide]].\n' });
    await save(t, 'Tender guide.md', '# Tender guide\n\nSecond.\n');
    await t.call('notes.rename', { path: 'Tender guide.md', title: 'Procurement guide' });
    const listed = await t.call('history.list', { path: 'Procurement guide.md' });
    expect(listed.versions.map((v) => [v.cause.kind, v.path])).toEqual([
      ['rename', 'Tender guide.md'],
      ['edit', 'Tender guide.md'],
    ]);
    // The note whose link was rewritten keeps its text before the rename too.
    expect(await causes(t, 'Other.md')).toEqual(['rename']);
  });

  it('keeps every note a vault-wide change rewrites, and what an import replaces', async () => {
    const t = await open({ 'Tender guide.md': original });
    await t.call('tags.rename', { from: 'contracts', to: 'agreements' });
    expect(await causes(t, 'Tender guide.md')).toEqual(['vault-change']);
    const { repository } = t.core.services;
    const raw = await repository.readRaw('Tender guide.md');
    await repository.apply(
      [
        {
          kind: 'write',
          path: 'Tender guide.md',
          content: original.replace('First draft.', 'From the pack.'),
          expectedVersion: raw.version,
        },
      ],
      { kind: 'import', pack: 'Procurement lessons' },
    );
    const listed = await t.call('history.list', { path: 'Tender guide.md' });
    expect(listed.versions[0]!.cause).toEqual({ kind: 'import', pack: 'Procurement lessons' });
    expect(
      (await t.call('history.read', { path: 'Tender guide.md', id: listed.versions[0]!.id })).text,
    ).toBe(raw.raw);
  });

  it('keeps a deleted note, lists it by its old path and restores it', async () => {
    const t = await open({ 'Tender guide.md': original });
    await t.call('notes.delete', { path: 'Tender guide.md' });
    const listed = await t.call('history.list', { path: 'Tender guide.md' });
    expect(listed.versions.map((v) => v.cause.kind)).toEqual(['delete']);
    const restored = await t.call('history.restore', {
      path: 'Tender guide.md',
      id: listed.versions[0]!.id,
    });
    expect(restored.body).toContain('First draft.');
    expect(await fs.readFile(path.join(t.root, 'Tender guide.md'), 'utf8')).toBe(original);
  });

  it('restores byte for byte, and the restore itself can be undone from the history', async () => {
    // A byte-order mark, CRLF line ends and trailing spaces: all must come back exactly.
    const odd = `\uFEFF---\r\nid: ${ID}\r\n---\r\n# Odd  \r\n\r\nTabs\there.  \r\n`;
    const t = await open({ 'odd.md': odd });
    await save(t, 'odd.md', 'Replaced.\n');
    const replaced = await fs.readFile(path.join(t.root, 'odd.md'));
    const [version] = (await t.call('history.list', { path: 'odd.md' })).versions;
    const note = await t.call('history.restore', { path: 'odd.md', id: version!.id });
    expect(await fs.readFile(path.join(t.root, 'odd.md'))).toEqual(Buffer.from(odd));
    expect(note.version).toBe((await t.call('notes.read', { path: 'odd.md' })).version);

    const after = await t.call('history.list', { path: 'odd.md' });
    expect(after.versions[0]!.cause).toEqual({ kind: 'restore' });
    await t.call('history.restore', { path: 'odd.md', id: after.versions[0]!.id });
    expect(await fs.readFile(path.join(t.root, 'odd.md'))).toEqual(replaced);
  });

  it('keeps a text another program overwrote, so it can be recovered', async () => {
    const t = await open({ 'Tender guide.md': original });
    await save(t, 'Tender guide.md', '# Tender guide\n\nMy careful edit.\n');
    const mine = await fs.readFile(path.join(t.root, 'Tender guide.md'));
    // The person has the note open; a sync client writes an older copy over it.
    await t.call('notes.read', { path: 'Tender guide.md' });
    await fs.writeFile(path.join(t.root, 'Tender guide.md'), 'Overwritten by a sync client.\n');
    await t.core.services.repository.syncFromDisk('Tender guide.md');

    const listed = await t.call('history.list', { path: 'Tender guide.md' });
    expect(listed.versions[0]!.cause).toEqual({ kind: 'outside' });
    await t.call('history.restore', { path: 'Tender guide.md', id: listed.versions[0]!.id });
    expect(await fs.readFile(path.join(t.root, 'Tender guide.md'))).toEqual(mine);
    // What the sync client wrote is in the history in turn.
    const again = await t.call('history.list', { path: 'Tender guide.md' });
    const overwritten = await t.call('history.read', {
      path: 'Tender guide.md',
      id: again.versions[0]!.id,
    });
    expect(overwritten.text).toBe('Overwritten by a sync client.\n');
  });

  it('skips and reports a damaged entry; the rest of the history still works', async () => {
    const t = await open({ 'a.md': original, 'b.md': 'Note b\n' });
    await t.call('settings.update', { history: { intervalMinutes: 0 } });
    await save(t, 'a.md', 'Second\n');
    await save(t, 'a.md', 'Third\n');
    const [newest, oldest] = (await t.call('history.list', { path: 'a.md' })).versions;
    // Damage the blob of the newest version (the note as "Second" was saved).
    const secondText = (await t.call('history.read', { path: 'a.md', id: newest!.id })).text;
    const blob = (await files(t.root, 'blobs')).find(
      (f) => path.basename(f) === `${createHashHex(secondText)}.gz`,
    );
    expect(blob).toBeDefined();
    await fs.writeFile(blob!, 'not gzip');
    const listed = await t.call('history.list', { path: 'a.md' });
    expect(listed.versions.map((v) => v.id)).toEqual([oldest!.id]);
    expect(listed.problems).toEqual([expect.stringContaining('damaged')]);
    await expect(t.call('history.read', { path: 'a.md', id: newest!.id })).rejects.toMatchObject({
      code: 'IO',
    });
    expect((await t.call('history.read', { path: 'a.md', id: oldest!.id })).text).toBe(original);

    // A damaged index of another note: reported, set aside, and never stops a save.
    await save(t, 'b.md', 'Changed b\n');
    let damaged = 0;
    for (const file of await files(t.root, 'notes'))
      if ((await fs.readFile(file, 'utf8')).includes('"b.md"')) {
        await fs.writeFile(file, '{broken');
        damaged++;
      }
    expect(damaged).toBe(1);
    const b = await t.call('history.list', { path: 'b.md' });
    expect(b.versions).toEqual([]);
    expect(b.problems).toEqual([expect.stringContaining('damaged')]);
    await save(t, 'b.md', 'Changed b again\n');
    expect(await causes(t, 'b.md')).toEqual(['edit']);
    expect((await t.call('history.list', { path: 'a.md' })).versions).toHaveLength(1);
  });
});

function createHashHex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('history bounds', () => {
  it('drops versions past the age and size bounds, always keeping the newest of each note', async () => {
    const temp = await makeTempVault();
    try {
      const clock = handClock();
      const settings = { intervalMinutes: 0, maxAgeDays: 90, maxShare: 0.1 };
      let vaultBytes = 1_000_000;
      const history = new NoteHistory(temp.root, {
        settings: () => settings,
        now: clock.now,
        vaultBytes: async () => vaultBytes,
        minBudget: 0,
      });
      for (let i = 0; i < 6; i++) {
        await history.keep('a.md', Buffer.from(`a version ${i}\n`), { kind: 'edit' });
        await history.keep('b.md', Buffer.from(`b version ${i}\n`), { kind: 'edit' });
        clock.advance(60 * 24 * 20); // 20 days
      }
      // Now 120 days after the first: versions 0 and 1 (120, 100 days old) are past 90 days.
      expect((await history.prune()).removedVersions).toBe(4);
      expect((await history.list('a.md', null)).versions).toHaveLength(4);

      // Long past every bound: the newest of each note stay.
      clock.advance(60 * 24 * 365);
      await history.prune();
      const a = await history.list('a.md', null);
      expect(a.versions).toHaveLength(NEWEST_KEPT);
      const newest = await history.read('a.md', null, a.versions[0]!.id);
      expect(newest.bytes.toString()).toBe('a version 5\n');

      // The size bound: a tiny vault leaves room for no more than the newest versions.
      settings.maxAgeDays = 3650;
      for (let i = 6; i < 12; i++)
        await history.keep('a.md', Buffer.from(`a version ${i}\n`), { kind: 'edit' });
      vaultBytes = 10;
      await history.prune();
      expect((await history.list('a.md', null)).versions).toHaveLength(NEWEST_KEPT);
      expect((await history.list('b.md', null)).versions).toHaveLength(NEWEST_KEPT);
      const blobs = await fs.readdir(path.join(temp.root, HISTORY_DIR, 'blobs'), {
        recursive: true,
      });
      expect(blobs.filter((f) => f.endsWith('.gz'))).toHaveLength(2 * NEWEST_KEPT);
      await history.close();
    } finally {
      await temp.cleanup();
    }
  });
});
