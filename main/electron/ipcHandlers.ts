import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { methodNames } from '../../shared/api/contract';
import { ipcChannelOf } from '../../shared/api/bridge';
import type { ApiResponse } from '../../shared/api/apiError';
import type { ApiDispatcher } from '../core/api/apiDispatcher';

/**
 * The Electron transport: one `ipcMain.handle` per contract method, answering only our own
 * window's main frame. `getDispatch` is read per call because the vault can be reopened; while
 * the vault is opening (the window is created first) it resolves once the core answers.
 * Returns a function that removes the handlers.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  getDispatch: () => ApiDispatcher | null | Promise<ApiDispatcher | null>,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const method of methodNames) {
    ipcMain.handle(
      ipcChannelOf(method),
      async (event, args: unknown): Promise<ApiResponse<unknown>> => {
        if (!isTrustedSender(event))
          return {
            ok: false,
            error: {
              code: 'UNAUTHORIZED',
              message: 'Calls are only accepted from the Praxis window.',
            },
          };
        const dispatch = await getDispatch();
        if (!dispatch)
          return {
            ok: false,
            error: { code: 'UNAVAILABLE', message: 'The vault is opening; try again in a moment.' },
          };
        return dispatch(method, args);
      },
    );
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(ipcChannelOf(method));
  };
}
