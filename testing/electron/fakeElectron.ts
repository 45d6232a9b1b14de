/**
 * A stand-in for the `electron` module in unit tests (the Electron binary cannot run here): it
 * records what the glue asks of Electron, so tests can check the window options, the IPC
 * handlers, the preload bridge and the security handlers.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';

type Handler = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; message: unknown }[] = [];
  mainFrame = { url: 'praxis://app/index.html' };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, message: unknown) {
    this.sent.push({ channel, message });
  }
  reload() {}
  /** What `printToPDF` was asked for; it answers with a tiny PDF. */
  printed: unknown[] = [];
  async printToPDF(options: unknown) {
    this.printed.push(options);
    return Buffer.from('%PDF-1.7 fake\n%%EOF\n');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
  }
  show() {}
  maximize() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  restore() {}
  focus() {}
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
}

function createFakeElectron() {
  let userData = os.tmpdir();
  const ipcHandlers = new Map<string, Handler>();
  const exposed = new Map<string, unknown>();
  const rendererListeners = new Map<string, Handler[]>();
  const invoked: { channel: string; args: unknown }[] = [];
  const opened: string[] = [];
  const openedPaths: string[] = [];
  const shownInFolder: string[] = [];
  /** Questions asked with dialog.showMessageBox, and the button the fake user picks. */
  const messageBoxes: {
    message: string;
    detail?: string;
    buttons: string[];
    defaultId?: number;
  }[] = [];
  const errorBoxes: { title: string; content: string }[] = [];
  const session = {
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    beforeRequest: null as Handler | null,
    spellCheckerEnabled: true,
    spellCheckerLanguages: ['en-GB'] as string[],
    dictionaryDownloadUrl: null as string | null,
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellCheckerEnabled = enabled;
    },
    setSpellCheckerLanguages(languages: string[]) {
      this.spellCheckerLanguages = languages;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      this.dictionaryDownloadUrl = url;
    },
    setPermissionRequestHandler(h: Handler) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: Handler) {
      this.permissionCheckHandler = h;
    },
    webRequest: {
      onBeforeRequest: (h: Handler) => {
        session.beforeRequest = h;
      },
    },
  };
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? userData : os.tmpdir()),
    getLocale: () => 'en-GB',
    isPackaged: false,
    quit: () => undefined,
    exit: () => undefined,
  });
  const fake = {
    ipcHandlers,
    exposed,
    invoked,
    opened,
    openedPaths,
    shownInFolder,
    messageBoxes,
    errorBoxes,
    /** The index of the button the fake user clicks in the next questions (default: the default). */
    messageBoxResponse: null as number | null,
    session,
    rendererListeners,
    protocolHandlers: new Map<string, Handler>(),
    privilegedSchemes: [] as unknown[],
    menuTemplate: null as unknown,
    /** Open and save dialogs shown, and the path the fake user answers them with. */
    fileDialogs: [] as { kind: 'open' | 'save'; options: unknown }[],
    dialogPath: null as string | null,
  };
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    ipcRenderer: {
      invoke: async (channel: string, args: unknown) => {
        invoked.push({ channel, args });
        return { ok: true, value: null };
      },
      on: (channel: string, listener: Handler) => {
        rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: Handler) => {
        rendererListeners.set(
          channel,
          (rendererListeners.get(channel) ?? []).filter((l) => l !== listener),
        );
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: Handler) => fake.protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: session },
    shell: {
      openExternal: async (url: string) => {
        opened.push(url);
      },
      openPath: async (file: string) => {
        openedPaths.push(file);
        return '';
      },
      showItemInFolder: (file: string) => {
        shownInFolder.push(file);
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        errorBoxes.push({ title, content });
      },
      showMessageBox: async (...args: unknown[]) => {
        const options = args.at(-1) as (typeof messageBoxes)[number];
        messageBoxes.push(options);
        return {
          response: fake.messageBoxResponse ?? options.defaultId ?? 0,
          checkboxChecked: false,
        };
      },
      /** The fake user picks `fake.dialogPath` (null: cancels). */
      showOpenDialog: async (...args: unknown[]) => {
        fake.fileDialogs.push({ kind: 'open', options: args.at(-1) });
        return fake.dialogPath === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [fake.dialogPath] };
      },
      showSaveDialog: async (...args: unknown[]) => {
        fake.fileDialogs.push({ kind: 'save', options: args.at(-1) });
        return fake.dialogPath === null
          ? { canceled: true }
          : { canceled: false, filePath: fake.dialogPath };
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        fake.menuTemplate = template;
        return template;
      },
      setApplicationMenu: () => undefined,
    },
    nativeTheme: { shouldUseDarkColors: false },
    /** A dropped file's path, as Electron knows it: the fake reads a `path` set on the File. */
    webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return {
    fake,
    module,
    setUserData(dir: string) {
      userData = dir;
    },
  };
}

/** The one fake, shared by `vi.mock('electron', …)` and the test that inspects it. */
export const fakeElectron = createFakeElectron();
