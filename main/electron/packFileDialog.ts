import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHOOSE_PACK_CHANNEL } from '../../shared/api/bridge';

export interface PackFileDialogOptions {
  /** The dialog's title and the filter's name, in the UI language (read when it opens). */
  labels(): { title: string; filter: string };
  window(): BrowserWindow | null;
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
}

/**
 * The open dialog for a knowledge pack, asked for by the renderer ("Import knowledge pack…"):
 * the OS's dialog, filtered to `.praxispack`, answering the chosen path or null. Only paths go
 * out; what the file holds is checked by the core (packs.plan), like any other argument.
 * Returns a function that removes the handler.
 */
export function registerPackFileDialog(
  ipcMain: IpcMain,
  dialog: Pick<Dialog, 'showOpenDialog'>,
  options: PackFileDialogOptions,
): () => void {
  ipcMain.handle(IPC_CHOOSE_PACK_CHANNEL, async (event): Promise<string | null> => {
    if (!options.isTrustedSender(event)) return null;
    const { title, filter } = options.labels();
    const settings = {
      title,
      properties: ['openFile' as const],
      filters: [{ name: filter, extensions: ['praxispack'] }],
    };
    const win = options.window();
    const result = win
      ? await dialog.showOpenDialog(win, settings)
      : await dialog.showOpenDialog(settings);
    const [file] = result.filePaths;
    return !result.canceled && file && file.toLowerCase().endsWith('.praxispack') ? file : null;
  });
  return () => ipcMain.removeHandler(IPC_CHOOSE_PACK_CHANNEL);
}
