/**
 * The sandboxed preload: exposes exactly the API methods of the contract (each one IPC channel),
 * event subscription and the pack file's path (open dialog, dropped file) as `window.praxis`.
 * Nothing else crosses, and events of unknown types are dropped.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { methodNames } from '../../shared/api/contract';
import { apiEvents, type ApiEvent } from '../../shared/api/events';
import {
  IPC_CHOOSE_PACK_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_OPEN_PACK_CHANNEL,
  ipcChannelOf,
  type PraxisBridge,
} from '../../shared/api/bridge';

const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (args: unknown) => ipcRenderer.invoke(ipcChannelOf(method), args),
  ]),
) as PraxisBridge['api'];

// A pack double-clicked while the app starts arrives before the page listens: it waits here.
const openedPacks: string[] = [];
let openPackListener: ((file: string) => void) | null = null;
ipcRenderer.on(IPC_OPEN_PACK_CHANNEL, (_event: IpcRendererEvent, file: unknown) => {
  if (typeof file !== 'string' || !file) return;
  if (openPackListener) openPackListener(file);
  else openedPacks.push(file);
});

const bridge: PraxisBridge = {
  api,
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, message: ApiEvent) => {
      if (message && Object.hasOwn(apiEvents, message.type)) listener(message);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
  async choosePackFile() {
    const file: unknown = await ipcRenderer.invoke(IPC_CHOOSE_PACK_CHANNEL);
    return typeof file === 'string' && file !== '' ? file : null;
  },
  // A File exposed across the context bridge stays a File: Electron reads its path here.
  pathForFile: (file) => webUtils.getPathForFile(file),
  onOpenPack(listener) {
    openPackListener = listener;
    for (const file of openedPacks.splice(0)) listener(file);
    return () => {
      if (openPackListener === listener) openPackListener = null;
    };
  },
  platform: process.platform,
};

contextBridge.exposeInMainWorld('praxis', bridge);
