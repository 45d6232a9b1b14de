import path from 'node:path';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import { readText, snapshotFolder } from '../../../testing/core/tempVault';
import { splitFrontMatter } from '../vault/frontMatter';

/** The publishing department's vault: linked notes, an attachment, a private journal entry. */
const sourceVault: Record<string, string> = {
  'procurement/Framework agreements.md': [
    '---',
    'type: solution',
    'domains: [procurement]',
    'tags: [contracts]',
    '---',
    '# Framework agreements',
    '',
    'Use a [[Scoring matrix]] and see ![[chart.png]].',
    'Also [the checklist](../Checklist.md).',
    '',
  ].join('\n'),
  'procurement/Scoring matrix.md':
    '---\ntype: practice\ndomains: [procurement]\n---\n# Scoring matrix\n\nWeights per criterion.\n',
  'Checklist.md': '---\ndomains: [procurement]\n---\n# Checklist\n\n- [ ] Budget line\n',
  'attachments/chart.png': '\u0089PNG fake image bytes',
  'journal/2026/2026-01-15.md':
    '---\ntype: journal\ndomains: [procurement]\n---\n# 15 January\n\nPrivate thoughts.\n',
  'hr/Onboarding.md': '---\ndomains: [hr]\n---\n# Onboarding\n',
};

/** A folder snapshot without the files under `prefix`. */
function without(snapshot: Map<string, string>, prefix: string): Map<string, string> {
  return new Map([...snapshot].filter(([p]) => !p.startsWith(prefix)));
}

