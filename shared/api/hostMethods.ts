import { z } from 'zod';
import { defineMethod } from './defineMethod';

/**
 * What the renderer asks of the computer it runs on rather than of the vault: where to save or
 * which file to open (the OS's dialogs), and showing a file in its folder. Kept outside the API
 * contract (the core never shows a dialog; tests never patch one): the desktop app answers with
 * Electron's dialogs and shell (main/electron/hostHandlers.ts), the web harness with a fixed
 * exports folder and no file manager (main/http/webHost.ts).
 */
export const hostFileKindSchema = z.enum([
  'pack',
  'publicKey',
  'htmlEdition',
  'noteHtml',
  'notePdf',
]);
export type HostFileKind = z.infer<typeof hostFileKindSchema>;

export const hostMethods = {
  /** Where to write a new file: an absolute path the user chose, or null when cancelled. */
  'host.chooseSavePath': defineMethod(
    z
      .object({
        kind: hostFileKindSchema,
        /** The file name offered (without folders). */
        suggestedName: z.string().min(1).max(255),
      })
      .strict(),
    z.string().nullable(),
  ),
  /**
   * Saves the window as it prints (the open note alone, see the print styles) as a PDF where the
   * user chooses with a save dialog: the path written, or null when cancelled — or when this host
   * cannot make PDFs (the web harness: the browser's own print dialog saves PDFs there).
   */
  'host.exportPdf': defineMethod(
    z
      .object({
        /** The file name offered (without folders). */
        suggestedName: z.string().min(1).max(255),
      })
      .strict(),
    z.string().nullable(),
  ),
  /**
   * A file to read: an absolute path, or null when cancelled — or when this host cannot ask
   * (the web harness), in which case the UI asks for the path itself.
   */
  'host.chooseOpenPath': defineMethod(
    z.object({ kind: hostFileKindSchema }).strict(),
    z.string().nullable(),
  ),
  /**
   * Shows a file the user chose through this host in the OS's file manager: false when the
   * host has none (the web harness) or the file is not one it handed out.
   */
  'host.showInFolder': defineMethod(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.boolean(),
  ),
  /**
   * Takes the `.praxispack` files the OS asked Praxis to open (a double-click, "Open with") that
   * the window has not taken yet, oldest first. Each `packs.openRequested` event says one is
   * waiting; taking them (rather than reading the event) means none is lost while the window is
   * still starting, and none is handled twice.
   */
  'host.takeOpenRequests': defineMethod(z.object({}).strict(), z.array(z.string())),
};

export type HostMethodName = keyof typeof hostMethods;
export const hostMethodNames = Object.keys(hostMethods) as HostMethodName[];
export type HostArgs<M extends HostMethodName> = z.input<(typeof hostMethods)[M]['args']>;
export type HostResult<M extends HostMethodName> = z.output<(typeof hostMethods)[M]['result']>;
export type HostMethods = {
  [M in HostMethodName]: (args: HostArgs<M>) => Promise<HostResult<M>>;
};

export function isHostMethodName(name: string): name is HostMethodName {
  return Object.hasOwn(hostMethods, name);
}
