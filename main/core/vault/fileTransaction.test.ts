import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeTempVault,
  readText,
  snapshotFolder,
  withoutPraxisFolder,
} from '../../../testing/core/tempVault';
import { contentVersion } from './contentVersion';
import { commitFileOperations, type FileOperation, type TransactionIo } from './fileTransaction';
import { recoverTransactions } from './transactionRecovery';

const failingOnRename = (n: number): TransactionIo => {
  let calls = 0;
  return {
    rename: async (from, to) => {
      if (++calls === n) throw Object.assign(new Error('injected failure'), { code: 'EIO' });
      await fs.rename(from, to);
    },
    unlink: fs.unlink,
  };
};

/** A vault of `count` notes tagged #old-tag, and the change that retags them all #new-tag. */
async function taggedVault(count: number) {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`notes/n${i}.md`] = `note ${i} #old-tag\n`;
  const vault = await makeTempVault(files);
  const ops: FileOperation[] = Object.entries(files).map(([p, content]) => ({
    kind: 'write',
    path: p,
    content: content.replace('#old-tag', '#new-tag'),
    expectedVersion: contentVersion(content),
  }));
  return { vault, files, ops };
}

describe('commitFileOperations', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const vaultOf = async (count: number) => {
    const tagged = await taggedVault(count);
    cleanup = tagged.vault.cleanup;
    return tagged;
  };

  it('writes every file', async () => {
    const { vault, ops } = await vaultOf(5);
    const versions = await commitFileOperations(vault.root, [
      ...ops,
      { kind: 'write', path: 'new/created.md', content: 'hello', expectedVersion: null },
    ]);
    expect(await readText(vault.root, 'notes/n3.md')).toBe('note 3 #new-tag\n');
    expect(await readText(vault.root, 'new/created.md')).toBe('hello');
    expect(versions.get('new/created.md')).toBe(contentVersion('hello'));
    expect(await fs.readdir(path.join(vault.root, '.praxis', 'transactions'))).toEqual([]);
  });

  it(
    'leaves every file as it was when a write fails part-way through 1,000 files',
    { timeout: 30_000 },
    async () => {
      const { vault, ops } = await vaultOf(1000);
      const before = await snapshotFolder(vault.root);
      await expect(
        commitFileOperations(vault.root, ops, failingOnRename(600)),
      ).rejects.toMatchObject({
        code: 'IO',
        message: expect.stringMatching(/Nothing was changed/),
      });
      const after = await snapshotFolder(vault.root);
      // The transactions folder may exist (empty); every note is byte-identical and no temp file is left.
      expect([...after].filter(([p]) => !p.startsWith('.praxis'))).toEqual([...before]);
    },
  );

  it('refuses the whole change when one file changed since it was planned', async () => {
    const { vault, ops } = await vaultOf(3);
    await fs.writeFile(path.join(vault.root, 'notes/n1.md'), 'edited elsewhere\n');
    await expect(commitFileOperations(vault.root, ops)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await readText(vault.root, 'notes/n0.md')).toBe('note 0 #old-tag\n');
    expect(await readText(vault.root, 'notes/n1.md')).toBe('edited elsewhere\n');
  });

  it('refuses to create over an existing file', async () => {
    const { vault } = await vaultOf(1);
    await expect(
      commitFileOperations(vault.root, [
        { kind: 'write', path: 'notes/n0.md', content: 'x', expectedVersion: null },
      ]),
    ).rejects.toMatchObject({ code: 'EXISTS' });
  });

  it('removes files as part of the change and puts them back on failure', async () => {
    const { vault, ops, files } = await vaultOf(3);
    const remove: FileOperation = {
      kind: 'remove',
      path: 'notes/n0.md',
      expectedVersion: contentVersion(files['notes/n0.md']!),
    };
    await expect(
      commitFileOperations(vault.root, [remove, ...ops.slice(1)], failingOnRename(2)),
    ).rejects.toMatchObject({ code: 'IO' });
    expect(await readText(vault.root, 'notes/n0.md')).toBe('note 0 #old-tag\n');
    expect(await readText(vault.root, 'notes/n1.md')).toBe('note 1 #old-tag\n');
  });
});

