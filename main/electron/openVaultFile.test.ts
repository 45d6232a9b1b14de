import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translator';
import { makeTempVault } from '../../testing/core/tempVault';
import { openVaultFile, type VaultFileOpener } from './openVaultFile';
import { fakeElectron } from '../../testing/electron/fakeElectron';

const { fake, module: electron } = fakeElectron;

/** Programs, scripts, shortcuts, installers and pages the OS would run or render with script. */
const EXECUTABLES = [
  'run.bat',
  'RUN.BAT',
  'Run.Cmd',
  'run.exe',
  'Annual report.pdf.exe',
  'screensaver.scr',
  'setup.msi',
  'Invoice.lnk',
  'site.url',
  'praxis.desktop',
  'start.command',
  'setup.ps1',
  'macro.vbs',
  'app.hta',
  'tool.jar',
  'settings.reg',
  'install.sh',
  'page.html',
  'diagram.svg',
  'budget.xlsm',
];

describe('openVaultFile: what a click on a link to a vault file does (fake electron)', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  const opener: VaultFileOpener = {
    shell: electron.shell,
    dialog: electron.dialog,
    window: () => null,
    t: createTranslator('en', 'desktop'),
  };

  beforeAll(async () => {
    const files: Record<string, string> = {
      'attachments/Annual report.pdf': '%PDF-1.7\n',
      'attachments/photo.PNG': '\u0089PNG\r\n',
      'data.parquet': 'PAR1',
      'Praxis.app/Contents/MacOS/Praxis': '#!/bin/sh\nopen -a Calculator\n',
      'run.bat.': '@echo off\r\ncalc\r\n',
      'run.bat ': '@echo off\r\ncalc\r\n',
      '.praxis/db.json': '{}',
      '.git/config': '[core]\n',
    };
    for (const name of EXECUTABLES) files[name] = '@echo off\r\ncalc\r\n';
    const temp = await makeTempVault(files);
    root = temp.root;
    cleanup = temp.cleanup;
    await fs.symlink(path.join(root, 'run.bat'), path.join(root, 'attachments', 'Minutes.pdf'));
  });
  afterAll(() => cleanup());
  beforeEach(() => {
    fake.openedPaths.length = 0;
    fake.shownInFolder.length = 0;
    fake.messageBoxes.length = 0;
    fake.errorBoxes.length = 0;
    fake.messageBoxResponse = null;
  });

  it('opens a document or a picture with the OS, without a question', async () => {
    await openVaultFile(root, 'attachments/Annual report.pdf', opener);
    await openVaultFile(root, 'attachments/photo.PNG', opener);
    expect(fake.openedPaths).toEqual([
      path.join(root, 'attachments', 'Annual report.pdf'),
      path.join(root, 'attachments', 'photo.PNG'),
    ]);
    expect(fake.messageBoxes).toEqual([]);
  });

  it('never opens a program, a script, a shortcut or a page, whatever the user clicks', async () => {
    for (const response of [null, 0, 1, 2, 3]) {
      fake.messageBoxResponse = response;
      for (const name of EXECUTABLES) await openVaultFile(root, name, opener);
    }
    expect(fake.openedPaths).toEqual([]);
    // Each question names the file and what it is; none offers to open it.
    for (const [i, name] of EXECUTABLES.entries()) {
      const question = fake.messageBoxes[i]!;
      expect(question.message).toContain(`“${name}”`);
      expect(question.message).toMatch(
        /a program|a script|a shortcut|an installer|a web page|macros/,
      );
      expect(question.buttons).toEqual(['Show in folder', 'Cancel']);
      expect(question.defaultId).toBe(0);
    }
    // The default answer (null: the user presses Enter) shows the file in its folder, as does
    // the first button; nothing else does anything.
    const inFolder = EXECUTABLES.map((name) => path.join(root, name));
    expect(fake.shownInFolder).toEqual([...inFolder, ...inFolder]);
  });

  it('says what the file is in the words of a user', async () => {
    await openVaultFile(root, 'run.bat', opener);
    await openVaultFile(root, 'Annual report.pdf.exe', opener);
    expect(fake.messageBoxes.map((q) => q.message)).toEqual([
      '“run.bat” is a script: opening it would run the commands in it.',
      '“Annual report.pdf.exe” is a program.',
    ]);
    expect(fake.messageBoxes[0]!.detail).toMatch(/only documents, pictures, sound and video/);
  });

  it('never opens a folder (a macOS .app is one) or a symlink', async () => {
    fake.messageBoxResponse = 2;
    await openVaultFile(root, 'Praxis.app', opener);
    await openVaultFile(root, 'attachments/Minutes.pdf', opener);
    expect(fake.openedPaths).toEqual([]);
    expect(fake.messageBoxes.map((q) => q.message)).toEqual([
      '“Praxis.app” is a folder (on macOS, an application can be one).',
      '“Minutes.pdf” is a link to another file or folder.',
    ]);
    fake.messageBoxResponse = 0;
    await openVaultFile(root, 'attachments/Minutes.pdf', opener);
    expect(fake.shownInFolder).toEqual([path.join(root, 'attachments', 'Minutes.pdf')]);
  });

  it('never opens a name that hides its type (a trailing dot or space)', async () => {
    fake.messageBoxResponse = 2;
    for (const name of ['run.bat.', 'run.bat ']) await openVaultFile(root, name, opener);
    expect(fake.openedPaths).toEqual([]);
    expect(fake.messageBoxes.map((q) => q.message)).toEqual([
      expect.stringMatching(
        /^“run\.bat\.” is a file whose name the system could read as another type/,
      ),
      expect.stringMatching(
        /^“run\.bat ” is a file whose name the system could read as another type/,
      ),
    ]);
    expect(fake.messageBoxes.every((q) => q.buttons.length === 2)).toBe(true);
  });

  it('opens nothing hidden or outside the vault', async () => {
    for (const rel of ['.praxis/db.json', '.git/config', '../outside.pdf', '/etc/hosts']) {
      await expect(openVaultFile(root, rel, opener)).rejects.toMatchObject({ code: 'INVALID' });
    }
    expect(fake.openedPaths).toEqual([]);
    expect(fake.messageBoxes).toEqual([]);
  });

  it('opens a file of an unknown type only when the user chooses to', async () => {
    await openVaultFile(root, 'data.parquet', opener);
    fake.messageBoxResponse = 1;
    await openVaultFile(root, 'data.parquet', opener);
    expect(fake.openedPaths).toEqual([]);
    expect(fake.messageBoxes[0]).toMatchObject({
      message: '“data.parquet” is a “.parquet” file, a type Praxis does not open by itself.',
      buttons: ['Show in folder', 'Cancel', 'Open anyway'],
      defaultId: 0,
    });
    expect(fake.shownInFolder).toEqual([path.join(root, 'data.parquet')]);
    fake.messageBoxResponse = 2;
    await openVaultFile(root, 'data.parquet', opener);
    expect(fake.openedPaths).toEqual([path.join(root, 'data.parquet')]);
  });

  it('says so when the file is not there', async () => {
    await openVaultFile(root, 'attachments/gone.pdf', opener);
    expect(fake.errorBoxes).toEqual([
      {
        title: 'Praxis could not open the file',
        content: '“gone.pdf” is not in the vault. It may have been moved, renamed or deleted.',
      },
    ]);
  });

  it('asks in the language of the vault', async () => {
    await openVaultFile(root, 'run.bat', { ...opener, t: createTranslator('es', 'desktop') });
    expect(fake.messageBoxes[0]).toMatchObject({
      message: '«run.bat» es un script: abrirlo ejecutaría las órdenes que contiene.',
      buttons: ['Mostrar en la carpeta', 'Cancelar'],
    });
  });
});
