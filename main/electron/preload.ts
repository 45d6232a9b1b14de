/**
 * The sandboxed preload: exposes exactly the API methods of the contract and the host's dialog
 * methods (each one IPC channel), event subscription and the path of a dropped pack file as
 * `window.praxis`. Nothing else crosses, and events of unknown types are dropped.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { methodNames } from '../../shared/api/contract';
import { apiEvents, type ApiEvent } from '../../shared/api/events';
import { hostMethodNames } from '../../shared/api/hostMethods';
import { IPC_EVENT_CHANNEL, ipcChannelOf, type PraxisBridge } from '../../shared/api/bridge';

const invokers = <N extends string>(names: readonly N[]) =>
  Object.fromEntries(
    names.map((name) => [name, (args: unknown) => ipcRenderer.invoke(ipcChannelOf(name), args)]),
  ) as Record<N, (args: unknown) => Promise<never>>;

const bridge: PraxisBridge = {
  api: invokers(methodNames),
  host: invokers(hostMethodNames),
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, message: ApiEvent) => {
      if (message && Object.hasOwn(apiEvents, message.type)) listener(message);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
  // A File exposed across the context bridge stays a File: Electron reads its path here.
  pathForFile: (file) => webUtils.getPathForFile(file),
  platform: process.platform,
};

contextBridge.exposeInMainWorld('praxis', bridge);
