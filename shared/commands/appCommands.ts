/**
 * The app's commands, declared once: the renderer's command palette lists them with their
 * shortcuts and runs them; the Electron application menu mirrors them (main/electron/appMenu.ts)
 * and asks the renderer to run one with an `app.command` event. Labels live in the i18n catalogue
 * under `commands:<id>`. A feature adds its commands here and registers their handlers in the
 * renderer.
 */
export type MenuSection = 'file' | 'edit' | 'view' | 'go' | 'help';

export interface AppCommandSpec {
  id: string;
  /** Electron accelerator syntax (`CmdOrCtrl+Shift+P`); the renderer parses the same string. */
  accelerator?: string;
  /** Where the command sits in the application menu, if it does. */
  menu?: MenuSection;
  /** Starts a new group in its menu. */
  separatorBefore?: boolean;
}

export const appCommands = [
  { id: 'note.new', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  { id: 'note.newFromTemplate', accelerator: 'CmdOrCtrl+Shift+N', menu: 'file' },
  { id: 'templates.restoreDefaults' },
  { id: 'journal.today', accelerator: 'CmdOrCtrl+J', menu: 'file' },
  { id: 'note.rename', accelerator: 'F2', menu: 'file', separatorBefore: true },
  { id: 'note.delete', menu: 'file' },
  { id: 'note.history', accelerator: 'CmdOrCtrl+Alt+H', menu: 'file' },
  { id: 'note.print', accelerator: 'CmdOrCtrl+P', menu: 'file', separatorBefore: true },
  { id: 'note.exportPdf', menu: 'file' },
  { id: 'note.exportHtml', menu: 'file' },
  { id: 'go.trash', menu: 'file', separatorBefore: true },
  { id: 'packs.import', menu: 'file', separatorBefore: true },
  { id: 'packs.export', menu: 'file' },
  { id: 'packs.undoImport', menu: 'file' },
  { id: 'go.settings', accelerator: 'CmdOrCtrl+,', menu: 'file', separatorBefore: true },
  { id: 'go.quickSwitcher', accelerator: 'CmdOrCtrl+O', menu: 'go' },
  { id: 'search.open', accelerator: 'CmdOrCtrl+Shift+F', menu: 'go' },
  { id: 'go.home', menu: 'go' },
  { id: 'go.back', accelerator: 'Alt+Left', menu: 'go', separatorBefore: true },
  { id: 'go.forward', accelerator: 'Alt+Right', menu: 'go' },
  { id: 'journal.open', menu: 'go', separatorBefore: true },
  { id: 'journal.weeklyReview', menu: 'go' },
  { id: 'journal.promote' },
  // Text undo (Ctrl/Cmd+Z) stays the editor's and the fields'; this reaches the vault.
  { id: 'edit.undoVaultChange', menu: 'edit', separatorBefore: true },
  { id: 'view.commandPalette', accelerator: 'CmdOrCtrl+Shift+P', menu: 'view' },
  {
    id: 'view.toggleSidebar',
    accelerator: 'CmdOrCtrl+Shift+B',
    menu: 'view',
    separatorBefore: true,
  },
  { id: 'view.toggleRightPanel', accelerator: 'CmdOrCtrl+Alt+B', menu: 'view' },
  { id: 'view.modeEdit', accelerator: 'CmdOrCtrl+1', menu: 'view', separatorBefore: true },
  { id: 'view.modePreview', accelerator: 'CmdOrCtrl+2', menu: 'view' },
  { id: 'view.modeSplit', accelerator: 'CmdOrCtrl+3', menu: 'view' },
  { id: 'view.focusNextPart', accelerator: 'F6' },
  { id: 'view.focusPreviousPart', accelerator: 'Shift+F6' },
  { id: 'view.toggleTheme', menu: 'view', separatorBefore: true },
  { id: 'help.welcome', menu: 'help' },
] as const satisfies readonly AppCommandSpec[];

export type AppCommandId = (typeof appCommands)[number]['id'];

export function findAppCommand(id: string): AppCommandSpec | undefined {
  return (appCommands as readonly AppCommandSpec[]).find((c) => c.id === id);
}
