import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault, snapshotFolder } from '../../../testing/core/tempVault';
import { tempPathFor } from './atomicWrite';
import { removeStrayTempFiles } from './strayTempFiles';

describe('removeStrayTempFiles', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('deletes only Praxis’s own temporary files, only where Praxis writes', async () => {
    const kept = {
      'Note.md': 'note',
      // Look-alikes that are not Praxis's temp names.
      '.Note.md.praxis-abc.tmp': 'too short a random part',
      'Note.md.praxis-0123456789ab.tmp': 'not hidden',
      '.Note.md.praxis-0123456789AB.tmp': 'upper case',
      '.Note.md.praxis-0123456789ab.tmp.bak': 'another suffix',
      // Praxis's names where Praxis never writes.
      '.git/.config.praxis-0123456789ab.tmp': 'git',
      '.obsidian/.app.json.praxis-0123456789ab.tmp': 'obsidian',
      'node_modules/pkg/.index.js.praxis-0123456789ab.tmp': 'package',
    };
    const vault = await makeTempVault(kept);
    cleanup = vault.cleanup;
    const strays = [
      tempPathFor(path.join(vault.root, 'Note.md')),
      tempPathFor(path.join(vault.root, 'deep', 'er', 'Other.md')),
      tempPathFor(path.join(vault.root, '.praxis', 'db.json')),
      tempPathFor(path.join(vault.root, '.praxis', 'transactions', '1-ab.json')),
      tempPathFor(path.join(vault.root, '.praxis', 'trash', '1-ab', 'note.md')),
    ];
    for (const stray of strays) {
      await fs.mkdir(path.dirname(stray), { recursive: true });
      await fs.writeFile(stray, 'the full text of a note');
    }
    // A folder and a link under a temp name, and a temp file behind a folder link: left alone.
    const folderNamedLikeTemp = tempPathFor(path.join(vault.root, 'Folder'));
    await fs.mkdir(folderNamedLikeTemp);
    await fs.mkdir(path.join(vault.root, 'elsewhere'));
    const behindLink = tempPathFor(path.join(vault.root, 'elsewhere', 'x.md'));
    await fs.writeFile(behindLink, 'x');
    await fs.symlink(path.join(vault.root, 'Note.md'), tempPathFor(path.join(vault.root, 'L.md')));
    await fs.symlink(path.join(vault.root, 'elsewhere'), path.join(vault.root, 'linked'));
    await fs.rm(behindLink);
    const linkedStray = tempPathFor(path.join(vault.root, 'linked', 'y.md'));
    await fs.writeFile(linkedStray, 'y');
    const before = await snapshotFolder(vault.root);

    expect(await removeStrayTempFiles(vault.root)).toBe(strays.length + 1);
    const after = await snapshotFolder(vault.root);
    for (const stray of strays) expect(after.has(path.relative(vault.root, stray))).toBe(false);
    // The stray in `elsewhere` is removed through its own folder, never through the link.
    expect(after.has(path.relative(vault.root, linkedStray))).toBe(false);
    for (const [p, bytes] of after) expect(before.get(p), p).toBe(bytes);
    for (const p of Object.keys(kept)) expect(after.has(p), p).toBe(true);
    expect((await fs.stat(folderNamedLikeTemp)).isDirectory()).toBe(true);
  });
});
