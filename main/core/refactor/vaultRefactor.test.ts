import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { generatedVault } from '../../../testing/core/generatedVault';
import { readText, snapshotFolder } from '../../../testing/core/tempVault';
import { failureOf, openTestCore, openTestCores } from '../../../testing/core/testCore';
import type { TransactionIo } from '../vault/fileTransaction';

const NOTES = 400;

/** File-system calls for transactions that fail at the `failAt`-th rename, when armed. */
function failingIo() {
  const state = { failAt: 0, renames: 0 };
  const io: TransactionIo = {
    rename: async (from, to) => {
      state.renames++;
      if (state.failAt > 0 && state.renames === state.failAt)
        throw Object.assign(new Error('input/output error'), { code: 'EIO' });
      await fs.rename(from, to);
    },
    unlink: (file) => fs.unlink(file),
  };
  return {
    io,
    /** Fails the `n`-th rename from now on. */
    failAfter(n: number) {
      state.renames = 0;
      state.failAt = n;
    },
    disarm() {
      state.failAt = 0;
    },
  };
}

/** The vault's notes, byte for byte (no `.praxis/`). */
async function notesOf(root: string): Promise<Map<string, string>> {
  const all = await snapshotFolder(root);
  return new Map([...all].filter(([p]) => !p.startsWith('.praxis')));
}

