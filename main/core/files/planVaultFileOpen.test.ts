import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import { planVaultFileOpen } from './planVaultFileOpen';

const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
const PE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]);

describe('planVaultFileOpen (real files in a temp vault)', () => {
  let root: string;
  let outside: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempVault({
      'attachments/Annual report.pdf': '%PDF-1.7\n',
      'attachments/Minutes.DOCX': 'PK\u0003\u0004',
      'attachments/photo.jpg': '\u00ff\u00d8\u00ff',
      'run.bat': '@echo off\r\ncalc\r\n',
      'Report.pdf.exe': 'MZ',
      'tools/start.command': '#!/bin/sh\nopen -a Calculator\n',
      README: 'Plain words.',
      'data.parquet': 'PAR1',
      'Praxis.app/Contents/MacOS/Praxis': '#!/bin/sh\n',
    });
    root = temp.root;
    cleanup = temp.cleanup;
    await fs.writeFile(path.join(root, 'attachments', 'invoice.pdf'), ELF);
    await fs.writeFile(path.join(root, 'attachments', 'notes.txt'), '#!/bin/sh\nrm -rf ~\n');
    await fs.writeFile(path.join(root, 'program'), PE);
    await fs.writeFile(path.join(root, 'launcher.txt'), '[Desktop Entry]\nExec=calc\n');
    // A link inside the vault to a script, named like a document, and one leading outside.
    await fs.symlink(path.join(root, 'run.bat'), path.join(root, 'attachments', 'linked.pdf'));
    outside = await fs.mkdtemp(path.join(path.dirname(root), 'praxis-outside-'));
    await fs.writeFile(path.join(outside, 'secret.pdf'), '%PDF-1.7\n');
    await fs.symlink(path.join(outside, 'secret.pdf'), path.join(root, 'escape.pdf'));
    await fs.symlink(outside, path.join(root, 'elsewhere'));
  });
  afterAll(async () => {
    await cleanup();
    await fs.rm(outside, { recursive: true, force: true });
  });

  it('opens a regular document or media file inside the vault', async () => {
    for (const rel of [
      'attachments/Annual report.pdf',
      'attachments/Minutes.DOCX',
      'attachments/photo.jpg',
    ]) {
      expect(await planVaultFileOpen(root, rel)).toEqual({
        action: 'open',
        path: path.join(root, ...rel.split('/')),
      });
    }
  });

  it('asks before anything that runs, and never offers to open it', async () => {
    expect(await planVaultFileOpen(root, 'run.bat')).toEqual({
      action: 'confirm',
      path: path.join(root, 'run.bat'),
      name: 'run.bat',
      kind: 'script',
      extension: 'bat',
      canOpen: false,
    });
    expect(await planVaultFileOpen(root, 'Report.pdf.exe')).toMatchObject({
      kind: 'program',
      canOpen: false,
    });
    expect(await planVaultFileOpen(root, 'tools/start.command')).toMatchObject({
      kind: 'script',
      canOpen: false,
    });
  });

  it('sees through a document name on a program or a launcher', async () => {
    for (const rel of ['attachments/invoice.pdf', 'attachments/notes.txt', 'launcher.txt']) {
      expect(await planVaultFileOpen(root, rel), rel).toMatchObject({
        action: 'confirm',
        kind: 'disguised',
        canOpen: false,
      });
    }
    expect(await planVaultFileOpen(root, 'program')).toMatchObject({
      kind: 'disguised',
      canOpen: false,
    });
  });

  it('never follows a symlink, and refuses one that leads out of the vault', async () => {
    expect(await planVaultFileOpen(root, 'attachments/linked.pdf')).toMatchObject({
      action: 'confirm',
      kind: 'link',
      path: path.join(root, 'attachments', 'linked.pdf'),
      canOpen: false,
    });
    await expect(planVaultFileOpen(root, 'escape.pdf')).rejects.toMatchObject({ code: 'INVALID' });
    await expect(planVaultFileOpen(root, 'elsewhere/secret.pdf')).rejects.toMatchObject({
      code: 'INVALID',
    });
  });

  it('shows folders (a macOS .app is one) instead of opening them', async () => {
    expect(await planVaultFileOpen(root, 'Praxis.app')).toMatchObject({
      action: 'confirm',
      kind: 'folder',
      canOpen: false,
    });
    expect(await planVaultFileOpen(root, 'attachments')).toMatchObject({ kind: 'folder' });
  });

  it('offers to open a file of an unknown type only after asking', async () => {
    expect(await planVaultFileOpen(root, 'README')).toMatchObject({
      action: 'confirm',
      kind: 'unknown',
      extension: null,
      canOpen: true,
    });
    expect(await planVaultFileOpen(root, 'data.parquet')).toMatchObject({
      kind: 'unknown',
      extension: 'parquet',
      canOpen: true,
    });
  });

  it('says when the file is not there', async () => {
    expect(await planVaultFileOpen(root, 'attachments/gone.pdf')).toEqual({
      action: 'missing',
      name: 'gone.pdf',
    });
  });
});
