import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault, readText, snapshotFolder } from '../../testing/tempVault';
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

describe('commitFileOperations', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const vaultOf = async (count: number) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`notes/n${i}.md`] = `note ${i} #old-tag\n`;
    const vault = await makeTempVault(files);
    cleanup = vault.cleanup;
    const ops: FileOperation[] = Object.entries(files).map(([p, content]) => ({
      kind: 'write',
      path: p,
      content: content.replace('#old-tag', '#new-tag'),
      expectedVersion: contentVersion(content),
    }));
    return { vault, files, ops };
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

    expect((await recoverTransactions(vault.root)).restored.sort()).toEqual(['a.md', 'd.md', 'e.md']);
    expect(await readText(vault.root, 'a.md')).toBe('A old');
    expect(await readText(vault.root, 'b.md')).toBe('B old');
    expect(await readText(vault.root, 'c.md')).toBe('C edited by the user after the crash');
    await expect(readText(vault.root, 'd.md')).rejects.toThrow();
    expect(await readText(vault.root, 'e.md')).toBe('E removed');
    expect(await fs.readdir(path.join(vault.root, '.praxis/transactions'))).toEqual([]);
  });
});
