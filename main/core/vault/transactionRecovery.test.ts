import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeTempVault,
  readText,
  snapshotFolder,
  withoutPraxisFolder,
  writeFiles,
} from '../../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';
import { contentVersion } from './contentVersion';
import { commitFileOperations, type TransactionIo } from './fileTransaction';
import { recoverTransactions } from './transactionRecovery';

const JOURNALS = '.praxis/transactions';

/** A journal in the format Praxis writes, for the given entries (texts as UTF-8). */
function journal(entries: { path: string; before: string | null; after: string | null }[]) {
  return JSON.stringify({
    format: 'praxis-transaction',
    version: 2,
    entries: entries.map((e) => ({
      path: e.path,
      before: e.before === null ? null : Buffer.from(e.before).toString('base64'),
      after: e.after,
    })),
  });
}

const EVIL = '[core]\n\tfsmonitor = "touch /tmp/pwned"\n';
const GIT_CONFIG = '[core]\n\trepositoryformatversion = 0\n';

/**
 * The vault every planted journal is tried against: a git folder, an Obsidian plugin folder, a
 * node_modules package, a note, and a folder outside the vault next to it.
 */
const VAULT = {
  'Note.md': '# Note\n\nText.\n',
  '.git/config': GIT_CONFIG,
  '.obsidian/plugins/x/manifest.json': '{}',
  'node_modules/pkg/README.md': '# pkg\n',
};

/**
 * Journals someone could plant in a shared vault. Every one of them "restores" a file whose
 * current text is its `after`, so that a recovery trusting it would overwrite that file (or
 * create one that is missing).
 */
const planted: { name: string; text: string }[] = [
  {
    name: 'a hidden path (.git/config)',
    text: journal([{ path: '.git/config', before: EVIL, after: contentVersion(GIT_CONFIG) }]),
  },
  {
    name: 'an Obsidian plugin to create',
    text: journal([{ path: '.obsidian/plugins/x/main.js', before: 'evil()', after: null }]),
  },
  {
    name: 'a note under node_modules',
    text: journal([
      {
        path: 'node_modules/pkg/README.md',
        before: 'evil',
        after: contentVersion('# pkg\n'),
      },
    ]),
  },
  {
    name: 'an absolute path',
    text: journal([{ path: '/tmp/praxis-planted.md', before: 'evil', after: null }]),
  },
  {
    name: 'a path leaving the vault (..)',
    text: journal([{ path: '../outside/planted.md', before: 'evil', after: null }]),
  },
  {
    name: 'a program next to the notes',
    text: journal([{ path: 'run.bat', before: 'calc.exe', after: null }]),
  },
  {
    name: 'a path not in the form Praxis writes (./Note.md)',
    text: journal([
      { path: './Note.md', before: 'evil', after: contentVersion('# Note\n\nText.\n') },
    ]),
  },
  {
    // The note's own entry is valid: a journal is trusted whole or not at all.
    name: 'a valid entry beside a hidden one',
    text: journal([
      { path: 'Note.md', before: 'evil', after: contentVersion('# Note\n\nText.\n') },
      { path: '.git/config', before: EVIL, after: contentVersion(GIT_CONFIG) },
    ]),
  },
  { name: 'null', text: 'null' },
  { name: '{}', text: '{}' },
  { name: '[]', text: '[]' },
  { name: 'a string', text: '"Note.md"' },
  { name: 'not JSON', text: '{"format": "praxis-transaction", "entr' },
  {
    name: 'entries of the wrong types',
    text: JSON.stringify({
      format: 'praxis-transaction',
      version: 2,
      entries: [{ path: 1, before: 'evil', after: true }],
    }),
  },
  {
    name: 'an unknown field',
    text: JSON.stringify({
      format: 'praxis-transaction',
      version: 2,
      entries: [{ path: 'Note.md', before: null, after: null, run: 'x' }],
    }),
  },
  {
    name: 'a legacy journal naming a hidden path',
    text: JSON.stringify([
      { path: '.git/config', original: EVIL, after: contentVersion(GIT_CONFIG) },
    ]),
  },
  {
    name: 'the same path twice',
    text: journal([
      { path: 'Note.md', before: 'evil', after: contentVersion('# Note\n\nText.\n') },
      { path: 'Note.md', before: 'evil', after: contentVersion('# Note\n\nText.\n') },
    ]),
  },
];

