/** The steps of the desktop app's start, as main.ts wires them to Electron and the core. */
export interface DesktopStartupSteps {
  /**
   * Opens the vault (the last one, else asking for one); resolves once the core answers calls —
   * its notes are still being read — with false if no vault could be opened.
   */
  openVault(): Promise<boolean>;
  /** Creates the window and loads the app into it. */
  createWindow(): Promise<void>;
  /** (Re)builds the menu, in the vault's language once one is open. */
  setMenu(): void;
  quit(): void;
}

/**
 * The window first: it is created while the vault opens, so that the shell shows at once (the
 * window's calls wait for the core; see registerIpcHandlers) and the notes fill in as they are
 * read. Resolves with the vault's opening: `opened` is the promise calls wait on.
 */
export function startDesktop(steps: DesktopStartupSteps): {
  opened: Promise<boolean>;
  done: Promise<void>;
} {
  const opened = steps.openVault();
  const done = (async () => {
    const shown = steps.createWindow();
    steps.setMenu();
    // Both are awaited, so that neither failure goes unreported.
    const [ok] = await Promise.all([opened, shown]);
    if (!ok) return steps.quit();
    steps.setMenu();
  })();
  return { opened, done };
}