describe('knowledge packs: a round trip between two vaults', () => {
  let profile: string;
  let out: string;
  beforeEach(async () => {
    profile = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-profile-'));
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-packs-'));
  });
  afterEach(async () => {
    await fs.rm(profile, { recursive: true, force: true });
    await fs.rm(out, { recursive: true, force: true });
  });
  const open = openTestCores();

  it(
    'exports, imports into an empty vault, takes v2 cleanly and undoes it byte for byte',
    { timeout: 60_000 },
    async () => {
      const source = await open(sourceVault, { profilePath: profile });
      const target = await open({}, { profilePath: profile });
      const identity = await source.call('keys.create', { department: 'Ministry of Finance' });
      expect(identity.words).toHaveLength(8);

      const preview = await source.call('packs.preview', {
        selection: { domains: ['procurement'] },
      });
      expect(preview.notes.map((n) => n.path)).toEqual([
        'Checklist.md',
        'procurement/Framework agreements.md',
        'procurement/Scoring matrix.md',
      ]);
      expect(preview.attachments).toEqual([
        { path: 'attachments/chart.png', size: expect.any(Number) },
      ]);
      expect(preview.leftOut).toEqual([
        {
          path: 'journal/2026/2026-01-15.md',
          title: '2026-01-15',
          reason: 'private',
          detail: null,
        },
      ]);
      expect(preview.notes.every((n) => n.needsId)).toBe(true);

      const v1 = await source.call('packs.export', {
        title: 'Procurement lessons',
        selection: { domains: ['procurement'] },
        out: path.join(out, 'v1.praxispack'),
      });
      expect(v1).toMatchObject({ version: '1.0.0', notes: 3, attachments: 1, signed: true });
      expect(v1.idsAdded).toHaveLength(3);
      // Ids were written back into the source vault.
      for (const note of preview.notes) {
        const fm = splitFrontMatter(await readText(source.root, note.path)).data!;
        expect(typeof fm.id).toBe('string');
      }

      // The receiving vault does not trust the publisher yet: the signature is valid but unknown.
      const verified = await target.call('packs.verify', { file: v1.file });
      expect(verified).toMatchObject({ status: 'unknown', sound: true, notes: 3, attachments: 1 });
      await target.call('trust.addFromPack', { file: v1.file, keyId: identity.keyId });
      const plan1 = await target.call('packs.plan', { file: v1.file });
      expect(plan1.signature.status).toBe('trusted');
      expect(plan1.notes.map((n) => n.status)).toEqual(['new', 'new', 'new']);
      await target.call('packs.apply', { planId: plan1.planId });

      for (const rel of Object.keys(sourceVault).filter(
        (p) => p.endsWith('.md') && !p.startsWith('journal') && !p.startsWith('hr'),
      )) {
        const sourceNote = splitFrontMatter(await readText(source.root, rel));
        const imported = splitFrontMatter(await readText(target.root, rel));
        expect(imported.body).toBe(sourceNote.body);
        expect(imported.data!.id).toBe(sourceNote.data!.id);
        expect(imported.data!.origin).toMatchObject({
          pack: v1.packId,
          version: '1.0.0',
          publisher: 'Ministry of Finance',
        });
      }
      expect(await fs.readFile(path.join(target.root, 'attachments/chart.png'), 'utf8')).toBe(
        sourceVault['attachments/chart.png'],
      );
      expect(await target.call('links.unresolved')).toEqual([]);
      expect(
        (await target.call('links.outgoing', { path: 'procurement/Framework agreements.md' })).map(
          (l) => l.resolved,
        ),
      ).toEqual(['procurement/Scoring matrix.md', 'attachments/chart.png', 'Checklist.md']);

      // Local edit in the target, source edit, and both.
      const edit = async (t: typeof source, rel: string, from: string, to: string) => {
        const note = await t.call('notes.read', { path: rel });
        await t.call('notes.save', {
          path: rel,
          baseVersion: note.version,
          body: note.body.replace(from, to),
        });
      };
      await edit(target, 'Checklist.md', 'Budget line', 'Budget line (our wording)');
      await edit(source, 'procurement/Scoring matrix.md', 'Weights', 'Weights and thresholds');
      await edit(source, 'procurement/Framework agreements.md', 'Use a', 'Always use a');
      await edit(target, 'procurement/Framework agreements.md', 'see', 'look at');
      // The receiving department moved a note: it stays where it is.
      await target.call('notes.move', {
        from: 'procurement/Scoring matrix.md',
        to: 'ours/Scoring matrix.md',
      });

      const definitions = await source.call('packs.definitions');
      expect(definitions[0]).toMatchObject({ lastVersion: '1.0.0', nextVersion: '1.1.0' });
      const v2 = await source.call('packs.export', {
        definitionId: definitions[0]!.id,
        title: 'Procurement lessons',
        selection: definitions[0]!.selection,
        out: path.join(out, 'v2.praxispack'),
      });
      expect(v2).toMatchObject({ version: '1.1.0', packId: v1.packId, idsAdded: [] });

      const before = await snapshotFolder(target.root);
      const plan2 = await target.call('packs.plan', { file: v2.file });
      expect(plan2.previousVersion).toBe('1.0.0');
      const byTitle = Object.fromEntries(plan2.notes.map((n) => [n.title, n]));
      expect(byTitle['Checklist']).toMatchObject({ status: 'unchanged', localEdited: true });
      expect(byTitle['Scoring matrix']).toMatchObject({
        status: 'update',
        path: 'ours/Scoring matrix.md',
      });
      expect(byTitle['Scoring matrix']!.diff).toContain('+Weights and thresholds');
      expect(byTitle['Framework agreements']).toMatchObject({ status: 'conflict' });
      expect(plan2.counts).toEqual({ new: 0, unchanged: 1, update: 1, conflict: 1 });
      // Planning wrote nothing outside staging.
      expect(without(await snapshotFolder(target.root), '.praxis/staging/')).toEqual(before);

      await target.call('packs.apply', { planId: plan2.planId });
      expect(await readText(target.root, 'Checklist.md')).toContain('Budget line (our wording)');
      expect(await readText(target.root, 'ours/Scoring matrix.md')).toContain(
        'Weights and thresholds',
      );
      const local = await readText(target.root, 'procurement/Framework agreements.md');
      expect(local).toContain('look at');
      const conflictPath = byTitle['Framework agreements']!.conflictPath!;
      const copy = await readText(target.root, conflictPath);
      expect(copy).toContain('Always use a');
      expect(copy).toContain('[[Framework agreements]]');
      expect(splitFrontMatter(copy).data!.id).not.toBe(splitFrontMatter(local).data!.id);

      // The index takes the import in behind the answer (it may still be building at first).
      await expect
        .poll(async () => {
          const search = await target.call('search.query', {
            query: 'from:"ministry of finance" thresholds',
          });
          return search.hits.map((h) => h.path);
        })
        .toEqual(['ours/Scoring matrix.md']);

      const records = await target.call('packs.imports');
      expect(records.map((r) => r.version)).toEqual(['1.1.0', '1.0.0']);
      await target.call('packs.undoImport');
      const after = await snapshotFolder(target.root);
      for (const [file, bytes] of before)
        if (!file.startsWith('.praxis/')) expect(after.get(file)).toBe(bytes);
      expect([...after.keys()].filter((p) => !p.startsWith('.praxis/')).sort()).toEqual(
        [...before.keys()].filter((p) => !p.startsWith('.praxis/')).sort(),
      );
      // The pack's state went back with it: planning v2 again gives the same plan.
      const again = await target.call('packs.plan', { file: v2.file });
      expect(again.counts).toEqual(plan2.counts);
      await target.call('packs.discardPlan', { planId: again.planId });

      expect(
        await failureOf(
          source.call('packs.export', {
            definitionId: definitions[0]!.id,
            title: 'Procurement lessons',
            version: '1.0.5',
            selection: definitions[0]!.selection,
            out: path.join(out, 'old.praxispack'),
          }),
        ),
      ).toMatchObject({
        code: 'INVALID',
        message: expect.stringMatching(/not newer than 1\.1\.0/),
      });
    },
  );
});
