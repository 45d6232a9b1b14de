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
  ipcChannelOf,
  type PraxisBridge,
} from '../../shared/api/bridge';

const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (args: unknown) => ipcRenderer.invoke(ipcChannelOf(method), args),
  ]),
) as PraxisBridge['api'];

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
  platform: process.platform,
};

contextBridge.exposeInMainWorld('praxis', bridge);
