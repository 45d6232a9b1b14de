import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ApiDispatcher } from '../core/api/apiDispatcher';
import { registerIpcHandlers } from './ipcHandlers';

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
  } as unknown as IpcMain;
  return { ipcMain, handlers };
}

const ours = {} as IpcMainInvokeEvent;

describe('registerIpcHandlers', () => {
  it('holds a call made while the vault opens and answers it from the opened core', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    let open!: (dispatch: ApiDispatcher) => void;
    const opening = new Promise<ApiDispatcher>((resolve) => (open = resolve));
    registerIpcHandlers(
      ipcMain,
      () => opening,
      () => true,
    );
    let answered = false;
    const answer = handlers.get('praxis:notes.list')!(ours, {}).then((value) => {
      answered = true;
      return value;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    open(async (method) => ({ ok: true, value: `answered ${method}` }));
    expect(await answer).toEqual({ ok: true, value: 'answered notes.list' });
  });

  it('says the vault is not open when there is none, and refuses strangers', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    let trusted = true;
    registerIpcHandlers(
      ipcMain,
      async () => null,
      () => trusted,
    );
    expect(await handlers.get('praxis:notes.list')!(ours, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
    trusted = false;
    expect(await handlers.get('praxis:notes.list')!(ours, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
  });
});
