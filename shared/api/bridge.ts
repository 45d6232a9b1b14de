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
  /**
   * Packs the OS asked Praxis to open (a double-click), as paths: those that arrived before a
   * listener are kept for the first one. Returns a function that stops listening.
   */
  onOpenPack(listener: (file: string) => void): () => void;
  platform: string;
}

/** IPC channel of a method: `praxis:notes.list`. */
export const ipcChannelOf = (method: string): string => `praxis:${method}`;
/** IPC channel main sends events on. */
export const IPC_EVENT_CHANNEL = 'praxis:event';
/** IPC channel main sends a pack the OS asked to open on (a double-click): its path. */
export const IPC_OPEN_PACK_CHANNEL = 'praxis-open:pack';
/** IPC channel of the open dialog for a knowledge pack (outside the contract: paths out only). */
export const IPC_CHOOSE_PACK_CHANNEL = 'praxis-dialog:choosePack';
