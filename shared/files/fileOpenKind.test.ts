import { describe, expect, it } from 'vitest';
import { fileOpenKind } from './fileOpenKind';

describe('fileOpenKind', () => {
  it('lets documents and media open, whatever the case of their extension', () => {
    for (const name of [
      'Annual report.pdf',
      'attachments/Minutes.PDF',
      'budget.XLSX',
      'plan.odt',
      'slides.pptx',
      'notes.txt',
      'data.csv',
      'photo.JPeG',
      'talk.mp3',
      'clip.mp4',
      'report.exe.pdf',
    ]) {
      expect(fileOpenKind(name), name).toMatchObject({ openable: true });
    }
  });

  it('never lets a program, script, shortcut, installer or web page open', () => {
    const risky = {
      program: ['run.exe', 'RUN.EXE', 'screensaver.scr', 'tool.com', 'app.jar', 'Praxis.app'],
      script: ['run.bat', 'RUN.BAT', 'Run.Cmd', 'setup.ps1', 'x.vbs', 'x.js', 'x.jse', 'x.wsf'],
      shortcut: ['Invoice.lnk', 'site.url', 'praxis.desktop', 'x.webloc', 'x.settingcontent-ms'],
      installer: ['setup.msi', 'update.msp', 'app.msix', 'app.pkg', 'x.deb', 'x.appinstaller'],
      webPage: ['page.html', 'page.HTM', 'diagram.svg', 'saved.mhtml', 'help.chm', 'data.xml'],
      macroDocument: ['budget.xlsm', 'letter.docm', 'deck.pptm', 'db.accdb'],
      diskImage: ['disk.iso', 'disk.img', 'x.vhd', 'x.dmg'],
    };
    for (const [kind, names] of Object.entries(risky)) {
      for (const name of names) {
        expect(fileOpenKind(name), name).toEqual({
          openable: false,
          kind,
          extension: name.slice(name.lastIndexOf('.') + 1).toLowerCase(),
        });
      }
    }
    // Scripts that run from the terminal on macOS and Linux.
    expect(fileOpenKind('start.command').kind).toBe('script');
    expect(fileOpenKind('start.sh').kind).toBe('script');
    expect(fileOpenKind('reg.reg').kind).toBe('script');
  });

  it('judges only the last extension, so a second one cannot disguise a program', () => {
    expect(fileOpenKind('Report.pdf.exe')).toMatchObject({ openable: false, kind: 'program' });
    expect(fileOpenKind('Minutes.docx.lnk')).toMatchObject({ openable: false, kind: 'shortcut' });
    expect(fileOpenKind('folder.pdf/run.bat')).toMatchObject({ openable: false, kind: 'script' });
    expect(fileOpenKind('folder.bat\\report.pdf')).toMatchObject({ openable: true, kind: 'pdf' });
  });

  it('refuses names the OS could read as another type', () => {
    for (const name of [
      'run.bat.',
      'run.bat ',
      'report.pdf.',
      'report.pdf ',
      'report.pdf\u00a0',
      'report.pdf:evil.exe',
      'report.exe::$DATA',
      'Report\u202Efdp.exe',
      'Report\u202Efdp.pdf',
      'line\nbreak.pdf',
      '.pdf',
      ' report.pdf',
      '',
    ]) {
      expect(fileOpenKind(name), JSON.stringify(name)).toMatchObject({
        openable: false,
        kind: 'oddName',
      });
    }
  });

  it('calls a name without a known type unknown', () => {
    expect(fileOpenKind('README')).toEqual({ openable: false, kind: 'unknown', extension: null });
    expect(fileOpenKind('data.parquet')).toEqual({
      openable: false,
      kind: 'unknown',
      extension: 'parquet',
    });
    // Look-alike letters are not the extension they look like.
    expect(fileOpenKind('run.\uff42\uff41\uff54')).toMatchObject({ kind: 'unknown' });
  });
});
