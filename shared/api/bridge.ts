import type { ApiResponse } from './apiError';
import type { MethodName } from './contract';
import type { ApiEvent } from './events';

/**
 * What the Electron preload exposes to the renderer as `window.praxis`: one function per API
 * method (each answers with the result envelope), event subscription, the two ways a pack file
 * the user chose reaches the core as a path, and nothing else.
 */
export interface PraxisBridge {
  api: Record<MethodName, (args: unknown) => Promise<ApiResponse<unknown>>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** Shows the OS's open dialog for a `.praxispack` file: its path, or null when cancelled. */
  choosePackFile(): Promise<string | null>;
  /** The path of a file dropped on the window (Electron's webUtils); '' when it has none. */
  pathForFile(file: File): string;
  platform: string;
}

/** IPC channel of a method: `praxis:notes.list`. */
export const ipcChannelOf = (method: string): string => `praxis:${method}`;
/** IPC channel main sends events on. */
export const IPC_EVENT_CHANNEL = 'praxis:event';
/** IPC channel of the open dialog for a knowledge pack (outside the contract: paths out only). */
export const IPC_CHOOSE_PACK_CHANNEL = 'praxis-dialog:choosePack';
