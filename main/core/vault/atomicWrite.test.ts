import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import { writeFileAtomic } from './atomicWrite';

describe('writeFileAtomic', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('replaces the content, keeps the permissions and leaves no temp file', async () => {
    const vault = await makeTempVault({ 'note.md': 'old' });
    cleanup = vault.cleanup;
    const file = path.join(vault.root, 'note.md');
    await fs.chmod(file, 0o640);
    await writeFileAtomic(file, 'new');
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o640);
    expect(await fs.readdir(vault.root)).toEqual(['note.md']);
  });

  it('leaves the old file whole and no temp file when the write fails', async () => {
    const vault = await makeTempVault({ 'note.md': 'old' });
    cleanup = vault.cleanup;
    // Renaming a file over a directory fails after the temp file is written.
    await fs.mkdir(path.join(vault.root, 'dir.md'));
    await expect(writeFileAtomic(path.join(vault.root, 'dir.md'), 'x')).rejects.toThrow();
    expect((await fs.readdir(vault.root)).sort()).toEqual(['dir.md', 'note.md']);
    expect(await fs.readFile(path.join(vault.root, 'note.md'), 'utf8')).toBe('old');
  });
});
