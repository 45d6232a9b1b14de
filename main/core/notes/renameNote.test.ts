import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText, snapshotFolder, withoutPraxisFolder } from '../../../testing/core/tempVault';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import type { TransactionIo } from '../vault/fileTransaction';

const VAULT: Record<string, string> = {
  'projects/Old plan.md':
    '---\ntags: [plan]\n---\n# Old plan\n\nSee [[Budget]] and [the home](../Home.md).\n',
  'Home.md':
    '# Home\n\n- [[Old plan]], [[old plan#Goals|the goals]]\n- ![[Old plan]]\n- [md](projects/Old%20plan.md)\n',
  'Budget.md':
    '# Budget\n\nBack to [[projects/Old plan|the plan]].\n\n```\n[[Old plan]] in code\n```\n',
  'Unrelated.md': '# Unrelated\n\nNothing here.\n',
};
const OLD = 'projects/Old plan.md';

describe('notes.rename', () => {
  const open = openTestCores();

  it('renames the file, the heading and every link to it in one change', async () => {
    const t = await open(VAULT);
    const report = await t.call('notes.rename', { path: OLD, title: 'New plan' });
    expect(report).toMatchObject({
      dryRun: false,
      from: OLD,
      to: 'projects/New plan.md',
      oldTitle: 'Old plan',
      title: 'New plan',
      sanitized: false,
      headingUpdated: true,
      links: 5,
      rewritten: [
        { path: 'Budget.md', links: 1 },
        { path: 'Home.md', links: 4 },
      ],
    });
    expect(report.id).toEqual(expect.any(String));
    expect(report.note).toMatchObject({ path: 'projects/New plan.md', title: 'New plan' });
    await expect(fs.access(path.join(t.root, OLD))).rejects.toThrow();
    // The heading takes the new title; the front matter needs none and gets none.
    expect(await readText(t.root, 'projects/New plan.md')).toBe(
      '---\ntags: [plan]\n---\n# New plan\n\nSee [[Budget]] and [the home](../Home.md).\n',
    );
    expect(await readText(t.root, 'Home.md')).toBe(
      '# Home\n\n- [[New plan]], [[New plan#Goals|the goals]]\n- ![[New plan]]\n- [md](projects/New%20plan.md)\n',
    );
    expect(await readText(t.root, 'Budget.md')).toBe(
      '# Budget\n\nBack to [[New plan|the plan]].\n\n```\n[[Old plan]] in code\n```\n',
    );
    const backlinks = await t.call('links.backlinks', { path: 'projects/New plan.md' });
    expect(new Set(backlinks.map((b) => b.source))).toEqual(new Set(['Home.md', 'Budget.md']));
  });

  it('dry run reports the same rewrites and writes nothing', async () => {
    const t = await open(VAULT);
    const before = await snapshotFolder(t.root);
    const preview = await t.call('notes.rename', { path: OLD, title: 'New plan', dryRun: true });
    expect(await snapshotFolder(t.root)).toEqual(before);
    expect(preview).toMatchObject({ id: null, dryRun: true, note: null, links: 5 });
    expect(preview.rewritten.length).toBe(2);
    const done = await t.call('notes.rename', { path: OLD, title: 'New plan' });
    expect(done.rewritten).toEqual(preview.rewritten);
    expect(done.headingUpdated).toBe(preview.headingUpdated);
  });

  it('undo puts every byte back, and renaming again works after it', async () => {
    const t = await open(VAULT);
    const before = withoutPraxisFolder(await snapshotFolder(t.root));
    const report = await t.call('notes.rename', { path: OLD, title: 'New plan' });
    const history = await t.call('refactor.history', {});
    expect(history[0]).toMatchObject({
      id: report.id,
      kind: 'note.rename',
      subjects: ['Old plan'],
      target: 'New plan',
      fileCount: 3,
      occurrences: 5,
    });
    await t.call('refactor.undo', { id: report.id! });
    expect(withoutPraxisFolder(await snapshotFolder(t.root))).toEqual(before);
    expect((await t.call('notes.list', {})).map((n) => n.path).sort()).toEqual(
      Object.keys(VAULT).sort(),
    );
    const backlinks = await t.call('links.backlinks', { path: OLD });
    expect(backlinks.length).toBe(5);
    await t.call('notes.rename', { path: OLD, title: 'Plan B' });
    expect(await readText(t.root, 'Home.md')).toContain('[[Plan B]]');
  });

  it('refuses to undo when the renamed note was edited since, changing nothing', async () => {
    const t = await open(VAULT);
    const report = await t.call('notes.rename', { path: OLD, title: 'New plan' });
    const note = await t.call('notes.read', { path: 'projects/New plan.md' });
    await t.call('notes.save', {
      path: note.path,
      baseVersion: note.version,
      body: `${note.body}\nMore.\n`,
    });
    const after = await snapshotFolder(t.root);
    const failure = await failureOf(t.call('refactor.undo', { id: report.id! }));
    expect(failure.code).toBe('CONFLICT');
    expect(failure.data).toMatchObject({ paths: ['projects/New plan.md'] });
    expect(withoutPraxisFolder(await snapshotFolder(t.root))).toEqual(withoutPraxisFolder(after));
  });

  it('fails with CONFLICT and writes nothing when the note changed since it was read', async () => {
    const t = await open(VAULT);
    const note = await t.call('notes.read', { path: OLD });
    await fs.writeFile(path.join(t.root, OLD), `${note.body}\nEdited elsewhere.\n`);
    const before = await snapshotFolder(t.root);
    const failure = await failureOf(
      t.call('notes.rename', { path: OLD, title: 'New plan', baseVersion: note.version }),
    );
    expect(failure.code).toBe('CONFLICT');
    expect(await snapshotFolder(t.root)).toEqual(before);
  });

  it('changes nothing when another program edits a linking note while the rename commits', async () => {
    const race: { write: (() => Promise<void>) | null } = { write: null };
    const io: TransactionIo = {
      rename: (from, to) => fs.rename(from, to),
      unlink: (file) => fs.unlink(file),
      afterStaging: async () => {
        const write = race.write;
        race.write = null;
        await write?.();
      },
    };
    const t = await open(VAULT, { transactionIo: io });
    const edited = `${VAULT['Home.md']}\nWritten by a sync client.\n`;
    race.write = () => fs.writeFile(path.join(t.root, 'Home.md'), edited);
    const before = withoutPraxisFolder(await snapshotFolder(t.root));
    const failure = await failureOf(t.call('notes.rename', { path: OLD, title: 'New plan' }));
    expect(failure.code).toBe('CONFLICT');
    // Every file as it was, the outside edit kept.
    expect(withoutPraxisFolder(await snapshotFolder(t.root))).toEqual(
      new Map([...before, ['Home.md', Buffer.from(edited).toString('base64')]]),
    );
    expect(await t.call('refactor.history', {})).toEqual([]);
  });

  it('keeps the exact title in front matter when the file name cannot hold it', async () => {
    const t = await open({ 'Old.md': '# Old\n\nText.\n', 'Home.md': '[[Old]]\n' });
    const report = await t.call('notes.rename', { path: 'Old.md', title: 'Q: 2025/26?' });
    expect(report).toMatchObject({ to: 'Q - 2025 26.md', sanitized: true, headingUpdated: true });
    // The heading says the title: no front matter needed.
    expect(await readText(t.root, 'Q - 2025 26.md')).toBe('# Q: 2025/26?\n\nText.\n');
    expect(report.note?.title).toBe('Q: 2025/26?');
    expect(await readText(t.root, 'Home.md')).toBe('[[Q - 2025 26]]\n');
    const bare = await t.call('notes.rename', { path: 'Q - 2025 26.md', title: 'A/B' });
    expect(bare.note?.title).toBe('A/B');
  });

  it('updates a front-matter title and leaves a heading that is not the title', async () => {
    const t = await open({
      'a.md': '---\ntitle: Contracts\n---\n# Introduction\n',
      'Home.md': 'See [[Contracts]] and [[a]].\n',
    });
    const report = await t.call('notes.rename', { path: 'a.md', title: 'Framework contracts' });
    expect(report).toMatchObject({ to: 'Framework contracts.md', headingUpdated: false });
    expect(await readText(t.root, 'Framework contracts.md')).toBe(
      '---\ntitle: Framework contracts\n---\n# Introduction\n',
    );
    // The link by the old title would lead nowhere: it is rewritten too.
    expect(await readText(t.root, 'Home.md')).toBe(
      'See [[Framework contracts]] and [[Framework contracts]].\n',
    );
  });

  it('changes only the title when the file name stays (letter case)', async () => {
    const t = await open({ 'Plan.md': '# Plan\n', 'Home.md': '[[Plan]]\n' });
    const report = await t.call('notes.rename', { path: 'Plan.md', title: 'PLAN' });
    expect(report).toMatchObject({ to: 'Plan.md', title: 'PLAN', links: 0 });
    expect(await readText(t.root, 'Plan.md')).toBe('# PLAN\n');
    expect(await readText(t.root, 'Home.md')).toBe('[[Plan]]\n');
  });

  it('refuses a name another note has, and an empty title', async () => {
    const t = await open(VAULT);
    expect(
      (await failureOf(t.call('notes.rename', { path: 'Home.md', title: 'Budget' }))).code,
    ).toBe('EXISTS');
    expect((await failureOf(t.call('notes.rename', { path: 'Home.md', title: '  ' }))).code).toBe(
      'INVALID',
    );
  });

  it('renames a template by its file only', async () => {
    const t = await open({
      'templates/Solution.md': '---\ntitle: "{{title}}"\n---\n# {{title}}\n',
    });
    const report = await t.call('notes.rename', {
      path: 'templates/Solution.md',
      title: 'Lesson learned',
    });
    expect(report).toMatchObject({ to: 'templates/Lesson learned.md', headingUpdated: false });
    expect(await readText(t.root, 'templates/Lesson learned.md')).toBe(
      '---\ntitle: "{{title}}"\n---\n# {{title}}\n',
    );
  });
});