// Each test writes a vault of hundreds of notes and rewrites most of it, more than once.
describe('vault-wide renames and merges across a generated vault', { timeout: 120_000 }, () => {
  const openCore = openTestCores();
  const open = async (files: Record<string, string>) => {
    const faults = failingIo();
    const t = await openCore(files, { transactionIo: faults.io });
    return { ...t, faults, call: t.call };
  };
  const files = generatedVault(NOTES);
  const tagged = Object.keys(files).filter((_, i) => i % 10 !== 0);
  // Tests of what does not depend on size run on a smaller vault.
  const small = generatedVault(120);
  const smallTagged = Object.keys(small).filter((_, i) => i % 10 !== 0);

  it(`renames a tag in ${NOTES} notes atomically: a failure part-way changes no byte anywhere`, async () => {
    const t = await open(files);
    const before = await snapshotFolder(t.root);
    const tagsBefore = await t.call('tags.list');

    t.faults.failAfter(Math.floor(tagged.length / 2));
    const error = await failureOf(
      t.call('tags.rename', { from: 'contracts', to: 'procurement/contracts' }),
    );
    // It failed while files were being replaced, and every replaced one was put back.
    expect(error).toMatchObject({
      code: 'IO',
      message: 'Could not write the files (input/output error). Nothing was changed.',
    });
    // Every file — notes, db.json, journals, history — is exactly as it was.
    expect(await snapshotFolder(t.root)).toEqual(before);
    expect(await t.call('tags.list')).toEqual(tagsBefore);
    expect(await t.call('refactor.history')).toEqual([]);

    t.faults.disarm();
    const report = await t.call('tags.rename', { from: 'contracts', to: 'procurement/contracts' });
    expect(report.files.map((f) => f.path).sort()).toEqual([...tagged].sort());
    // Two inline tags per note, plus the front-matter entry in three forms of four.
    const expected = tagged.reduce(
      (sum, p) =>
        sum + 2 + (files[p]!.includes('id: n') && !files[p]!.includes('type: question') ? 1 : 0),
      0,
    );
    expect(report.occurrences).toBe(expected);
    expect(report.id).not.toBeNull();

    expect(await readText(t.root, 'area-1/Note 1.md')).toBe(
      files['area-1/Note 1.md']!.replace(
        '  - contracts # main tag',
        '  - procurement/contracts # main tag',
      ).replace(
        'Text with #contracts and #Contracts/renewal',
        'Text with #procurement/contracts and #procurement/contracts/renewal',
      ),
    );
    expect(await readText(t.root, 'area-2/Note 2.md')).toContain(
      'tags: "policy, procurement/contracts/framework"',
    );
    expect(await readText(t.root, 'area-4/Note 4.md')).toContain(
      'tags: [procurement/contracts, policy/housing]',
    );
    const question = await readText(t.root, 'area-3/Note 3.md');
    expect(question).toContain(
      'Text with #procurement/contracts and #procurement/contracts/renewal inline',
    );
    expect(question.split('\r\n').length).toBe(files['area-3/Note 3.md']!.split('\r\n').length);
    // What is not a tag stays: code, fences, links, URLs, words.
    for (const p of tagged.slice(0, 40)) {
      const text = await readText(t.root, p);
      expect(text).toContain(
        '`#contracts` in code, [[Note 1#contracts]], https://example.org/#contracts, x#contracts.',
      );
      expect(text).toContain('#contracts in a fence');
    }

    const tags = await t.call('tags.list');
    expect(tags.find((x) => x.tag.toLowerCase() === 'contracts')).toBeUndefined();
    expect(tags.find((x) => x.tag === 'procurement')).toMatchObject({
      count: tagged.length,
      ownCount: 0,
    });
    expect((await t.call('tags.notes', { tag: 'procurement' })).length).toBe(tagged.length);
  });

  it('undoes a rename, restoring every file byte for byte', async () => {
    const t = await open(small);
    const before = await notesOf(t.root);
    const report = await t.call('tags.rename', { from: 'contracts', to: 'agreements' });
    expect(await notesOf(t.root)).not.toEqual(before);
    const undone = await t.call('refactor.undo', { id: report.id! });
    expect(undone.files).toHaveLength(report.files.length);
    expect(await notesOf(t.root)).toEqual(before);
    expect((await t.call('tags.list')).find((x) => x.tag === 'contracts')?.count).toBe(
      smallTagged.length,
    );
    const [record] = await t.call('refactor.history');
    expect(record).toMatchObject({
      id: report.id,
      kind: 'tag.rename',
      fileCount: smallTagged.length,
    });
    expect(record!.undoneAt).not.toBeNull();
    expect(await failureOf(t.call('refactor.undo', { id: report.id! }))).toMatchObject({
      code: 'INVALID',
    });
  });

  it('refuses to undo over an edit made since, naming the file, and changes nothing', async () => {
    const t = await open(small);
    const report = await t.call('tags.rename', { from: 'policy', to: 'policies' });
    await fs.appendFile(path.join(t.root, 'area-5/Note 5.md'), '\nEdited afterwards.\n');
    const after = await snapshotFolder(t.root);
    const error = await failureOf(t.call('refactor.undo', { id: report.id! }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      data: { paths: ['area-5/Note 5.md'], domains: [] },
    });
    expect(error.message).toBe(
      '"Rename #policy to #policies" cannot be undone: the note "area-5/Note 5.md" was changed since. Nothing was changed.',
    );
    expect(await snapshotFolder(t.root)).toEqual(after);
  });

  it('merges tags atomically too, and previews without writing', async () => {
    const t = await open(files);
    const before = await snapshotFolder(t.root);
    const preview = await t.call('tags.merge', {
      sources: ['policy', 'topic-3'],
      into: 'public-policy',
      dryRun: true,
    });
    expect(preview).toMatchObject({ id: null, dryRun: true, kind: 'tag.merge' });
    expect(preview.files.length).toBeGreaterThan(NOTES * 0.6);
    expect(await snapshotFolder(t.root)).toEqual(before);

    t.faults.failAfter(preview.files.length - 1);
    expect(
      (
        await failureOf(
          t.call('tags.merge', { sources: ['policy', 'topic-3'], into: 'public-policy' }),
        )
      ).code,
    ).toBe('IO');
    expect(await snapshotFolder(t.root)).toEqual(before);

    t.faults.disarm();
    const report: RefactorReport = await t.call('tags.merge', {
      sources: ['policy', 'topic-3'],
      into: 'public-policy',
    });
    expect(report.files).toEqual(preview.files);
    expect(await readText(t.root, 'area-4/Note 4.md')).toContain(
      'tags: [contracts, public-policy/housing]',
    );
    const tags = await t.call('tags.list');
    expect(tags.some((x) => x.tag === 'policy' || x.tag === 'topic-3')).toBe(false);
  });

  it('renames a domain in every note and in the list atomically: a failure changes nothing, db.json included', async () => {
    const t = await open(files);
    const before = await snapshotFolder(t.root);
    t.faults.failAfter(Math.floor(NOTES / 3));
    const error = await failureOf(
      t.call('domains.rename', { from: 'digital-services', to: 'digital' }),
    );
    expect(error.code).toBe('IO');
    expect(await snapshotFolder(t.root)).toEqual(before);
    // The domain list is the transaction's last file: failing there puts every note back too.
    t.faults.failAfter(tagged.length + 1);
    expect(
      (await failureOf(t.call('domains.rename', { from: 'digital-services', to: 'digital' }))).code,
    ).toBe('IO');
    expect(await snapshotFolder(t.root)).toEqual(before);
    expect((await t.call('domains.get', { slug: 'digital-services' })).noteCount).toBe(
      tagged.length,
    );

    t.faults.disarm();
    const report = await t.call('domains.rename', { from: 'digital-services', to: 'digital' });
    expect(report.files).toHaveLength(tagged.length);
    expect((await t.call('domains.get', { slug: 'digital' })).noteCount).toBe(tagged.length);
    expect(await readText(t.root, 'area-2/Note 2.md')).toContain('domains:\n  - digital\n');

    await t.call('refactor.undo', { id: report.id! });
    expect(await notesOf(t.root)).toEqual(
      new Map([...before].filter(([p]) => !p.startsWith('.praxis'))),
    );
    expect((await t.call('domains.list'))[2]).toMatchObject({ slug: 'digital-services' });
  });

  it('merges a domain into another across the vault, each note naming the result once', async () => {
    const t = await open(small);
    const report = await t.call('domains.merge', {
      sources: ['digital-services'],
      into: 'procurement',
    });
    expect(report.files).toHaveLength(smallTagged.length);
    expect(await readText(t.root, 'area-0/Note 12.md')).toContain('domains: [procurement]\n');
    expect((await t.call('domains.get', { slug: 'procurement' })).noteCount).toBe(
      smallTagged.length,
    );
    expect((await t.call('domains.list')).map((d) => d.slug)).not.toContain('digital-services');
  });
});

