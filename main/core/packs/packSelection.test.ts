import path from 'node:path';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCores } from '../../../testing/core/testCore';
import { readText, writeFiles } from '../../../testing/core/tempVault';
import { DB_FILE } from '../store/metadataStore';
import { keyFingerprint, keyIdOf } from './keyFingerprint';

const vault: Record<string, string> = {
  'hr/Onboarding.md':
    '---\ndomains: [hr]\ntags: [people/new]\n---\n# Onboarding\n\nSee [[Buddy system]] and [[My diary]] and ![[badge.png]].\n',
  'hr/Buddy system.md': '# Buddy system\n\nPair newcomers.\n',
  'My diary.md': '---\nprivate: true\n---\n# My diary\n',
  'journal/2026/2026-03-01.md': '---\ntype: journal\ndomains: [hr]\n---\n# 1 March\n',
  'templates/Solution.md': '---\ntype: solution\ndomains: [hr]\n---\n# {{title}}\n',
  'Broken.md': '---\ndomains: [hr]\ntitle: [unclosed\n---\n# Broken\n',
  'attachments/badge.png': 'PNG',
};

describe('choosing what goes into a pack', () => {
  const open = openTestCores();
  let out: string;
  beforeEach(async () => {
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-select-'));
  });
  afterEach(async () => fs.rm(out, { recursive: true, force: true }));

  it('leaves private notes, journal entries, templates and unreadable notes out, and says so', async () => {
    const t = await open(vault);
    const preview = await t.call('packs.preview', { selection: { domains: ['hr'] } });
    expect(preview.notes.map((n) => n.path)).toEqual(['hr/Onboarding.md']);
    expect(preview.leftOut.map((l) => [l.path, l.reason])).toEqual([
      ['journal/2026/2026-03-01.md', 'private'],
      ['templates/Solution.md', 'template'],
    ]);
    expect(preview.brokenLinks.map((b) => [b.to, b.private])).toEqual([
      ['hr/Buddy system.md', false],
      ['My diary.md', true],
    ]);
    expect(preview.attachments.map((a) => a.path)).toEqual(['attachments/badge.png']);

    // Following links brings the linked note in, never the private one.
    const followed = await t.call('packs.preview', {
      selection: { tags: ['people'], followLinks: true },
    });
    expect(followed.notes.map((n) => [n.path, n.via])).toEqual([
      ['hr/Buddy system.md', 'linked'],
      ['hr/Onboarding.md', 'tag'],
    ]);
    expect(followed.brokenLinks.map((b) => b.to)).toEqual(['My diary.md']);

    // Picked by hand, a private note goes in, marked.
    const picked = await t.call('packs.preview', {
      selection: { folders: ['hr'], notes: ['My diary.md'] },
    });
    expect(picked.notes.map((n) => [n.path, n.private])).toEqual([
      ['My diary.md', true],
      ['hr/Buddy system.md', false],
      ['hr/Onboarding.md', false],
    ]);
    const unreadable = await t.call('packs.preview', { selection: { notes: ['Broken.md'] } });
    expect(unreadable.notes).toEqual([]);
    expect(unreadable.leftOut).toMatchObject([{ path: 'Broken.md', reason: 'unreadable' }]);
    const byQuery = await t.call('packs.preview', { selection: { queries: ['newcomers'] } });
    expect(byQuery.notes.map((n) => n.path)).toEqual(['hr/Buddy system.md']);
  });

  it('takes every note a search finds, copies of one another too (search folds those)', async () => {
    const procedure =
      '# Badge requests\n\nNew starters request a building badge from the front desk with their contract and an identity document, two days before they start.\n';
    const t = await open({
      'hr/v1/Badge requests.md': procedure,
      'hr/v2/Badge requests.md': procedure,
    });
    const byQuery = await t.call('packs.preview', { selection: { queries: ['badge'] } });
    expect(byQuery.notes.map((n) => n.path)).toEqual([
      'hr/v1/Badge requests.md',
      'hr/v2/Badge requests.md',
    ]);
    // The search itself (ready now) folds one under the other.
    const results = await t.call('search.query', { query: 'badge' });
    expect(results).toMatchObject({ total: 1, folded: 1 });
  });

  it('keeps the definition so the next export suggests minor + 1, and refuses an empty selection', async () => {
    const t = await open(vault, { profilePath: out });
    const first = await t.call('packs.export', {
      title: 'HR basics',
      selection: { domains: ['hr'] },
      sign: false,
      out: path.join(out, 'a.praxispack'),
    });
    expect(first).toMatchObject({
      version: '1.0.0',
      signed: false,
      publisher: { department: 'vault' },
    });
    expect((await t.call('packs.definitions'))[0]).toMatchObject({
      id: first.packId,
      title: 'HR basics',
      lastVersion: '1.0.0',
      nextVersion: '1.1.0',
      selection: { domains: ['hr'] },
    });
    const chosen = await t.call('packs.export', {
      title: 'HR basics',
      version: '2.0.0',
      selection: { domains: ['hr'] },
      sign: false,
      out: path.join(out, 'b.praxispack'),
    });
    expect(chosen).toMatchObject({ version: '2.0.0', packId: first.packId });
    await expect(
      t.call('packs.export', {
        title: 'Nothing',
        selection: { tags: ['no-such-tag'] },
        sign: false,
        out: path.join(out, 'c.praxispack'),
      }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    // The renderer cannot aim an export or a key at any file it likes.
    await expect(
      t.call('packs.export', { title: 'X', selection: { all: true }, out: path.join(out, 'x.md') }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    await expect(
      t.call('keys.exportPublicKey', { out: path.join(out, '.bashrc') }),
    ).rejects.toMatchObject({
      code: 'INVALID',
    });
  });

  it('an attachment changed at both ends is put beside the local one', async () => {
    const source = await open(
      { 'A.md': '# A\n\n![[pic.png]]\n', 'pic.png': 'v1' },
      { profilePath: out },
    );
    const target = await open({}, { profilePath: out });
    const v1 = await source.call('packs.export', {
      title: 'Pics',
      selection: { all: true },
      sign: false,
      out: path.join(out, 'v1.praxispack'),
    });
    await target.call('packs.apply', {
      planId: (await target.call('packs.plan', { file: v1.file })).planId,
    });
    await writeFiles(source.root, { 'pic.png': 'v2 at the source' });
    const v2 = await source.call('packs.export', {
      title: 'Pics',
      selection: { all: true },
      sign: false,
      out: path.join(out, 'v2.praxispack'),
    });
    const plan = await target.call('packs.plan', { file: v2.file });
    expect(plan.attachments).toMatchObject([{ path: 'pic.png', status: 'update' }]);
    await target.call('packs.discardPlan', { planId: plan.planId });
    await writeFiles(target.root, { 'pic.png': 'edited here' });
    await target.core.services.repository.syncFromDisk('pic.png');
    const conflict = await target.call('packs.plan', { file: v2.file });
    expect(conflict.attachments).toMatchObject([
      { path: 'pic.png', status: 'conflict', conflictPath: 'pic (Pics 1.1.0).png' },
    ]);
    await target.call('packs.apply', { planId: conflict.planId });
    expect(await readText(target.root, 'pic.png')).toBe('edited here');
    expect(await readText(target.root, 'pic (Pics 1.1.0).png')).toBe('v2 at the source');
  });
});

describe('db.json from before packs', () => {
  const open = openTestCores();
  it('still loads, gaining empty pack sections, and drops only unreadable pack records', async () => {
    const t = await open({
      [DB_FILE]: JSON.stringify({
        schemaVersion: 1,
        domains: [{ slug: 'hr', name: 'HR' }],
        trustedPublishers: [{ keyId: 'broken' }],
      }),
    });
    expect(t.core.services.store.data.domains.map((d) => d.slug)).toEqual(['hr']);
    expect(t.core.services.store.data.trustedPublishers).toEqual([]);
    expect(t.core.services.store.data.packImports).toEqual([]);
    expect(t.core.services.notices).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('are 10 groups of hex and 8 words, the same for the same key', () => {
    const keyId = keyIdOf(Buffer.alloc(32, 7));
    const a = keyFingerprint(keyId);
    expect(a.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){9}$/);
    expect(a.words).toHaveLength(8);
    expect(keyFingerprint(keyId)).toEqual(a);
    expect(keyFingerprint(keyIdOf(Buffer.alloc(32, 8))).words).not.toEqual(a.words);
  });
});
