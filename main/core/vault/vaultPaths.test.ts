import path from 'node:path';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import { makeTempVault } from '../../../testing/core/tempVault';
import {
  assertNoteName,
  fileNameProblem,
  isIgnoredPath,
  parseFolder,
  parseNotePath,
  parseVaultPath,
  resolveInsideVault,
} from './vaultPaths';

const invalid = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('INVALID');
    return (error as ApiError).message;
  }
  throw new Error('expected INVALID');
};

describe('vault paths', () => {
  it('accepts relative paths and normalises separators', () => {
    expect(parseVaultPath('a/b/c.md')).toBe('a/b/c.md');
    expect(parseVaultPath('a\\b\\c.md')).toBe('a/b/c.md');
    expect(parseVaultPath('a//b/')).toBe('a/b');
    expect(parseNotePath('Gestión de contratos.md')).toBe('Gestión de contratos.md');
  });

  it('refuses paths that leave the vault or hide in dot folders, with a clear message', () => {
    expect(invalid(() => parseVaultPath('../secret.md'))).toMatch(/outside the vault/);
    expect(invalid(() => parseVaultPath('a/../../b.md'))).toMatch(/outside the vault/);
    expect(invalid(() => parseVaultPath('/etc/passwd'))).toMatch(/relative to the vault/);
    expect(invalid(() => parseVaultPath('C:\\Windows\\x.md'))).toMatch(/relative to the vault/);
    expect(invalid(() => parseVaultPath('.praxis/db.json'))).toMatch(/dot/);
    expect(invalid(() => parseVaultPath(''))).toMatch(/empty/);
    expect(invalid(() => parseNotePath('picture.png'))).toMatch(/not a markdown note/);
    expect(invalid(() => parseFolder('..'))).toMatch(/outside/);
    expect(parseFolder('')).toBe('');
    expect(parseFolder('/')).toBe('');
  });

  it('refuses note names with separators, dots or characters file systems reject', () => {
    for (const name of [
      'a/b',
      'a\\b',
      '..',
      '.',
      '.hidden',
      'what?',
      'x:y',
      'CON',
      'trailing.',
      ' lead',
    ]) {
      expect(() => assertNoteName(name), name).toThrow(ApiError);
    }
    expect(fileNameProblem('Plan 2026 – procurement (draft)')).toBeNull();
    expect(fileNameProblem('a'.repeat(256))).toMatch(/too long/);
  });

  it('ignores hidden folders and node_modules', () => {
    expect(isIgnoredPath('.praxis/db.json')).toBe(true);
    expect(isIgnoredPath('notes/.obsidian/x.md')).toBe(true);
    expect(isIgnoredPath('node_modules/x.md')).toBe(true);
    expect(isIgnoredPath('notes/x.md')).toBe(false);
  });
});

describe('resolveInsideVault', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('refuses a symlink that leads outside the vault', async () => {
    const vault = await makeTempVault({ 'inside.md': 'x' });
    cleanup = vault.cleanup;
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-outside-'));
    await fs.writeFile(path.join(outside, 'secret.md'), 'secret');
    await fs.symlink(outside, path.join(vault.root, 'escape'));
    await expect(resolveInsideVault(vault.root, 'escape/secret.md')).rejects.toThrow(
      /outside the vault/,
    );
    await expect(resolveInsideVault(vault.root, 'escape/new.md')).rejects.toThrow(
      /outside the vault/,
    );
    await expect(resolveInsideVault(vault.root, 'inside.md')).resolves.toBe(
      path.join(vault.root, 'inside.md'),
    );
    await expect(resolveInsideVault(vault.root, 'new/deeper/note.md')).resolves.toBe(
      path.join(vault.root, 'new', 'deeper', 'note.md'),
    );
    await fs.rm(outside, { recursive: true });
  });
});