describe('the record of vault-wide changes', () => {
  it('keeps the last 20, newest first', async () => {
    const t = await openTestCore({ 'a.md': '#t0\n' });
    try {
      for (let i = 0; i < 22; i++) await t.call('tags.rename', { from: `t${i}`, to: `t${i + 1}` });
      const history = await t.call('refactor.history');
      expect(history).toHaveLength(20);
      expect(history[0]!.description).toBe('Rename #t21 to #t22');
      const saved = await fs.readdir(path.join(t.root, '.praxis', 'refactors'));
      expect(saved).toHaveLength(20);
      expect(await failureOf(t.call('refactor.undo', { id: 'nope' }))).toMatchObject({
        code: 'NOT_FOUND',
      });
    } finally {
      await t.close();
    }
  });

  it('refuses to rename a tag no note has, or to a name that cannot be a tag', async () => {
    const t = await openTestCore({ 'a.md': '#real\n' });
    try {
      expect(await failureOf(t.call('tags.rename', { from: 'ghost', to: 'x' }))).toMatchObject({
        code: 'NOT_FOUND',
        message: 'No note has the tag #ghost.',
      });
      expect(
        await failureOf(t.call('tags.rename', { from: 'real', to: 'two words' })),
      ).toMatchObject({
        code: 'INVALID',
        data: { field: 'to' },
      });
      expect(await failureOf(t.call('tags.rename', { from: 'real', to: '#real' }))).toMatchObject({
        code: 'INVALID',
      });
    } finally {
      await t.close();
    }
  });
});
