import path from 'node:path';
import os from 'node:os';
import { fork } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../../../testing/core/testCore';
import { makeTempVault, snapshotFolder } from '../../../testing/core/tempVault';
import { openPraxisCore } from '../praxisCore';

const CHILD = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'testing',
  'core',
  'packImportChild.ts',
);

describe('an import killed part-way', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-crash-'));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it(
    'leaves the vault exactly as it was, and the next start cleans up',
    { timeout: 180_000 },
    async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 1000; i++)
        files[`topic ${i % 10}/Note ${i}.md`] =
          `---\ndomains: [procurement]\n---\n# Note ${i}\n\nSee [[Note ${(i + 1) % 1000}]].\n`;
      const source = await openTestCore(files, { profilePath: path.join(dir, 'profile') });
      const pack = path.join(dir, 'thousand.praxispack');
      await source.call('packs.export', {
        title: 'Thousand notes',
        selection: { all: true },
        sign: false,
        out: pack,
      });
      await source.close();

      const target = await makeTempVault({
        'Existing.md': '---\nid: local-1\n---\n# Existing\n\nOur own note.\n',
        'topic 3/Note 3.md': '# Ours, at a path the pack also uses\n',
      });
      try {
        const prepared = await openPraxisCore({
          vaultPath: target.root,
          seed: false,
          watch: false,
        });
        await prepared.close();
        const before = await snapshotFolder(target.root);

        const child = fork(CHILD, [target.root, pack, '500'], {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        const messages: string[] = [];
        const exited = new Promise<NodeJS.Signals | null>((resolve) =>
          child.on('exit', (_code, signal) => resolve(signal)),
        );
        await new Promise<void>((resolve, reject) => {
          child.on('message', (message) => {
            messages.push(String(message));
            if (message === 'paused') resolve();
            if (message === 'applied') reject(new Error('the import finished before the kill'));
          });
          child.on('exit', () =>
            reject(new Error(`the child ended early: ${messages.join(', ')}`)),
          );
        });
        // Half-way through the renames: some notes of the pack are in place, the rest are not.
        const during = await snapshotFolder(target.root);
        expect(
          [...during.keys()].filter((p) => !p.startsWith('.') && !before.has(p)).length,
        ).toBeGreaterThan(100);
        child.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');
        expect(messages).toEqual(['planned 1000', 'paused']);

        const reopened = await openPraxisCore({
          vaultPath: target.root,
          seed: false,
          watch: false,
        });
        const info = reopened.services.notices.map((n) => n.code);
        await reopened.close();
        expect(info).toContain('TRANSACTION_ROLLED_BACK');
        const after = await snapshotFolder(target.root);
        expect(after).toEqual(before);
      } finally {
        await target.cleanup();
      }
    },
  );
});
