import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, type PraxisBridge } from '../../shared/api/bridge';
import { methodNames } from '../../shared/api/contract';
import { hostMethodNames } from '../../shared/api/hostMethods';
import { appCommands } from '../../shared/commands/appCommands';
import { makeTempVault } from '../../testing/core/tempVault';
import {
  fakeElectron as electron,
  FakeBrowserWindow,
  FakeWebContents,
} from '../../testing/electron/fakeElectron';

vi.mock(
  'electron',
  async () => (await import('../../testing/electron/fakeElectron')).fakeElectron.module,
);

describe('Electron glue (against a fake electron module)', () => {
  let root: string;

  beforeAll(async () => {
    const temp = await makeTempVault();
    root = temp.root;
    electron.setUserData(path.join(root, 'userData'));
    vi.stubEnv('PRAXIS_VAULT', path.join(root, 'vault'));
    await import('./main');
    // start() is asynchronous: wait until the window has loaded the app.
    // Generous bounds: opening the core on a loaded CI machine can take seconds.
    await vi.waitFor(
      () => {
        expect(electron.fake.errorBoxes).toEqual([]);
        expect(FakeBrowserWindow.instances[0]?.loadedUrl).toBeTruthy();
        // The window comes first; the notes are read behind it and the window is told.
        const sent = FakeBrowserWindow.instances[0]!.webContents.sent;
        expect(sent.some((m) => (m.message as { type?: string }).type === 'vault.loaded')).toBe(
          true,
        );
      },
      { timeout: 50_000 },
    );
  }, 60_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    // The app quits: the core stops watching and writing (its index, say) while the folder goes.
    (electron.module.app as NodeJS.EventEmitter).emit('will-quit');
    await fs.rm(root, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  });

  const window = () => FakeBrowserWindow.instances[0]!;

  it('opens one isolated, sandboxed window without Node, on the app protocol', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const prefs = window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Only the OS's own spellchecker (macOS, Windows); Linux has none Chromium can use.
      spellcheck: process.platform === 'darwin' || process.platform === 'win32',
    });
    // No experimental web platform features, no Blink features switched on by hand.
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(window().loadedUrl).toBe('praxis://app/index.html');
    expect(electron.fake.privilegedSchemes).toMatchObject([{ scheme: 'praxis' }]);
    expect(electron.fake.protocolHandlers.has('praxis')).toBe(true);
  });

  it('creates the sample vault on first run', async () => {
    const files = await fs.readdir(path.join(root, 'vault'));
    expect(files).toContain('Welcome to Praxis.md');
  });

  it('registers exactly one IPC handler per contract and host method', () => {
    expect([...electron.fake.ipcHandlers.keys()].sort()).toEqual(
      [...methodNames, ...hostMethodNames].map((m) => `praxis:${m}`).sort(),
    );
  });

  it('answers our window through IPC and refuses any other sender', async () => {
    const handler = electron.fake.ipcHandlers.get('praxis:notes.list')!;
    const ours = { sender: window().webContents, senderFrame: { url: 'praxis://app/index.html' } };
    const result = (await handler(ours, {})) as { ok: boolean; value: { path: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((n) => n.path)).toContain('Welcome to Praxis.md');

    const stranger = {
      sender: new FakeWebContents(),
      senderFrame: { url: 'praxis://app/index.html' },
    };
    expect(await handler(stranger, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    const otherFrame = {
      sender: window().webContents,
      senderFrame: { url: 'https://evil.example/' },
    };
    expect(await handler(otherFrame, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });

    const invalid = electron.fake.ipcHandlers.get('praxis:notes.read')!;
    expect(await invalid(ours, { path: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
  });

  it('forwards core events to the window', async () => {
    const create = electron.fake.ipcHandlers.get('praxis:notes.create')!;
    await create(
      { sender: window().webContents, senderFrame: { url: 'praxis://app/' } },
      { name: 'From IPC' },
    );
    expect(window().webContents.sent).toContainEqual({
      channel: IPC_EVENT_CHANNEL,
      message: {
        type: 'notes.changed',
        payload: expect.objectContaining({ kind: 'added', path: 'From IPC.md', origin: 'app' }),
      },
    });
  });

  it('hands packs the OS opens to the window, which takes each once', async () => {
    const app = electron.module.app as NodeJS.EventEmitter;
    const fromFinder = path.join(root, 'Downloads', 'Basics-1.0.0.praxispack');
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, fromFinder);
    expect(prevented).toBe(true);
    app.emit('open-file', { preventDefault: () => undefined }, path.join(root, 'notes.md'));
    app.emit('second-instance', {}, ['praxis', '--flag', 'Other.praxispack'], root);
    app.emit('second-instance', {}, ['praxis', 'notes.txt'], root);
    const other = path.join(root, 'Other.praxispack');
    const sent = window().webContents.sent.filter(
      (m) => (m.message as { type: string }).type === 'packs.openRequested',
    );
    expect(sent.map((m) => m.message)).toEqual([
      { type: 'packs.openRequested', payload: { path: fromFinder } },
      { type: 'packs.openRequested', payload: { path: other } },
    ]);

    const take = electron.fake.ipcHandlers.get('praxis:host.takeOpenRequests')!;
    const ours = { sender: window().webContents, senderFrame: { url: 'praxis://app/' } };
    expect(await take({ sender: new FakeWebContents(), senderFrame: null }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await take(ours, {})).toEqual({ ok: true, value: [fromFinder, other] });
    expect(await take(ours, {})).toEqual({ ok: true, value: [] });
  });

  it('asks where to save with the OS dialog, and shows only files chosen there in their folder', async () => {
    const ours = { sender: window().webContents, senderFrame: { url: 'praxis://app/' } };
    const save = electron.fake.ipcHandlers.get('praxis:host.chooseSavePath')!;
    const show = electron.fake.ipcHandlers.get('praxis:host.showInFolder')!;
    const typed = path.join(root, 'exports', 'Basics');

    electron.fake.dialogPath = null;
    expect(await save(ours, { kind: 'pack', suggestedName: 'x.praxispack' })).toEqual({
      ok: true,
      value: null,
    });
    electron.fake.dialogPath = typed;
    expect(
      await save(ours, { kind: 'pack', suggestedName: '../Basics: v1-1.0.0.praxispack' }),
    ).toEqual({ ok: true, value: `${typed}.praxispack` });
    const asked = electron.fake.fileDialogs.at(-1)!;
    expect(asked.kind).toBe('save');
    expect(asked.options).toMatchObject({
      title: 'Export knowledge pack',
      filters: [{ name: 'Knowledge packs', extensions: ['praxispack'] }],
    });
    expect(String((asked.options as { defaultPath: string }).defaultPath)).toMatch(
      /[\\/]Basics - v1-1\.0\.0\.praxispack$/,
    );
    expect(await save(ours, { kind: 'program', suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });

    expect(await show(ours, { path: `${typed}.praxispack` })).toEqual({ ok: true, value: true });
    expect(await show(ours, { path: '/etc/passwd' })).toEqual({ ok: true, value: false });
    expect(electron.fake.shownInFolder).toEqual([`${typed}.praxispack`]);
    electron.fake.dialogPath = null;
  });

  it('saves the page as a PDF only where the user chose in the save dialog', async () => {
    const ours = { sender: window().webContents, senderFrame: { url: 'praxis://app/' } };
    const other = { sender: new FakeWebContents(), senderFrame: { url: 'https://example.org/' } };
    const exportPdf = electron.fake.ipcHandlers.get('praxis:host.exportPdf')!;
    const show = electron.fake.ipcHandlers.get('praxis:host.showInFolder')!;
    const folder = path.join(root, 'pdfs');
    await fs.mkdir(folder, { recursive: true });
    const printed = window().webContents.printed.length;

    // Cancelled: nothing printed, nothing written.
    electron.fake.dialogPath = null;
    expect(await exportPdf(ours, { suggestedName: 'Framework agreements' })).toEqual({
      ok: true,
      value: null,
    });
    expect(window().webContents.printed).toHaveLength(printed);
    // Another page cannot make one.
    electron.fake.dialogPath = path.join(folder, 'evil.pdf');
    expect(await exportPdf(other, { suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    // The name the page offers is only a suggestion, made safe; the file lands where the user
    // chose (with the extension added when typed without it).
    electron.fake.dialogPath = path.join(folder, 'Agreements');
    const file = path.join(folder, 'Agreements.pdf');
    expect(await exportPdf(ours, { suggestedName: '../../etc/Framework: agreements' })).toEqual({
      ok: true,
      value: file,
    });
    const asked = electron.fake.fileDialogs.at(-1)!;
    expect(asked.options).toMatchObject({
      title: 'Export note as PDF',
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    });
    expect(String((asked.options as { defaultPath: string }).defaultPath)).toMatch(
      /[\\/]Framework - agreements\.pdf$/,
    );
    expect(window().webContents.printed.at(-1)).toMatchObject({ preferCSSPageSize: true });
    expect((await fs.readFile(file, 'latin1')).startsWith('%PDF-')).toBe(true);
    expect(await fs.readdir(folder)).toEqual(['Agreements.pdf']);
    // It is a file the user chose: the page may show it in its folder.
    expect(await show(ours, { path: file })).toEqual({ ok: true, value: true });
    electron.fake.dialogPath = null;
  });

  it('blocks navigation and new windows, sending only http(s) and mailto to the OS browser', async () => {
    const contents = new FakeWebContents();
    (electron.module.app as NodeJS.EventEmitter).emit('web-contents-created', {}, contents);
    const navigate = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    contents.emit('will-navigate', navigate, 'https://example.org/page');
    expect(navigate.defaultPrevented).toBe(true);
    const event = () => ({
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    });
    const redirect = event();
    contents.emit('will-redirect', redirect, 'https://example.org/elsewhere');
    expect(redirect.defaultPrevented).toBe(true);
    const webview = event();
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.org/' });
    expect(webview.defaultPrevented).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://example.org/x',
      'mailto:a@b.c',
      'praxis://app/x',
      'praxis://vault/Welcome%20to%20Praxis.md',
      'praxis://vault/..%2F..%2Fetc%2Fpasswd',
      'praxis://vault/.praxis/db.json',
    ]) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.fake.opened).toEqual([
      'https://example.org/page',
      'https://example.org/x',
      'mailto:a@b.c',
    ]);
    // Vault files open in the OS's app for them; nothing outside the vault or in .praxis does.
    await vi.waitFor(() => expect(electron.fake.openedPaths).toHaveLength(1));
    expect(electron.fake.openedPaths).toEqual([path.join(root, 'vault', 'Welcome to Praxis.md')]);
  });

  it('asks before a linked program and never opens it, from a link or a window.open', async () => {
    await fs.writeFile(path.join(root, 'vault', 'run.bat'), '@echo off\r\ncalc\r\n');
    await fs.writeFile(path.join(root, 'vault', 'Report.pdf.exe'), 'MZ');
    const contents = new FakeWebContents();
    (electron.module.app as NodeJS.EventEmitter).emit('web-contents-created', {}, contents);
    electron.fake.openedPaths.length = 0;
    electron.fake.messageBoxResponse = 2;
    const navigate = { preventDefault() {} };
    contents.emit('will-navigate', navigate, 'praxis://vault/run.bat');
    contents.windowOpenHandler!({ url: 'praxis://vault/Report.pdf.exe' });
    contents.windowOpenHandler!({ url: 'praxis://vault/run.bat.' });
    await vi.waitFor(() => expect(electron.fake.messageBoxes).toHaveLength(2));
    expect(electron.fake.messageBoxes.map((q) => q.message).sort()).toEqual([
      '“Report.pdf.exe” is a program.',
      '“run.bat” is a script: opening it would run the commands in it.',
    ]);
    expect(electron.fake.openedPaths).toEqual([]);
    electron.fake.messageBoxResponse = null;
  });

  it('checks spelling only with the OS checker, and never downloads a dictionary', () => {
    const { session } = electron.fake;
    expect(session.dictionaryDownloadUrl).toBe('praxis://app/no-dictionaries/');
    expect(session.spellCheckerEnabled).toBe(process.platform !== 'linux');
    if (process.platform === 'linux') expect(session.spellCheckerLanguages).toEqual([]);
  });

  it('denies every permission and every remote request', () => {
    const { session } = electron.fake;
    const decisions: boolean[] = [];
    session.permissionRequestHandler!({}, 'media', (allowed: boolean) => decisions.push(allowed));
    expect(decisions).toEqual([false]);
    expect(session.permissionCheckHandler!()).toBe(false);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://example.org/tracker.png')).toBe(true);
    expect(verdict('praxis://app/assets/index.js')).toBe(false);
    expect(verdict('praxis://vault/attachments/a.png')).toBe(false);
  });

  it('puts every menu command in the application menu with its shortcut', () => {
    const items = JSON.stringify(electron.fake.menuTemplate);
    for (const command of appCommands.filter((c) => 'menu' in c)) {
      expect(items).toContain(`"id":"${command.id}"`);
      if ('accelerator' in command)
        expect(items).toContain(`"accelerator":"${command.accelerator}"`);
    }
  });

  it('rebuilds the menu in the language chosen in the settings', async () => {
    const update = electron.fake.ipcHandlers.get('praxis:settings.update')!;
    const sender = { sender: window().webContents, senderFrame: { url: 'praxis://app/' } };
    await update(sender, { locale: 'es' });
    expect(JSON.stringify(electron.fake.menuTemplate)).toContain('"label":"Nueva nota"');
    await update(sender, { locale: null });
    expect(JSON.stringify(electron.fake.menuTemplate)).toContain('"label":"New note"');
  });

  it('exposes exactly the contract methods in the preload, and drops unknown events', async () => {
    await import('./preload');
    const bridge = electron.fake.exposed.get('praxis') as PraxisBridge;
    expect(Object.keys(bridge).sort()).toEqual([
      'api',
      'host',
      'onEvent',
      'pathForFile',
      'platform',
    ]);
    expect(Object.keys(bridge.api).sort()).toEqual([...methodNames].sort());
    expect(Object.keys(bridge.host).sort()).toEqual([...hostMethodNames].sort());
    await bridge.api['notes.read']({ path: 'x.md' });
    await bridge.host['host.showInFolder']({ path: '/x' });
    expect(electron.fake.invoked).toEqual([
      { channel: 'praxis:notes.read', args: { path: 'x.md' } },
      { channel: 'praxis:host.showInFolder', args: { path: '/x' } },
    ]);

    const received: unknown[] = [];
    const stop = bridge.onEvent((e) => received.push(e));
    const [listener] = electron.fake.rendererListeners.get(IPC_EVENT_CHANNEL)!;
    listener!(
      {},
      { type: 'notes.changed', payload: { kind: 'added', path: 'a.md', origin: 'app' } },
    );
    listener!({}, { type: 'evil.event', payload: {} });
    expect(received).toHaveLength(1);
    stop();
    expect(electron.fake.rendererListeners.get(IPC_EVENT_CHANNEL)).toEqual([]);
  });

  it("chooses a pack with the OS's open dialog, for the Praxis window only", async () => {
    const open = electron.fake.ipcHandlers.get('praxis:host.chooseOpenPath')!;
    const show = electron.fake.ipcHandlers.get('praxis:host.showInFolder')!;
    const ours = { sender: window().webContents, senderFrame: { url: 'praxis://app/index.html' } };
    const other = { sender: new FakeWebContents(), senderFrame: { url: 'https://example.org/' } };
    const pack = path.join(root, 'packs', 'Procurement.praxispack');

    electron.fake.dialogPath = pack;
    const shown = electron.fake.fileDialogs.length;
    expect(await open(other, { kind: 'pack' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(electron.fake.fileDialogs).toHaveLength(shown);
    expect(await open(ours, { kind: 'pack' })).toEqual({ ok: true, value: pack });
    expect(electron.fake.fileDialogs.at(-1)).toMatchObject({
      kind: 'open',
      options: {
        title: 'Open a knowledge pack',
        properties: ['openFile'],
        filters: [{ name: 'Knowledge packs', extensions: ['praxispack'] }],
      },
    });
    // The chosen file is one the page may show in its folder.
    expect(await show(ours, { path: pack })).toEqual({ ok: true, value: true });
    electron.fake.dialogPath = null;
    expect(await open(ours, { kind: 'pack' })).toEqual({ ok: true, value: null });
  });

  it("reads a dropped file's path in the preload", async () => {
    await import('./preload');
    const bridge = electron.fake.exposed.get('praxis') as PraxisBridge;
    const dropped = Object.assign(new Blob(['x']), {
      name: 'p.praxispack',
      path: '/d/p.praxispack',
    });
    expect(bridge.pathForFile(dropped as unknown as File)).toBe('/d/p.praxispack');
  });

  it('puts importing, exporting and undoing an import in the File menu', () => {
    const template = electron.fake.menuTemplate as {
      submenu?: { id?: string; label?: string }[];
    }[];
    const file = template.find((m) => m.submenu?.some((i) => i.id === 'note.new'))!;
    expect(file.submenu!.filter((i) => i.id?.startsWith('packs.'))).toMatchObject([
      { id: 'packs.import', label: 'Import knowledge pack…' },
      { id: 'packs.export', label: 'Export knowledge pack…' },
      { id: 'packs.undoImport', label: 'Undo the last import…' },
    ]);
  });
});
