import path from 'node:path';
import type {
  BaseWindow,
  IpcMain,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { ipcChannelOf } from '../../shared/api/bridge';
import { hostMethodNames, type HostFileKind } from '../../shared/api/hostMethods';
import type { ApiResponse } from '../../shared/api/apiError';
import { hostFileExtensions, hostFileName } from '../../shared/files/hostFileName';
import type { Translate } from '../../shared/i18n/translator';
import { writeFileAtomic } from '../core/vault/atomicWrite';
import type { HostDispatcher, HostHandlers } from '../core/api/hostDispatcher';

/** The parts of Electron's `dialog` and `shell` the host methods use (the real ones, or a test's). */
export interface HostDialog {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}
export interface HostShell {
  showItemInFolder(path: string): void;
}

export interface DesktopHost {
  dialog: HostDialog;
  shell: HostShell;
  /** The window dialogs belong to (sheets on macOS); none: no dialog is shown. */
  window(): BaseWindow | null;
  /** Where save dialogs start (the user's documents folder). */
  defaultFolder(): string;
  /** Text in the user's language, namespace `desktop`. */
  t(): Translate;
  /** Packs the OS asked to open (packOpenRequests.ts). */
  takeOpenRequests(): string[];
  /**
   * The window's page as it prints (Electron's `webContents.printToPDF`: print styles apply, so
   * the open note alone); null when there is no window.
   */
  printToPdf(): Promise<Uint8Array | null>;
}

/**
 * The host methods in the desktop app: the OS's save and open dialogs, saving the page as a PDF,
 * and showing a file in its folder — only a file the user chose in one of these dialogs (or the OS asked Praxis to open),
 * so nothing the page says can make the file manager reveal anything else.
 */
export function desktopHostHandlers(host: DesktopHost): HostHandlers {
  const chosen = new Set<string>();
  const filters = (kind: HostFileKind) => [
    {
      name: host.t()(`packs.filter.${kind}`),
      extensions: [hostFileExtensions[kind].slice(1)],
    },
  ];
  /** The path the user chose in a save dialog for a new file of `kind`, or null. */
  const chooseSavePath = async (kind: HostFileKind, suggestedName: string) => {
    const window = host.window();
    if (!window) return null;
    const result = await host.dialog.showSaveDialog(window, {
      title: host.t()(`packs.save.${kind}`),
      defaultPath: path.join(host.defaultFolder(), hostFileName(kind, suggestedName)),
      filters: filters(kind),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    // The extension the contract needs, whatever was typed in the dialog.
    const extension = hostFileExtensions[kind];
    const file = result.filePath.toLowerCase().endsWith(extension)
      ? result.filePath
      : `${result.filePath}${extension}`;
    chosen.add(file);
    return file;
  };
  return {
    'host.chooseSavePath': ({ kind, suggestedName }) => chooseSavePath(kind, suggestedName),
    'host.exportPdf': async ({ suggestedName }) => {
      // Only where the user chose: the page names the file it offers, never where it lands.
      const file = await chooseSavePath('notePdf', suggestedName);
      if (file === null) return null;
      const pdf = await host.printToPdf();
      if (pdf === null) return null;
      await writeFileAtomic(file, Buffer.from(pdf));
      return file;
    },
    'host.chooseOpenPath': async ({ kind }) => {
      const window = host.window();
      if (!window) return null;
      const result = await host.dialog.showOpenDialog(window, {
        title: host.t()(`packs.open.${kind}`),
        filters: filters(kind),
        properties: ['openFile'],
      });
      const [file] = result.filePaths;
      if (result.canceled || !file) return null;
      chosen.add(file);
      return file;
    },
    'host.showInFolder': async ({ path: file }) => {
      if (!chosen.has(file)) return false;
      host.shell.showItemInFolder(file);
      return true;
    },
    'host.takeOpenRequests': async () => {
      const files = host.takeOpenRequests();
      for (const file of files) chosen.add(file);
      return files;
    },
  };
}

/** The desktop transport of the host methods: one `ipcMain.handle` each, our window only. */
export function registerHostIpcHandlers(
  ipcMain: IpcMain,
  dispatch: HostDispatcher,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of hostMethodNames)
    ipcMain.handle(ipcChannelOf(method), (event, args: unknown): Promise<ApiResponse<unknown>> =>
      isTrustedSender(event)
        ? dispatch(method, args)
        : Promise.resolve({
            ok: false,
            error: {
              code: 'UNAUTHORIZED',
              message: 'Calls are only accepted from the Praxis window.',
            },
          }),
    );
}
