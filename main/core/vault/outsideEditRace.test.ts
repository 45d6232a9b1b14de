import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileConflict, SaveConflict } from '../../../shared/api/noteSchemas';
import { generatedVault } from '../../../testing/core/generatedVault';
import { readText, snapshotFolder, withoutPraxisFolder } from '../../../testing/core/tempVault';
import { failureOf, openTestCores } from '../../../testing/core/testCore';
import type { TransactionIo } from './fileTransaction';

/**
 * Another program (a sync client, another editor) writes a note in the moment between Praxis
 * staging its new texts and replacing the files. Simulated at that exact moment through the
 * transaction's `afterStaging` hook, armed for the next change only.
 */
function racingIo() {
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
  return { io, race };
}

const notesOf = async (root: string) => withoutPraxisFolder(await snapshotFolder(root));

describe('an outside edit racing a change', { timeout: 60_000 }, () => {
  const open = openTestCores();

  it('during a vault-wide tag rename is kept: CONFLICT with both texts, every other note unchanged', async () => {
    const { io, race } = racingIo();
    const t = await open(generatedVault(200), { transactionIo: io });
    const before = await notesOf(t.root);
    const raced = 'area-7/Note 187.md';
    const theirs = (await readText(t.root, raced)) + '\nAdded by a sync client. #contracts\n';
    race.write = () => fs.writeFile(path.join(t.root, ...raced.split('/')), theirs);

    const error = await failureOf(t.call('tags.rename', { from: 'contracts', to: 'agreements' }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`"${raced}"`),
    });
    const data = error.data as FileConflict;
    expect(data.path).toBe(raced);
    expect(data.theirs).toBe(theirs);
    expect(data.mine).toContain('#agreements');
    // Nothing lost, nothing half-done: their text is on disk, every other note as it was.
    const after = await notesOf(t.root);
    expect(await readText(t.root, raced)).toBe(theirs);
    after.delete(raced);
    before.delete(raced);
    expect(after).toEqual(before);
    expect(await t.call('refactor.history')).toEqual([]);

    // Trying again takes their edit in.
    const report = await t.call('tags.rename', { from: 'contracts', to: 'agreements' });
    expect(report.files.map((f) => f.path)).toContain(raced);
    expect(await readText(t.root, raced)).toContain('Added by a sync client. #agreements');
  });

  it('during notes.save is kept: CONFLICT with both texts, their text on disk', async () => {
    const { io, race } = racingIo();
    const t = await open({ 'Plan.md': '# Plan\n\nFirst text.\n' }, { transactionIo: io });
    const note = await t.call('notes.read', { path: 'Plan.md' });
    const theirs = '# Plan\n\nWritten by another editor a moment before the save.\n';
    race.write = () => fs.writeFile(path.join(t.root, 'Plan.md'), theirs);

    const error = await failureOf(
      t.call('notes.save', {
        path: 'Plan.md',
        baseVersion: note.version,
        body: '# Plan\n\nMine.\n',
      }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT' });
    const data = error.data as SaveConflict;
    expect(data.mine).toBe('# Plan\n\nMine.\n');
    expect(data.theirs?.body).toBe(theirs);
    expect(await readText(t.root, 'Plan.md')).toBe(theirs);
    expect(await fs.readdir(t.root)).toEqual(['.praxis', 'Plan.md']);
  });
});
