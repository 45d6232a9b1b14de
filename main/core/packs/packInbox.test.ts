import path from 'node:path';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InboxEntry, PackInbox } from '../../../shared/api/packInboxMethods';
import { rawZip, syntheticPack } from '../../../testing/core/rawZip';
import { snapshotFolder, withoutPraxisFolder } from '../../../testing/core/tempVault';
import { failureOf, openTestCores, type TestCore } from '../../../testing/core/testCore';

/** The publishing department's vault. */
const sourceVault: Record<string, string> = {
  'procurement/Framework agreements.md':
    '---\ndomains: [procurement]\n---\n# Framework agreements\n\nAlways compare three offers.\n',
  'procurement/Scoring matrix.md':
    '---\ndomains: [procurement]\n---\n# Scoring matrix\n\nWeights per criterion.\n',
};

/** The entry for the file named `name`, failing the test if there is none. */
function entry(inbox: PackInbox, name: string): InboxEntry {
  const found = inbox.entries.find((e) => e.name === name);
  if (!found) throw new Error(`no inbox entry ${name} in ${JSON.stringify(inbox.entries)}`);
  return found;
}

describe('the pack inbox: subscribed folders, verified in the background, never imported', () => {
  let work: string;
  let share: string;
  beforeEach(async () => {
    work = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-inbox-')));
    share = path.join(work, 'share');
    await fs.mkdir(share);
  });
  afterEach(async () => fs.rm(work, { recursive: true, force: true }));
  const open = openTestCores();

  /** The publisher's vault with its identity, and a function exporting the next version. */
  async function publisher() {
    const source = await open(sourceVault, { profilePath: path.join(work, 'publisher') });
    await source.call('keys.create', { department: 'Ministry of Finance' });
    let definitionId: string | null = null;
    return {
      source,
      async publish(out: string) {
        const result = await source.call('packs.export', {
          definitionId,
          title: 'Procurement practice',
          selection: { domains: ['procurement'] },
          out,
        });
        definitionId = result.packId;
        return result;
      },
    };
  }

  /** The subscribing vault; settled files are checked at once unless `settleMs` says otherwise. */
  const subscriber = (settleMs = 0) =>
    open(
      { 'Own note.md': '# Own note\n' },
      { profilePath: path.join(work, 'subscriber'), packInbox: { settleMs, retryMs: 40 } },
    );

  it('announces a new pack with its publisher, trust and plan, and imports nothing', async () => {
    const { publish } = await publisher();
    await publish(path.join(share, 'Procurement-1.0.0.praxispack'));
    const target = await subscriber();
    const before = withoutPraxisFolder(await snapshotFolder(target.root));

    const set = await target.call('packs.inbox.folders.set', { folders: [share], pollSeconds: 30 });
    expect(set.folders.map((f) => f.path)).toEqual([share]);
    expect((await target.call('settings.get')).packInbox).toEqual({
      folders: [share],
      pollSeconds: 30,
    });
    const inbox = await target.call('packs.inbox.refresh');
    expect(inbox.folders).toEqual([{ path: share, status: 'watching', packs: 1 }]);
    expect(inbox.offering).toBe(1);
    expect(entry(inbox, 'Procurement-1.0.0.praxispack')).toMatchObject({
      file: path.join(share, 'Procurement-1.0.0.praxispack'),
      state: 'new',
      pack: { title: 'Procurement practice', version: '1.0.0' },
      publisher: { department: 'Ministry of Finance' },
      signature: 'unknown',
      importedVersion: null,
      changes: { notes: { new: 2, update: 0, conflict: 0, unchanged: 0 }, removedFromPack: 0 },
      problem: null,
    });
    expect(target.events).toContainEqual({
      type: 'packs.inboxChanged',
      payload: { offering: 1 },
    });

    // Nothing was imported: the notes are as they were, no import is recorded, no plan kept.
    expect(withoutPraxisFolder(await snapshotFolder(target.root))).toEqual(before);
    expect(await target.call('packs.imports')).toEqual([]);
    expect(await fs.readdir(path.join(target.root, '.praxis', 'staging')).catch(() => [])).toEqual(
      [],
    );

    // Trusting the publisher changes the trust shown, still without importing.
    const pack = entry(inbox, 'Procurement-1.0.0.praxispack');
    await target.call('trust.addFromPack', { file: pack.file, keyId: pack.publisher!.keyId! });
    await vi.waitFor(async () =>
      expect(entry(await target.call('packs.inbox.list'), pack.name)).toMatchObject({
        signature: 'trusted',
        trustedAs: { department: 'Ministry of Finance' },
      }),
    );
    expect(await target.call('packs.imports')).toEqual([]);
  });

  it('announces a newer version of an imported pack with what it would change', async () => {
    const { source, publish } = await publisher();
    const v1 = await publish(path.join(share, 'Procurement-1.0.0.praxispack'));
    const target = await subscriber();
    await target.call('packs.inbox.folders.set', { folders: [share] });
    const plan = await target.call('packs.plan', { file: v1.file });
    await target.call('packs.apply', { planId: plan.planId });
    const afterV1 = await target.call('packs.inbox.refresh');
    expect(entry(afterV1, 'Procurement-1.0.0.praxispack')).toMatchObject({
      state: 'imported',
      importedVersion: '1.0.0',
    });
    expect(afterV1.offering).toBe(0);

    // The publisher changes one note and publishes 1.1.0 into the same folder.
    const rel = 'procurement/Scoring matrix.md';
    const note = await source.call('notes.read', { path: rel });
    await source.call('notes.save', {
      path: rel,
      body: note.body.replace('Weights per criterion.', 'Weights per criterion, agreed.'),
      baseVersion: note.version,
    });
    await publish(path.join(share, 'Procurement-1.1.0.praxispack'));
    const before = withoutPraxisFolder(await snapshotFolder(target.root));

    const inbox = await target.call('packs.inbox.refresh');
    expect(inbox.offering).toBe(1);
    expect(entry(inbox, 'Procurement-1.1.0.praxispack')).toMatchObject({
      state: 'update',
      pack: { version: '1.1.0' },
      importedVersion: '1.0.0',
      changes: { notes: { new: 0, update: 1, conflict: 0, unchanged: 1 } },
    });
    expect(inbox.entries.map((e) => e.state)).toEqual(['update', 'imported']);
    expect(withoutPraxisFolder(await snapshotFolder(target.root))).toEqual(before);
    expect((await target.call('packs.imports')).map((r) => r.version)).toEqual(['1.0.0']);
  });

  it('waits for a file still being copied and announces it once complete, never as tampered', async () => {
    const { publish } = await publisher();
    const made = await publish(path.join(work, 'Procurement-1.0.0.praxispack'));
    const bytes = await fs.readFile(made.file);
    const target = await subscriber();
    const states: string[] = [];
    target.core.subscribe((event) => {
      if (event.type === 'packs.inboxChanged')
        void target.core.services.packInbox
          .list()
          .entries.forEach((e) => states.push(`${e.name}:${e.state}`));
    });
    await target.call('packs.inbox.folders.set', { folders: [share] });
    target.core.services.packInbox.start();

    // A sync client has written the first half: the zip's directory (at its end) is missing.
    const copy = path.join(share, 'Procurement-1.0.0.praxispack');
    await fs.writeFile(copy, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const half = entry(await target.call('packs.inbox.refresh'), 'Procurement-1.0.0.praxispack');
    expect(half).toMatchObject({ state: 'incomplete', waitingSince: expect.any(String) });
    expect((await target.call('packs.inbox.list')).offering).toBe(0);

    // All but the last bytes: the directory is cut short.
    await fs.appendFile(copy, bytes.subarray(Math.floor(bytes.length / 2), bytes.length - 10));
    await target.call('packs.inbox.refresh');
    expect(entry(await target.call('packs.inbox.refresh'), half.name).state).toBe('incomplete');

    // The rest arrives; the inbox's own retries (no refresh asked) announce it.
    await fs.appendFile(copy, bytes.subarray(bytes.length - 10));
    await vi.waitFor(
      async () =>
        expect(entry(await target.call('packs.inbox.list'), half.name)).toMatchObject({
          state: 'new',
          pack: { version: '1.0.0' },
          waitingSince: null,
        }),
      { timeout: 10_000, interval: 50 },
    );
    expect(states.filter((s) => !/:(incomplete|checking|new)$/.test(s))).toEqual([]);
    expect(await target.call('packs.imports')).toEqual([]);
  });

  it('does not read a file written to moments ago until it has settled', async () => {
    const { publish } = await publisher();
    const target = await subscriber(60_000);
    await publish(path.join(share, 'Procurement-1.0.0.praxispack'));
    await target.call('packs.inbox.folders.set', { folders: [share] });
    const inbox = await target.call('packs.inbox.refresh');
    expect(entry(inbox, 'Procurement-1.0.0.praxispack')).toMatchObject({
      state: 'incomplete',
      pack: null,
      problem: null,
    });
    // An hour-old file (the sync client kept the publisher's time) is read at once.
    const old = new Date(Date.now() - 3600_000);
    await fs.utimes(path.join(share, 'Procurement-1.0.0.praxispack'), old, old);
    await target.call('packs.inbox.refresh');
    expect(
      entry(await target.call('packs.inbox.refresh'), 'Procurement-1.0.0.praxispack').state,
    ).toBe('new');
  });

  it('flags a complete pack whose contents were changed as tampered', async () => {
    const notes = [
      { path: 'Rule.md', text: '---\nid: rule-1\n---\n# Rule\n\nAlways compare three offers.\n' },
    ];
    const stored = rawZip(syntheticPack({ notes, method: 0 }).entries);
    stored[stored.indexOf('three offers')] = 'T'.charCodeAt(0);
    await fs.writeFile(path.join(share, 'stored.praxispack'), stored);
    // Deflated data changed in place: it no longer inflates, yet the zip is whole.
    const deflated = rawZip(syntheticPack({ notes, method: 8 }).entries);
    const middle = deflated.indexOf('notes/Rule.md') + 'notes/Rule.md'.length + 4;
    deflated[middle] = deflated[middle]! ^ 0xff;
    await fs.writeFile(path.join(share, 'deflated.praxispack'), deflated);
    await fs.writeFile(
      path.join(share, 'sound.praxispack'),
      rawZip(syntheticPack({ notes }).entries),
    );

    const target = await subscriber();
    await target.call('packs.inbox.folders.set', { folders: [share] });
    const inbox = await target.call('packs.inbox.refresh');
    expect(entry(inbox, 'stored.praxispack')).toMatchObject({
      state: 'tampered',
      signature: 'invalid',
      problem: { reason: 'checksum-mismatch' },
      changes: null,
    });
    expect(entry(inbox, 'deflated.praxispack').state).toBe('tampered');
    expect(entry(inbox, 'sound.praxispack')).toMatchObject({ state: 'new', signature: 'unsigned' });
    expect(inbox.offering).toBe(1);
    expect(await target.call('packs.imports')).toEqual([]);
  });

  it('refuses folders that do not exist, and forgets the packs of a folder unsubscribed', async () => {
    const target: TestCore = await subscriber();
    const missing = await failureOf(
      target.call('packs.inbox.folders.set', { folders: [path.join(work, 'nope')] }),
    );
    expect(missing).toMatchObject({ code: 'INVALID', message: /There is no folder at/ });
    const relative = await failureOf(
      target.call('packs.inbox.folders.set', { folders: ['packs'] }),
    );
    expect(relative).toMatchObject({ code: 'INVALID', message: /not a full path/ });
    expect((await target.call('settings.get')).packInbox.folders).toEqual([]);

    await fs.writeFile(
      path.join(share, 'a.praxispack'),
      rawZip(syntheticPack({ notes: [{ path: 'A.md', text: '---\nid: a\n---\n# A\n' }] }).entries),
    );
    await fs.writeFile(path.join(share, 'notes.txt'), 'not a pack');
    await fs.writeFile(path.join(share, '.a.praxispack.1234.partial'), 'half');
    await target.call('packs.inbox.folders.set', { folders: [share, share] });
    const inbox = await target.call('packs.inbox.refresh');
    expect(inbox.entries.map((e) => e.name)).toEqual(['a.praxispack']);
    expect(inbox.folders).toHaveLength(1);

    // A folder that goes away (a share unmounted) is reported, not fatal.
    await fs.rm(share, { recursive: true });
    const gone = await target.call('packs.inbox.refresh');
    expect(gone.folders).toEqual([{ path: share, status: 'missing', packs: 0 }]);
    expect(gone.entries).toEqual([]);

    await target.call('packs.inbox.folders.set', { folders: [] });
    expect((await target.call('packs.inbox.refresh')).folders).toEqual([]);
  });
});
