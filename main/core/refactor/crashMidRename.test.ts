import { fork } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedVault } from '../../../testing/core/generatedVault';
import type { ChildStopped } from '../../../testing/core/tagRenameChild';
import {
  makeTempVault,
  snapshotFolder,
  withoutPraxisFolder,
  writeFiles,
} from '../../../testing/core/tempVault';
import { openPraxisCore, type PraxisCore } from '../praxisCore';
import { TEMP_FILE_NAME } from '../vault/atomicWrite';

const NOTES = 800;
const CHILD = fileURLToPath(new URL('../../../testing/core/tagRenameChild.ts', import.meta.url));

/** Every temporary file Praxis's writers leave, anywhere in the folder (hidden ones included). */
async function tempFilesIn(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(path.join(dir, entry.name));
      else if (TEMP_FILE_NAME.test(entry.name)) found.push(path.join(dir, entry.name));
    }
  };
  await walk(root);
  return found;
}

/** The notes of a folder snapshot: no `.praxis/`, no temporary files. */
const notesOnly = (snapshot: Map<string, string>) =>
  new Map(
    [...withoutPraxisFolder(snapshot)].filter(([p]) => !TEMP_FILE_NAME.test(path.basename(p))),
  );

/**
 * Runs `tags.rename contracts → agreements` in a real child process, stopped at `stopAt` (see
 * tagRenameChild.ts), and kills it there with SIGKILL. Resolves how many files it had replaced.
 */
async function renameAndKill(vaultPath: string, stopAt: string): Promise<number> {
  const child = fork(CHILD, [vaultPath, 'contracts', 'agreements', stopAt], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const [message] = (await Promise.race([
      once(child, 'message'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`the child exited (${String(code)}) before reaching "${stopAt}"`);
      }),
    ])) as [ChildStopped | { finished: boolean }];
    if (!('stopped' in message))
      throw new Error(`the child finished the rename instead of stopping at "${stopAt}"`);
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect(signal).toBe('SIGKILL');
    return message.renamed;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

// A real process killed in the middle of a vault-wide change, then the vault opened again: the
// change is undone (every note as it was, byte for byte), no temporary file is left, and the user
// is told. Each case starts a child (tsx) that opens the vault and flushes every rewritten note
// to disk: allow for a loaded machine.
describe('a tag rename killed with SIGKILL', { timeout: 180_000 }, () => {
  let cleanup: (() => Promise<void>) | undefined;
  let core: PraxisCore | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
    await cleanup?.();
  });

  const cases = [
    // Half of the files replaced: the journal must put them back.
    { notes: NOTES, stopAt: (tagged: number) => `renamed:${Math.floor(tagged / 2)}` },
    // Every new text staged, nothing replaced: only temporary files to clean.
    { notes: 300, stopAt: () => 'staged' },
  ];
  for (const { notes, stopAt } of cases) {
    const files = generatedVault(notes);
    const tagged = Object.keys(files).filter((p) => files[p]!.includes('#contracts and'));
    const point = stopAt(tagged.length);
    const replaced = point === 'staged' ? 0 : Number(point.split(':')[1]);

    it(`over ${notes} notes, at "${point}", is undone at the next open`, async () => {
      const temp = await makeTempVault();
      cleanup = temp.cleanup;
      const vaultPath = path.join(temp.root, 'vault');
      await writeFiles(vaultPath, files);
      const before = notesOnly(await snapshotFolder(vaultPath));

      expect(await renameAndKill(vaultPath, point)).toBe(replaced);

      // The kill landed mid-way: exactly the replaced notes hold the new tag, and the new text of
      // every other rewritten note is still staged in a temporary file.
      const killed = notesOnly(await snapshotFolder(vaultPath));
      const changed = [...killed].filter(([p, bytes]) => before.get(p) !== bytes);
      expect(changed).toHaveLength(replaced);
      for (const [p] of changed) expect(tagged).toContain(p);
      // (Only the notes' own: a background write in .praxis — the index, the history — may have
      // been cut by the kill too, and is cleaned up at the next open like the rest.)
      const praxisFolder = path.join(vaultPath, '.praxis') + path.sep;
      const staged = (await tempFilesIn(vaultPath)).filter((f) => !f.startsWith(praxisFolder));
      expect(staged).toHaveLength(tagged.length - replaced);

      core = await openPraxisCore({ vaultPath, seed: false, watch: false });
      // Every note is all old again, byte for byte, and nothing else was left in the vault.
      expect(notesOnly(await snapshotFolder(vaultPath))).toEqual(before);
      expect(await tempFilesIn(vaultPath)).toEqual([]);
      expect(await fs.readdir(path.join(vaultPath, '.praxis', 'transactions'))).toEqual([]);
      const { notices } = await core.handlers['vault.info']({});
      expect(notices.map((n) => n.code)).toEqual(['TRANSACTION_ROLLED_BACK']);
      const names = (await core.handlers['tags.list']({})).map((t) => t.tag);
      expect(names).toContain('contracts');
      expect(names).not.toContain('agreements');
    });
  }
});
