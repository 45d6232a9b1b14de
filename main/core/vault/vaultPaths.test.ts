import path from 'node:path';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import { makeTempVault } from '../../../testing/core/tempVault';
import { scanVaultFiles } from './vaultScanner';
import {
  assertNoteName,
  fileNameProblem,
  isIgnoredPath,
  parseFolder,
  parseNewNotePath,
  parseNotePath,
  parseVaultPath,
  resolveInsideVault,
  resolveInsideVaultSync,
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

  it('refuses what the scanner ignores: node_modules in any case, hidden names', () => {
    expect(invalid(() => parseVaultPath('node_modules/x.md'))).toMatch(/node_modules/);
    expect(invalid(() => parseNotePath('a/Node_Modules/x.md'))).toMatch(/node_modules/);
    expect(invalid(() => parseFolder('node_modules'))).toMatch(/node_modules/);
    expect(invalid(() => parseNotePath('a/.hidden.md'))).toMatch(/dot/);
  });

  it('reads existing notes with names other systems allow, but creates only portable names', () => {
    if (process.platform === 'win32') return;
    expect(parseNotePath('Questions/What next?.md')).toBe('Questions/What next?.md');
    expect(invalid(() => parseNewNotePath('Questions/What next?.md'))).toMatch(/not allowed/);
    expect(invalid(() => parseFolder('Plans/Q&A "draft"'))).toMatch(/not allowed/);
  });
});

describe('one rule for the scanner and the API', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('lists exactly the files the API accepts, and the API accepts exactly what it lists', async () => {
    const names = [
      'Plain.md',
      'What next?.md',
      ' lead.md',
      'CON.md',
      'a\\b.md',
      'tab\there.md',
      '.hidden.md',
      'node_modules/pkg/README.md',
      'Node_Modules/x.md',
      '.obsidian/workspace.md',
      '.git/notes.md',
      'folder./x.md',
      'Ünïcode/Gestión.md',
      'deep/er/still/note.md',
    ];
    const vault = await makeTempVault();
    cleanup = vault.cleanup;
    const created: string[] = [];
    for (const name of names) {
      try {
        const abs = path.join(vault.root, ...name.split('/'));
        await fs.mkdir(path.dirname(abs), { recursive: true });
        await fs.writeFile(abs, 'x');
        created.push(name);
      } catch {
        // This file system does not take the name: nothing to compare.
      }
    }
    await fs.mkdir(path.join(vault.root, 'real'));
    await fs.writeFile(path.join(vault.root, 'real', 'inside.md'), 'x');
    await fs.symlink(path.join(vault.root, 'real'), path.join(vault.root, 'linked'));
    await fs.symlink(path.join(vault.root, 'real', 'inside.md'), path.join(vault.root, 'alias.md'));
    created.push('real/inside.md', 'linked/inside.md', 'alias.md');

    const listed = new Set((await scanVaultFiles(vault.root)).notes);
    for (const name of created) {
      let accepted: boolean;
      try {
        await resolveInsideVault(vault.root, parseNotePath(name));
        accepted = parseNotePath(name) === name;
      } catch {
        accepted = false;
      }
      expect(accepted, name).toBe(listed.has(name));
    }
    expect(listed.has('Plain.md')).toBe(true);
    expect(listed.has('node_modules/pkg/README.md')).toBe(false);
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

  it('refuses a link that stays inside the vault too, e.g. into a hidden folder', async () => {
    const vault = await makeTempVault({ '.obsidian/snippets/a.md': 'x', 'real/b.md': 'y' });
    cleanup = vault.cleanup;
    await fs.symlink(path.join(vault.root, '.obsidian/snippets'), path.join(vault.root, 'styles'));
    await fs.symlink(path.join(vault.root, 'real/b.md'), path.join(vault.root, 'b.md'));
    await expect(resolveInsideVault(vault.root, 'styles/a.md')).rejects.toThrow(/symbolic link/);
    await expect(resolveInsideVault(vault.root, 'styles/new.md')).rejects.toThrow(/symbolic link/);
    await expect(resolveInsideVault(vault.root, 'b.md')).rejects.toThrow(/symbolic link/);
    await expect(resolveInsideVault(vault.root, 'real/b.md')).resolves.toBe(
      path.join(vault.root, 'real', 'b.md'),
    );
  });
});

describe('resolveInsideVaultSync', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('says what resolveInsideVault says, links refused alike', async () => {
    const vault = await makeTempVault({ '.obsidian/snippets/a.md': 'x', 'real/b.md': 'y' });
    cleanup = vault.cleanup;
    await fs.symlink(path.join(vault.root, '.obsidian/snippets'), path.join(vault.root, 'styles'));
    await fs.symlink(path.join(vault.root, 'real/b.md'), path.join(vault.root, 'b.md'));
    for (const rel of ['styles/a.md', 'styles/new.md', 'b.md'])
      expect(() => resolveInsideVaultSync(vault.root, rel)).toThrow(/symbolic link/);
    for (const rel of ['real/b.md', 'new/deeper/note.md'])
      expect(resolveInsideVaultSync(vault.root, rel)).toBe(
        await resolveInsideVault(vault.root, rel),
      );
  });
});
