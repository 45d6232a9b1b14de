import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCores } from '../../../testing/core/testCore';
import { readText, snapshotFolder, withoutPraxisFolder } from '../../../testing/core/tempVault';

const VAULT: Record<string, string> = {
  'Home.md':
    '# Home\n\nSee [[Plan A]], [[projects/Budget|the budget]] and [notes](projects/sub/Deep.md).\n',
  'projects/Plan A.md': '# Plan A\n\nCosts in [[Budget]]; details in [[Deep]].\n',
  'projects/Budget.md': '# Budget\n\nFor [[Plan A]].\n',
  'projects/sub/Deep.md': '# Deep\n\nBack to [home](../../Home.md).\n',
  'projects/sub/chart.png': 'not really a png',
  'archive/Old.md': 'Superseded by [[projects/Plan A]].\n',
};

describe('folders', () => {
  const open = openTestCores();

  it('lists every folder, empty ones included, and creates new ones inside the vault only', async () => {
    const t = await open(VAULT);
    expect(await t.call('folders.create', { path: 'ideas/2026' })).toEqual({ path: 'ideas/2026' });
    expect(await t.call('folders.list')).toEqual([
      'archive',
      'ideas',
      'ideas/2026',
      'projects',
      'projects/sub',
    ]);
    await expect(t.call('folders.create', { path: 'ideas' })).rejects.toMatchObject({
      code: 'EXISTS',
    });
    for (const bad of ['../outside', '/etc', 'a/../../b', '.praxis/x', 'con'])
      await expect(t.call('folders.create', { path: bad })).rejects.toMatchObject({
        code: 'INVALID',
      });
    expect(existsSync(path.join(t.root, '..', 'outside'))).toBe(false);
  });

  it('renames a folder with every link to its notes rewritten, and undo puts every byte back', async () => {
    const t = await open(VAULT);
    const before = withoutPraxisFolder(await snapshotFolder(t.root));
    const preview = await t.call('folders.rename', {
      from: 'projects',
      to: 'work/plans',
      dryRun: true,
    });
    expect(preview).toMatchObject({ id: null, notes: 3 });
    expect(withoutPraxisFolder(await snapshotFolder(t.root))).toEqual(before);

    const report = await t.call('folders.rename', { from: 'projects', to: 'work/plans' });
    expect(report).toMatchObject({ from: 'projects', to: 'work/plans', notes: 3 });
    expect(report.id).not.toBeNull();
    expect(existsSync(path.join(t.root, 'projects', 'Plan A.md'))).toBe(false);
    // The attachment stays where it was, and so does the folder holding it.
    expect(existsSync(path.join(t.root, 'projects', 'sub', 'chart.png'))).toBe(true);
    const home = await readText(t.root, 'Home.md');
    // A wiki link by path takes the shortest path that still finds the note.
    expect(home).toContain('[[Budget|the budget]]');
    expect(home).toContain('(work/plans/sub/Deep.md)');
    expect(await readText(t.root, 'archive/Old.md')).toBe('Superseded by [[Plan A]].\n');
    expect(await readText(t.root, 'work/plans/sub/Deep.md')).toContain('(../../../Home.md)');
    const links = await t.call('links.backlinks', { path: 'work/plans/Plan A.md' });
    expect(links.map((l) => l.source).sort()).toEqual([
      'Home.md',
      'archive/Old.md',
      'work/plans/Budget.md',
    ]);

    const history = await t.call('refactor.history');
    expect(history[0]).toMatchObject({ kind: 'folder.rename', subjects: ['projects'] });
    await t.call('refactor.undo', { id: report.id! });
    const after = withoutPraxisFolder(await snapshotFolder(t.root));
    for (const [file, content] of before) expect(after.get(file), file).toBe(content);
    expect([...after.keys()].filter((file) => !before.has(file))).toEqual([]);
  });

  it('renames a folder with its empty sub-folders, which do not vanish', async () => {
    const t = await open(VAULT);
    await t.call('folders.create', { path: 'archive/minutes/2026' });
    await t.call('folders.rename', { from: 'archive', to: 'records' });
    const folders = await t.call('folders.list');
    expect(folders).toEqual(
      expect.arrayContaining(['records', 'records/minutes', 'records/minutes/2026']),
    );
    expect(folders.filter((f) => f.startsWith('archive'))).toEqual([]);
    expect(await readText(t.root, 'records/Old.md')).toContain('Superseded');
  });

  it('refuses to rename a folder onto an existing one or into itself', async () => {
    const t = await open(VAULT);
    await expect(
      t.call('folders.rename', { from: 'projects', to: 'archive' }),
    ).rejects.toMatchObject({ code: 'EXISTS' });
    await expect(
      t.call('folders.rename', { from: 'projects', to: 'projects/sub/x' }),
    ).rejects.toMatchObject({ code: 'INVALID' });
    await expect(t.call('folders.rename', { from: 'nowhere', to: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('deletes a folder by moving each of its notes to the trash, restorable one by one', async () => {
    const t = await open(VAULT);
    await t.call('folders.create', { path: 'archive/empty' });
    expect(await t.call('folders.delete', { path: 'archive' })).toEqual({
      folder: 'archive',
      trashed: 1,
      kept: false,
    });
    expect(existsSync(path.join(t.root, 'archive'))).toBe(false);
    const trash = await t.call('trash.list');
    expect(trash.map((entry) => entry.originalPath)).toEqual(['archive/Old.md']);
    await t.call('trash.restore', { id: trash[0]!.id });
    expect(await readText(t.root, 'archive/Old.md')).toBe(VAULT['archive/Old.md']);

    // A folder that still holds an attachment keeps it.
    expect(await t.call('folders.delete', { path: 'projects' })).toMatchObject({
      trashed: 3,
      kept: true,
    });
    expect(existsSync(path.join(t.root, 'projects', 'sub', 'chart.png'))).toBe(true);
    expect((await t.call('notes.list')).map((n) => n.path).sort()).toEqual([
      'Home.md',
      'archive/Old.md',
    ]);
  });
});