describe('recovering planted or damaged journals', () => {
  let cleanup: (() => Promise<void>) | undefined;
  let core: PraxisCore | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
    await cleanup?.();
  });

  /** A vault (with a folder `outside/` beside it) whose journal folder holds `plant`'s files. */
  const vaultWith = async (plant: (journals: string) => Promise<void>) => {
    const temp = await makeTempVault();
    cleanup = temp.cleanup;
    const root = path.join(temp.root, 'vault');
    await writeFiles(root, VAULT);
    await fs.mkdir(path.join(temp.root, 'outside'));
    const journals = path.join(root, ...JOURNALS.split('/'));
    await fs.mkdir(journals, { recursive: true });
    await plant(journals);
    return { root, outside: path.join(temp.root, 'outside'), journals };
  };

  // All in one vault, opened once: each is set aside on its own, with its own notice.
  it('opens the vault, changes nothing and says so for journals that are planted or damaged', async () => {
    const names = planted.map((_, i) => `${100 + i}-planted.json`);
    const vault = await vaultWith(async (journals) => {
      for (const [i, { text }] of planted.entries())
        await fs.writeFile(path.join(journals, names[i]!), text);
    });
    const before = withoutPraxisFolder(await snapshotFolder(vault.root));
    core = await openPraxisCore({ vaultPath: vault.root, seed: false, watch: false });

    // Every file outside .praxis/ is byte for byte as it was, no file appeared, none outside.
    expect(withoutPraxisFolder(await snapshotFolder(vault.root))).toEqual(before);
    expect(await readText(vault.root, '.git/config')).toBe(GIT_CONFIG);
    expect(await fs.readdir(vault.outside)).toEqual([]);
    await expect(fs.stat('/tmp/praxis-planted.md')).rejects.toThrow();
    // Each journal is kept aside, never read again, and the user is told which file and why.
    const left = await fs.readdir(vault.journals);
    const { notices } = await core.handlers['vault.info']({});
    for (const [i, name] of names.entries()) {
      expect(left, planted[i]!.name).not.toContain(name);
      expect(
        left.some((n) => n.startsWith(`${name}.invalid-`)),
        planted[i]!.name,
      ).toBe(true);
      expect(notices, planted[i]!.name).toContainEqual(
        expect.objectContaining({
          code: 'TRANSACTION_SET_ASIDE',
          message: expect.stringContaining(`.praxis/transactions/${name} `),
        }),
      );
    }
    expect(notices).toHaveLength(planted.length);
    expect((await core.handlers['notes.list']({})).map((n) => n.path)).toEqual(['Note.md']);
  });

  it('does not follow a folder link to a hidden folder or out of the vault', async () => {
    const vault = await vaultWith(async (journals) => {
      const root = path.dirname(path.dirname(journals));
      await fs.mkdir(path.join(root, '.obsidian/snippets'), { recursive: true });
      await fs.symlink(path.join(root, '.obsidian/snippets'), path.join(root, 'styles'));
      await fs.symlink(path.join(path.dirname(root), 'outside'), path.join(root, 'shared'));
      await fs.writeFile(
        path.join(journals, '100-hidden.json'),
        journal([{ path: 'styles/theme.md', before: 'evil', after: null }]),
      );
      await fs.writeFile(
        path.join(journals, '200-outside.json'),
        journal([{ path: 'shared/planted.md', before: 'evil', after: null }]),
      );
    });
    core = await openPraxisCore({ vaultPath: vault.root, seed: false, watch: false });
    expect(await fs.readdir(path.join(vault.root, '.obsidian/snippets'))).toEqual([]);
    expect(await fs.readdir(vault.outside)).toEqual([]);
    const { notices } = await core.handlers['vault.info']({});
    expect(notices.map((n) => n.code)).toEqual(['TRANSACTION_SET_ASIDE', 'TRANSACTION_SET_ASIDE']);
    expect(notices.map((n) => n.message).join(' ')).toMatch(/symbolic link/);
  });

  it('is not stopped by a folder, a link, a FIFO or a huge file named like a journal', async () => {
    const vault = await vaultWith(async (journals) => {
      await fs.mkdir(path.join(journals, '1-folder.json'));
      const elsewhere = path.join(os.tmpdir(), `praxis-journal-${process.pid}.json`);
      await fs.writeFile(elsewhere, journal([{ path: 'Note.md', before: 'evil', after: null }]));
      await fs.symlink(elsewhere, path.join(journals, '2-link.json'));
      await fs.writeFile(path.join(journals, '3-huge.json'), '');
      // Sparse: as large as it claims, without filling the disk.
      await fs.truncate(path.join(journals, '3-huge.json'), 300 * 1024 * 1024);
      if (process.platform !== 'win32') {
        const { execFileSync } = await import('node:child_process');
        execFileSync('mkfifo', [path.join(journals, '4-fifo.json')]);
      }
    });
    core = await openPraxisCore({ vaultPath: vault.root, seed: false, watch: false });
    expect(await readText(vault.root, 'Note.md')).toBe('# Note\n\nText.\n');
    const { notices } = await core.handlers['vault.info']({});
    const expected = process.platform === 'win32' ? 3 : 4;
    expect(notices.filter((n) => n.code === 'TRANSACTION_SET_ASIDE')).toHaveLength(expected);
    expect(notices.map((n) => n.message).join(' ')).toMatch(/not a regular file/);
    expect(notices.map((n) => n.message).join(' ')).toMatch(/larger than any change journal/);
    const left = await fs.readdir(vault.journals);
    expect(left.filter((n) => n.endsWith('.json'))).toEqual([]);
    await fs.rm(path.join(os.tmpdir(), `praxis-journal-${process.pid}.json`), { force: true });
  });

  it('never reads or writes through a .praxis that links elsewhere', async () => {
    const temp = await makeTempVault();
    cleanup = temp.cleanup;
    const root = path.join(temp.root, 'vault');
    const elsewhere = path.join(temp.root, 'elsewhere');
    await writeFiles(root, { 'Note.md': '# Note\n\n#policy\n' });
    await writeFiles(elsewhere, {
      'transactions/1-planted.json': journal([{ path: 'Note.md', before: 'evil', after: null }]),
    });
    await fs.symlink(elsewhere, path.join(root, '.praxis'));
    const before = await snapshotFolder(elsewhere);

    core = await openPraxisCore({ vaultPath: root, seed: false, watch: false });
    await core.handlers['tags.rename']({ from: 'policy', to: 'policies', dryRun: false });
    expect(await readText(root, 'Note.md')).toBe('# Note\n\n#policies\n');
    expect(await snapshotFolder(elsewhere)).toEqual(before);
    expect((await fs.lstat(path.join(root, '.praxis'))).isDirectory()).toBe(true);
    const { notices } = await core.handlers['vault.info']({});
    expect(notices.map((n) => n.code)).toEqual(['PRAXIS_FOLDER_SET_ASIDE']);
  });

  it('is not stopped when the journal folder is a file', async () => {
    const temp = await makeTempVault({ 'Note.md': 'x', '.praxis/transactions': 'not a folder' });
    cleanup = temp.cleanup;
    const recovery = await recoverTransactions(temp.root);
    expect(recovery).toMatchObject({ restored: [], interrupted: 0 });
  });

  it('still rolls back a journal Praxis wrote, and only what it changed', async () => {
    // A real change interrupted after its second rename, as a crash would leave it.
    const vault = await makeTempVault({ 'a.md': 'A old', 'b.md': 'B old', 'c.md': 'C old' });
    cleanup = vault.cleanup;
    let renames = 0;
    const crashing: TransactionIo = {
      rename: async (from, to) => {
        if (++renames === 3) throw Object.assign(new Error('crash'), { code: 'EIO' });
        await fs.rename(from, to);
      },
      // A crash does not roll back: the undo is left to the next open.
      unlink: fs.unlink,
    };
    const ops = ['a', 'b', 'c'].map((n) => ({
      kind: 'write' as const,
      path: `${n}.md`,
      content: `${n.toUpperCase()} new`,
      expectedVersion: contentVersion(`${n.toUpperCase()} old`),
    }));
    // Keep the journal the failing change would delete once it has rolled back by itself.
    const kept = path.join(vault.root, 'kept-journal.json');
    crashing.afterStaging = async () => {
      const [name] = await fs.readdir(path.join(vault.root, JOURNALS));
      await fs.copyFile(path.join(vault.root, JOURNALS, name!), kept);
    };
    await expect(commitFileOperations(vault.root, ops, crashing)).rejects.toMatchObject({
      code: 'IO',
    });
    // The state a crash after two renames leaves: a.md and b.md new, the journal in place.
    await fs.writeFile(path.join(vault.root, 'a.md'), 'A new');
    await fs.writeFile(path.join(vault.root, 'b.md'), 'B new');
    await fs.rename(kept, path.join(vault.root, JOURNALS, '1-real.json'));

    const recovery = await recoverTransactions(vault.root);
    expect(recovery.restored).toEqual(['a.md', 'b.md']);
    expect(recovery.notices.map((n) => n.code)).toEqual(['TRANSACTION_ROLLED_BACK']);
    for (const n of ['a', 'b', 'c'])
      expect(await readText(vault.root, `${n}.md`)).toBe(`${n.toUpperCase()} old`);
    expect(await fs.readdir(path.join(vault.root, JOURNALS))).toEqual([]);
  });
});