describe('commitFileOperations racing another program', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const NOTES = 60;
  const setUp = async () => {
    const { vault, ops } = await taggedVault(NOTES);
    cleanup = vault.cleanup;
    return { vault, ops, before: await snapshotFolder(vault.root) };
  };
  const write = (root: string, rel: string, text: string) =>
    fs.writeFile(path.join(root, ...rel.split('/')), text);
  /** The folder with `rel` as another program left it, and nothing else changed. */
  const withEdit = (before: Map<string, string>, rel: string, text: string) =>
    new Map([...before].map(([p, b]) => [p, p === rel ? Buffer.from(text).toString('base64') : b]));

  it('keeps an edit made after the change was staged: CONFLICT with both texts, nothing else changed', async () => {
    const { vault, ops, before } = await setUp();
    const theirs = 'note 40, edited by a sync client while the change was staged\n';
    const io: TransactionIo = {
      rename: fs.rename,
      unlink: fs.unlink,
      afterStaging: () => write(vault.root, 'notes/n40.md', theirs),
    };
    await expect(commitFileOperations(vault.root, ops, io)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /"notes\/n40\.md" was changed by another program.*Nothing was changed/,
      ),
      data: { path: 'notes/n40.md', mine: 'note 40 #new-tag\n', theirs },
    });
    expect(withoutPraxisFolder(await snapshotFolder(vault.root))).toEqual(
      withoutPraxisFolder(withEdit(before, 'notes/n40.md', theirs)),
    );
    expect(await fs.readdir(path.join(vault.root, '.praxis/transactions'))).toEqual([]);
  });

  it('keeps an edit made while files are being replaced, to a file not replaced yet', async () => {
    const { vault, ops, before } = await setUp();
    const theirs = 'note 50, saved by another editor mid-change\n';
    let renames = 0;
    const io: TransactionIo = {
      rename: async (from, to) => {
        await fs.rename(from, to);
        if (++renames === 30) await write(vault.root, 'notes/n50.md', theirs);
      },
      unlink: fs.unlink,
    };
    await expect(commitFileOperations(vault.root, ops, io)).rejects.toMatchObject({
      code: 'CONFLICT',
      data: { path: 'notes/n50.md', mine: 'note 50 #new-tag\n', theirs },
    });
    expect(withoutPraxisFolder(await snapshotFolder(vault.root))).toEqual(
      withoutPraxisFolder(withEdit(before, 'notes/n50.md', theirs)),
    );
  });

  it('never undoes an edit made to a file it had already replaced when it rolls back', async () => {
    const { vault, ops, before } = await setUp();
    const theirs = 'note 3, edited right after Praxis replaced it\n';
    let renames = 0;
    const io: TransactionIo = {
      rename: async (from, to) => {
        if (++renames === 20) throw Object.assign(new Error('injected failure'), { code: 'EIO' });
        await fs.rename(from, to);
        if (renames === 10) await write(vault.root, 'notes/n3.md', theirs);
      },
      unlink: fs.unlink,
    };
    await expect(commitFileOperations(vault.root, ops, io)).rejects.toMatchObject({ code: 'IO' });
    expect(withoutPraxisFolder(await snapshotFolder(vault.root))).toEqual(
      withoutPraxisFolder(withEdit(before, 'notes/n3.md', theirs)),
    );
  });

  it('has its journal complete on disk before it replaces the first file', async () => {
    const { vault, ops } = await setUp();
    let journal: unknown;
    const io: TransactionIo = {
      rename: async (from, to) => {
        if (journal === undefined) {
          const dir = path.join(vault.root, '.praxis/transactions');
          const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json'));
          expect(names).toHaveLength(1);
          journal = JSON.parse(await fs.readFile(path.join(dir, names[0]!), 'utf8'));
        }
        await fs.rename(from, to);
      },
      unlink: fs.unlink,
    };
    await commitFileOperations(vault.root, ops, io);
    expect(journal).toMatchObject({ format: 'praxis-transaction', version: 2 });
    expect((journal as { entries: unknown[] }).entries).toHaveLength(NOTES);
  });
});

describe('commitFileOperations refuses what Praxis never writes', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('refuses hidden folders, node_modules, programs and paths through links, changing nothing', async () => {
    const vault = await makeTempVault({ 'a.md': 'a', '.obsidian/app.json': '{}' });
    cleanup = vault.cleanup;
    await fs.symlink(path.join(vault.root, '.obsidian'), path.join(vault.root, 'linked'));
    const before = await snapshotFolder(vault.root);
    for (const target of [
      '.git/config',
      '.obsidian/plugins/x/main.js',
      'node_modules/x/note.md',
      'run.bat',
      'tools/script.js',
      'page.html',
      'linked/note.md',
      '../outside.md',
    ]) {
      const ops: FileOperation[] = [
        { kind: 'write', path: 'a.md', content: 'changed', expectedVersion: contentVersion('a') },
        { kind: 'write', path: target, content: 'x', expectedVersion: null },
      ];
      await expect(commitFileOperations(vault.root, ops), target).rejects.toMatchObject({
        code: 'INVALID',
      });
    }
    expect(await snapshotFolder(vault.root)).toEqual(before);
  });

  it('writes attachments and db.json, which Praxis does write', async () => {
    const vault = await makeTempVault({});
    cleanup = vault.cleanup;
    await commitFileOperations(vault.root, [
      {
        kind: 'write',
        path: 'attachments/chart.png',
        content: new Uint8Array([1, 2]),
        expectedVersion: null,
      },
      { kind: 'write', path: '.praxis/db.json', content: '{}', expectedVersion: null },
    ]);
    expect([...(await fs.readFile(path.join(vault.root, 'attachments/chart.png')))]).toEqual([
      1, 2,
    ]);
  });
});

describe('recoverTransactions', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('rolls back a transaction a crash interrupted, leaving files edited since alone', async () => {
    const vault = await makeTempVault({
      'a.md': 'A new',
      'b.md': 'B old',
      'c.md': 'C edited by the user after the crash',
      'd.md': 'D new',
    });
    cleanup = vault.cleanup;
    const journal = [
      { path: 'a.md', original: 'A old', after: contentVersion('A new') },
      { path: 'b.md', original: 'B old', after: contentVersion('B new') },
      { path: 'c.md', original: 'C old', after: contentVersion('C new') },
      { path: 'd.md', original: null, after: contentVersion('D new') },
      { path: 'e.md', original: 'E removed', after: null },
    ];
    await fs.mkdir(path.join(vault.root, '.praxis/transactions'), { recursive: true });
    await fs.writeFile(
      path.join(vault.root, '.praxis/transactions/1-ab.json'),
      JSON.stringify(journal),
    );

    expect((await recoverTransactions(vault.root)).restored.sort()).toEqual([
      'a.md',
      'd.md',
      'e.md',
    ]);
    expect(await readText(vault.root, 'a.md')).toBe('A old');
    expect(await readText(vault.root, 'b.md')).toBe('B old');
    expect(await readText(vault.root, 'c.md')).toBe('C edited by the user after the crash');
    await expect(readText(vault.root, 'd.md')).rejects.toThrow();
    expect(await readText(vault.root, 'e.md')).toBe('E removed');
    expect(await fs.readdir(path.join(vault.root, '.praxis/transactions'))).toEqual([]);
  });
});
