import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './windowState';

/**
 * The main window's options. Security settings are spelled out even where they are Electron's
 * defaults, so that a reader (and the unit test) sees them: isolated, sandboxed, no Node.
 * `spellcheck` is what `configureSpellchecker` decided for this platform.
 */
export function mainWindowOptions(
  state: WindowState,
  preloadPath: string,
  backgroundColor: string,
  spellcheck: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Praxis',
    backgroundColor,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck,
    },
  };
}
