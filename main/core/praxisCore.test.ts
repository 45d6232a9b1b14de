import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/events';
import { makeTempVault, readText, snapshotFolder, writeFiles } from '../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from './praxisCore';

/** Calls the core the way both transports do, through the dispatcher. */
async function call(core: PraxisCore, method: string, args: unknown = {}) {
  const response = await core.dispatch(method, args);
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.value as never;
}

describe('the core, through the API dispatcher', () => {
  const opened: { core?: PraxisCore; cleanup: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const { core, cleanup } of opened.splice(0)) {
      await core?.close();
      await cleanup();
    }
  });

  const open = async (files: Record<string, string> | null, options: { watch?: boolean } = {}) => {
    const temp = await makeTempVault();
    const vaultPath = path.join(temp.root, 'vault');
    if (files) await writeFiles(vaultPath, files);
    const entry: (typeof opened)[number] = { cleanup: temp.cleanup };
    opened.push(entry);
    entry.core = await openPraxisCore({
      vaultPath,
      watch: options.watch ?? false,
      validateResults: true,
    });
    return { core: entry.core, root: entry.core.vaultPath, temp: temp.root };
  };

  it('creates a missing vault folder with the sample vault, whose links all resolve', async () => {
    const { core } = await open(null);
    const info = await call(core, 'vault.info');
    expect(info).toMatchObject({ name: 'vault', notices: [] });
    const notes: { path: string; type: string; domains: string[] }[] = await call(
      core,
      'notes.list',
    );
    expect(notes.map((n) => n.path)).toContain('Welcome to Praxis.md');
    expect(new Set(notes.map((n) => n.type))).toEqual(
      new Set(['note', 'practice', 'solution', 'meeting', 'question', 'journal']),
    );
    expect(new Set(notes.flatMap((n) => n.domains)).size).toBeGreaterThanOrEqual(3);
    const unresolved: { target: string }[] = await call(core, 'links.unresolved');
    // The tour's deliberate example of a link to a note still to write.
    expect(unresolved.map((u) => u.target)).toEqual(['Supplier day checklist']);
    const backlinks: { source: string; paragraph: string }[] = await call(core, 'links.backlinks', {
      path: 'HR and talent/Onboarding new analysts.md',
    });
    expect(backlinks.map((b) => b.source).sort()).toEqual([
      'Digital services/Service design sprint.md',
      'Welcome to Praxis.md',
    ]);
    expect(backlinks.find((b) => b.source === 'Welcome to Praxis.md')!.paragraph).toMatch(
      /Backlinks/,
    );
  });

  it('opens an existing folder of markdown as it is, without the sample', async () => {
    const { core, root } = await open({ 'Only note.md': '# Only\n' });
    const before = await snapshotFolder(root);
    expect(((await call(core, 'notes.list')) as unknown[]).length).toBe(1);
    const after = await snapshotFolder(root);
    expect([...after].filter(([p]) => !p.startsWith('.praxis'))).toEqual(
      [...before].filter(([p]) => !p.startsWith('.praxis')),
    );
  });

  it('refuses a vault path that is a file, changing nothing', async () => {
    const temp = await makeTempVault({ 'file.md': 'x' });
    opened.push({ cleanup: temp.cleanup });
    await expect(
      openPraxisCore({ vaultPath: path.join(temp.root, 'file.md') }),
    ).rejects.toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/is a file, not a folder/),
    });
    expect(await fs.readdir(temp.root)).toEqual(['file.md']);
  });

  it('says so when db.json was corrupt and has been rebuilt', async () => {
    const { core } = await open({ '.praxis/db.json': '{ this is not json', 'a.md': 'a' });
    const info: { notices: { code: string; message: string }[] } = await call(core, 'vault.info');
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]).toMatchObject({ code: 'DB_RECOVERED' });
    expect(info.notices[0]!.message).toMatch(/could not be read|not valid JSON/);
  });

  it('validates arguments and names unknown methods', async () => {
    const { core } = await open({ 'a.md': 'a' });
    expect(await core.dispatch('notes.read', { path: 7 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID', message: expect.stringMatching(/path/) },
    });
    expect(await core.dispatch('notes.read', { path: '../../etc/passwd.md' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    expect(await core.dispatch('notes.create', { name: 'a/b' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    expect(await core.dispatch('vault.destroy', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.dispatch('notes.read', { path: 'missing.md' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  const linkingVault = {
    'procurement/Old name.md': '---\ntitle: Old name\n---\n# Old name\n\n## Scope\n',
    'a.md': [
      'Plain [[Old name]] and aliased [[Old name|the framework]].',
      '',
      'With folder and heading: [[procurement/Old name#Scope]], embed ![[Old name]].',
      '',
      '| table | cell |',
      '|---|---|',
      '| x | [[Old name\\|in a table]] |',
      '',
      '`[[Old name]]` in code stays.',
      '',
      '```',
      '[[Old name]]',
      '```',
      '',
    ].join('\n'),
    'b.md': '---\ntags: [x]\n---\nSee [[old name#^block1]].\n',
    'c.md': 'Unrelated [[Other]].\n',
  };

  it('previews and performs a rename that rewrites every link form, atomically', async () => {
    const { core, root } = await open(linkingVault);
    const preview: { rewritten: { path: string; links: number }[] } = await call(
      core,
      'notes.movePreview',
      {
        from: 'procurement/Old name.md',
        to: 'procurement/Framework agreements.md',
      },
    );
    expect(preview.rewritten).toEqual([
      { path: 'a.md', links: 5 },
      { path: 'b.md', links: 1 },
    ]);
    expect(await readText(root, 'a.md')).toBe(linkingVault['a.md']);

    const result: { note: { path: string; title: string }; rewritten: unknown[] } = await call(
      core,
      'notes.move',
      {
        from: 'procurement/Old name.md',
        to: 'procurement/Framework agreements.md',
      },
    );
    expect(result.note).toMatchObject({
      path: 'procurement/Framework agreements.md',
      title: 'Framework agreements',
    });
    expect(result.rewritten).toEqual(preview.rewritten);
    expect(await readText(root, 'a.md')).toBe(
      linkingVault['a.md']
        .replace('Plain [[Old name]]', 'Plain [[Framework agreements]]')
        .replace('[[Old name|the framework]]', '[[Framework agreements|the framework]]')
        .replace('[[procurement/Old name#Scope]]', '[[Framework agreements#Scope]]')
        .replace('![[Old name]]', '![[Framework agreements]]')
        .replace('[[Old name\\|in a table]]', '[[Framework agreements\\|in a table]]'),
    );
    expect(await readText(root, 'b.md')).toBe(
      '---\ntags: [x]\n---\nSee [[Framework agreements#^block1]].\n',
    );
    expect(await readText(root, 'c.md')).toBe(linkingVault['c.md']);
    await expect(fs.access(path.join(root, 'procurement/Old name.md'))).rejects.toThrow();
    // Its front-matter title followed the new name; the rest of the note is as it was.
    expect(await readText(root, 'procurement/Framework agreements.md')).toBe(
      '---\ntitle: Framework agreements\n---\n# Old name\n\n## Scope\n',
    );
    const backlinks: { source: string }[] = await call(core, 'links.backlinks', {
      path: 'procurement/Framework agreements.md',
    });
    expect(new Set(backlinks.map((b) => b.source))).toEqual(new Set(['a.md', 'b.md']));
  });

  it('refuses moves onto an existing note, outside the vault, or to unlinkable names', async () => {
    const { core, root } = await open(linkingVault);
    const before = await snapshotFolder(root);
    for (const [to, code] of [
      ['a.md', 'EXISTS'],
      ['../outside.md', 'INVALID'],
      ['procurement/bad#name.md', 'INVALID'],
      ['procurement/x.txt', 'INVALID'],
    ] as const) {
      expect(
        await core.dispatch('notes.move', { from: 'procurement/Old name.md', to }),
      ).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    expect(await snapshotFolder(root)).toEqual(before);
  });

  it('never creates or moves a note where the scanner would not find it after a restart', async () => {
    const { core, root } = await open({ 'a.md': '# A\n' });
    for (const args of [
      { folder: 'node_modules/pkg', name: 'Hidden' },
      { folder: 'Node_Modules', name: 'Hidden' },
      { folder: '.obsidian', name: 'Hidden' },
      { folder: 'notes/.drafts', name: 'Hidden' },
    ])
      expect(await core.dispatch('notes.create', args), args.folder).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
    for (const to of ['node_modules/a.md', 'x/node_modules/a.md', '.trash/a.md'])
      expect(await core.dispatch('notes.move', { from: 'a.md', to }), to).toMatchObject({
        ok: false,
        error: { code: 'INVALID' },
      });
    await call(core, 'notes.create', { folder: 'deep/er', name: 'Kept' });
    await core.close();
    // Reopened: exactly the notes the API made are there.
    const reopened = await openPraxisCore({ vaultPath: root, seed: false, watch: false });
    opened.push({ core: reopened, cleanup: async () => undefined });
    expect(((await call(reopened, 'notes.list')) as { path: string }[]).map((n) => n.path)).toEqual(
      ['a.md', 'deep/er/Kept.md'],
    );
  });

  it('deletes to the trash and restores, with links following', async () => {
    const { core } = await open(linkingVault);
    const entry: { id: string } = await call(core, 'notes.delete', {
      path: 'procurement/Old name.md',
    });
    const unresolved: { file: string; target: string }[] = await call(core, 'links.unresolved');
    expect(unresolved.filter((u) => u.file === 'b.md')).toHaveLength(1);
    expect(((await call(core, 'trash.list')) as unknown[]).length).toBe(1);
    await call(core, 'trash.restore', { id: entry.id });
    expect(
      ((await call(core, 'links.unresolved')) as { file: string }[]).filter(
        (u) => u.file === 'b.md',
      ),
    ).toEqual([]);
  });

  it('turns outside edits into events', { timeout: 20_000 }, async () => {
    const { core, root } = await open({ 'a.md': 'a' }, { watch: true });
    const events: ApiEvent[] = [];
    core.subscribe((e) => events.push(e));
    await fs.writeFile(path.join(root, 'new.md'), '# New\n');
    await fs.writeFile(path.join(root, 'a.md'), 'changed');
    await expect
      .poll(
        () =>
          events
            .map((e) =>
              e.type === 'notes.changed'
                ? `${e.payload.kind} ${e.payload.path} ${e.payload.origin} ${e.payload.summary?.title}`
                : e.type,
            )
            .sort(),
        { timeout: 5000 },
      )
      .toEqual(['added new.md external New', 'changed a.md external a']);
    await fs.rm(path.join(root, 'new.md'));
    await expect
      .poll(() => events.some((e) => e.type === 'notes.changed' && e.payload.kind === 'removed'), {
        timeout: 5000,
      })
      .toBe(true);
    expect(((await call(core, 'notes.list')) as { path: string }[]).map((n) => n.path)).toEqual([
      'a.md',
    ]);
  });
});
