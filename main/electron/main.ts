/**
 * Electron entry point: the thin glue between the OS and the core. It owns the single window,
 * the menu, the app protocol and the IPC transport; everything else is plain Node in main/core.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge';
import { ApiError } from '../../shared/api/apiError';
import { i18nResources, pickLanguage } from '../../shared/i18n/i18nResources';
import { createTranslator } from '../../shared/i18n/translator';
import { ELECTRON_APP_ORIGIN } from '../../shared/security/contentSecurityPolicy';
import { startPraxisCore, type PraxisCore } from '../core/praxisCore';
import { defaultVaultPath } from '../core/vault/vaultFolder';
import { loadAppConfig, saveAppConfig } from './appConfig';
import { buildAppMenuTemplate } from './appMenu';
import { startDesktop } from './desktopStartup';
import { appSchemePrivileges, registerAppProtocol } from './appProtocol';
import { createHostDispatcher } from '../core/api/hostDispatcher';
import { desktopHostHandlers, registerHostIpcHandlers } from './hostHandlers';
import { registerIpcHandlers } from './ipcHandlers';
import { mainWindowOptions } from './mainWindow';
import { openVaultFile } from './openVaultFile';
import { packFileFromArgv, PackOpenRequests } from './packOpenRequests';
import { configureSpellchecker } from './spellchecker';
import { hardenSession, hardenWebContents } from './webContentsSecurity';
import { fitToDisplays, loadWindowState, saveWindowState } from './windowState';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const startUrl = `${ELECTRON_APP_ORIGIN}/index.html`;

let core: PraxisCore | null = null;
/** The first vault's opening: the window's calls wait for it (the window is created first). */
let vaultOpening: Promise<unknown> = Promise.resolve();
let mainWindow: BrowserWindow | null = null;
let stopForwardingEvents: (() => void) | null = null;
let spellcheck = false;
/** `.praxispack` files the OS asked to open, until the window's import flow takes them. */
const packRequests = new PackOpenRequests((file) =>
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, {
    type: 'packs.openRequested',
    payload: { path: file },
  }),
);

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A pack double-clicked while Praxis runs (Windows, Linux) starts a second instance, which
  // quits at once and hands its command line here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const pack = packFileFromArgv(argv, workingDirectory);
    if (pack) packRequests.add(pack);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS hands files over as events, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    packRequests.add(file);
  });
  const startPack = packFileFromArgv(process.argv, process.cwd());
  if (startPack) packRequests.add(startPack);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { openExternal: shell.openExternal, openVaultFile: openVaultLink }),
  );
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void core?.close();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Praxis could not start', String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  spellcheck = configureSpellchecker(session.defaultSession, process.platform);
  registerAppProtocol(protocol, rendererDir, () => core?.vaultPath ?? null);
  registerIpcHandlers(
    ipcMain,
    async () => {
      await vaultOpening;
      return core?.dispatch ?? null;
    },
    isOurWindow,
  );
  registerHostIpcHandlers(
    ipcMain,
    createHostDispatcher(
      desktopHostHandlers({
        dialog,
        shell,
        window: () => mainWindow,
        defaultFolder: () => app.getPath('documents'),
        t: () => createTranslator(uiLanguage(), 'desktop'),
        takeOpenRequests: () => packRequests.take(),
        printToPdf: async () =>
          mainWindow
            ? mainWindow.webContents.printToPDF({
                preferCSSPageSize: true,
                generateTaggedPDF: true,
                generateDocumentOutline: true,
              })
            : null,
      }),
    ),
    isOurWindow,
  );

  const userData = app.getPath('userData');
  const config = await loadAppConfig(userData);
  const vaultPath = process.env.PRAXIS_VAULT
    ? defaultVaultPath()
    : (config.vaultPath ?? defaultVaultPath());
  const { opened, done } = startDesktop({
    openVault: async () => (await openVault(vaultPath)) || chooseVault(),
    createWindow: () => createWindow(userData),
    setMenu,
    quit: () => app.quit(),
  });
  vaultOpening = opened;
  await done;
}

/** (Re)builds the application menu in the vault's UI language, else the OS's. */
function setMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(menuActions())));
}

/** The language of the app's own menus and dialogs: the vault's setting, else the OS's. */
function uiLanguage(): string {
  return core?.services.store.data.settings.locale ?? app.getLocale();
}

/**
 * A link to a vault file was followed: documents and media open with the OS's app for them,
 * anything else only after a question (see openVaultFile.ts).
 */
async function openVaultLink(rel: string): Promise<void> {
  if (!core) return;
  await openVaultFile(core.vaultPath, rel, {
    shell,
    dialog,
    window: () => mainWindow,
    t: createTranslator(uiLanguage(), 'desktop'),
  });
}

function isOurWindow(event: IpcMainInvokeEvent): boolean {
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    (event.senderFrame?.url ?? '').startsWith(`${ELECTRON_APP_ORIGIN}/`)
  );
}

/** Opens a vault in place of the current one; on failure tells the user and keeps the old one. */
async function openVault(vaultPath: string): Promise<boolean> {
  try {
    // The department identity that signs packs lives in userData, never in a vault. The core
    // answers once the folder is ready; its notes are read behind it (progress in the window).
    const next = await startPraxisCore({
      vaultPath,
      // A vault created now gets its sample notes, templates and domains in the UI's language.
      language: uiLanguage(),
      profilePath: process.env.PRAXIS_PROFILE?.trim() || app.getPath('userData'),
    });
    stopForwardingEvents?.();
    await core?.close();
    core = next;
    stopForwardingEvents = core.subscribe((event) => {
      mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event);
      if (event.type === 'settings.localeChanged') setMenu();
    });
    // Another vault may have another UI language.
    if (mainWindow) setMenu();
    await saveAppConfig(app.getPath('userData'), { vaultPath: core.vaultPath });
    return true;
  } catch (error) {
    const message = error instanceof ApiError ? error.message : String(error);
    dialog.showErrorBox('Praxis cannot open this vault', `${message}\n\nChoose another folder.`);
    return false;
  }
}

async function chooseVault(): Promise<boolean> {
  const result = await dialog.showOpenDialog({
    title: 'Open a vault folder',
    properties: ['openDirectory', 'createDirectory'],
  });
  const [folder] = result.filePaths;
  if (result.canceled || !folder) return false;
  return openVault(folder);
}

async function createWindow(userData: string): Promise<void> {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = fitToDisplays(await loadWindowState(userData), displays);
  const background = nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff';
  mainWindow = new BrowserWindow(mainWindowOptions(state, preloadPath, background, spellcheck));
  if (state.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    if (!mainWindow) return;
    const bounds = mainWindow.getNormalBounds();
    void saveWindowState(userData, { ...bounds, maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(startUrl);
}

function menuActions() {
  const language = pickLanguage(uiLanguage());
  const catalogue = i18nResources[language].commands as Record<string, string>;
  const english = i18nResources.en.commands as Record<string, string>;
  return {
    label: (key: string) => catalogue[key] ?? english[key] ?? key,
    runCommand: (command: string) =>
      mainWindow?.webContents.send(IPC_EVENT_CHANNEL, {
        type: 'app.command',
        payload: { command },
      }),
    openVault: () => {
      void chooseVault().then((opened) => opened && mainWindow?.webContents.reload());
    },
    revealVault: () => {
      if (core) void shell.openPath(core.vaultPath);
    },
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
  };
}
