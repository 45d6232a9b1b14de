import type { BaseWindow, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Translate } from '../../shared/i18n/translator';
import { planVaultFileOpen, type VaultFileOpening } from '../core/files/planVaultFileOpen';
import { isIgnoredPath, parseVaultPath } from '../core/vault/vaultPaths';

/** The parts of Electron's `shell` and `dialog` the opener uses (the real ones, or a test's). */
export interface FileOpenerShell {
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}
export interface FileOpenerDialog {
  showMessageBox(window: BaseWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showErrorBox(title: string, content: string): void;
}

export interface VaultFileOpener {
  shell: FileOpenerShell;
  dialog: FileOpenerDialog;
  /** The window a question belongs to (a sheet on macOS), if there is one. */
  window(): BaseWindow | null;
  /** Text in the user's language, namespace `desktop`. */
  t: Translate;
}

type Confirm = Extract<VaultFileOpening, { action: 'confirm' }>;

/** The question for a file that is not opened straight away: what it is, and what can be done. */
export function confirmationFor(plan: Confirm, t: Translate): MessageBoxOptions {
  const kind =
    plan.kind === 'unknown'
      ? plan.extension === null
        ? t('openFile.kind.unknownNoExtension')
        : t('openFile.kind.unknown', { extension: plan.extension })
      : t(`openFile.kind.${plan.kind}`);
  // The name as it is, never as bidirectional controls would make it look.
  const name = plan.name.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
  const buttons = [t('openFile.showInFolder'), t('openFile.cancel')];
  if (plan.canOpen) buttons.push(t('openFile.openAnyway'));
  return {
    type: 'warning',
    title: t('openFile.title'),
    message: t('openFile.message', { name, kind }),
    detail: t(plan.canOpen ? 'openFile.detailCanOpen' : 'openFile.detail'),
    buttons,
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/**
 * What a click on a link to vault file `rel` does in the desktop app. A document or media file
 * opens in the OS's app for it; anything else (a program, a script, a shortcut, a folder such as
 * a macOS `.app`, a symlink, a name that hides its type) only after a question that names the
 * file and says what it is, whose default is to show it in its folder. Programs and scripts are
 * never opened from Praxis. The decision is `planVaultFileOpen`'s; this only acts on it.
 */
export async function openVaultFile(
  vaultRoot: string,
  rel: string,
  opener: VaultFileOpener,
): Promise<void> {
  const { shell, dialog, t } = opener;
  const relPath = parseVaultPath(rel, 'file path');
  if (isIgnoredPath(relPath)) return;
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const fail = (problem: string) =>
    dialog.showErrorBox(t('openFile.failedTitle'), t('openFile.failed', { name, problem }));
  const open = async (path: string) => {
    const problem = await shell.openPath(path);
    if (problem) fail(problem);
  };
  let plan: VaultFileOpening;
  try {
    plan = await planVaultFileOpen(vaultRoot, relPath);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return;
  }
  switch (plan.action) {
    case 'missing':
      dialog.showErrorBox(t('openFile.failedTitle'), t('openFile.missing', { name }));
      return;
    case 'open':
      return open(plan.path);
    case 'confirm': {
      const options = confirmationFor(plan, t);
      const window = opener.window();
      const { response } = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options);
      if (response === 0) shell.showItemInFolder(plan.path);
      else if (response === 2 && plan.canOpen) {
        // Checked again: the file may have been swapped while the question was up.
        const again = await planVaultFileOpen(vaultRoot, relPath);
        if (again.action === 'confirm' && again.canOpen && again.kind === plan.kind)
          await open(again.path);
      }
      return;
    }
  }
}
