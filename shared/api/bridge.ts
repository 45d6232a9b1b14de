import type { ApiResponse } from './apiError';
import type { MethodName } from './contract';
import type { ApiEvent } from './events';
import type { HostMethodName } from './hostMethods';

/**
 * What the Electron preload exposes to the renderer as `window.praxis`: one function per API
 * method and per host method (each answers with the result envelope), event subscription, the
 * path of a file dropped on the window, and nothing else.
 */
export interface PraxisBridge {
  api: Record<MethodName, (args: unknown) => Promise<ApiResponse<unknown>>>;
  /** The OS's dialogs and file manager (shared/api/hostMethods.ts), one IPC channel each. */
  host: Record<HostMethodName, (args: unknown) => Promise<ApiResponse<unknown>>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** The path of a file dropped on the window (Electron's webUtils); '' when it has none. */
  pathForFile(file: File): string;
  platform: string;
}

/** IPC channel of a method: `praxis:notes.list` (host methods: `praxis:host.showInFolder`). */
export const ipcChannelOf = (method: string): string => `praxis:${method}`;
/** IPC channel main sends events on. */
export const IPC_EVENT_CHANNEL = 'praxis:event';
