import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/ApiContext';
import { useSettings } from '../state/SettingsContext';
import { useVault } from '../state/VaultContext';
import { useCommandHandler } from '../services/commands/CommandsContext';
import { focusWindowPart } from './focusParts';
import { useNavigation } from '../services/navigation';
import { createUntitledNote } from '../services/newNote';
import { useToasts } from '../services/toasts';

export interface ShellCommandActions {
  openSwitcher(): void;
  openPalette(): void;
  toggleSidebar(): void;
  toggleRightPanel(): void;
  resolvedTheme: 'light' | 'dark';
}

/** The commands the window itself handles (the note view and features register their own). */
export function useShellCommands(actions: ShellCommandActions): void {
  const { t } = useTranslation('app');
  const { api } = useApiClient();
  const vault = useVault();
  const navigation = useNavigation();
  const { update } = useSettings();
  const { notifyError } = useToasts();

  useCommandHandler('note.new', async () => {
    try {
      const note = await createUntitledNote(api, vault.byPath.keys(), t('newNote.untitled'));
      navigation.navigate({ view: 'note', path: note.path, focusTitle: true });
    } catch (error) {
      notifyError(error);
    }
  });
  useCommandHandler('go.quickSwitcher', actions.openSwitcher);
  useCommandHandler('view.commandPalette', actions.openPalette);
  useCommandHandler('go.back', navigation.back, navigation.canGoBack);
  useCommandHandler('go.forward', navigation.forward, navigation.canGoForward);
  useCommandHandler('go.home', () => navigation.navigate({ view: 'home' }));
  // The search view handles it itself while shown (back to its box).
  useCommandHandler('search.open', () => navigation.navigate({ view: 'search' }));
  useCommandHandler('go.trash', () => navigation.navigate({ view: 'trash' }));
  useCommandHandler('go.settings', () => navigation.navigate({ view: 'settings' }));
  useCommandHandler('view.toggleSidebar', actions.toggleSidebar);
  useCommandHandler('view.toggleRightPanel', actions.toggleRightPanel);
  useCommandHandler('view.focusNextPart', () => focusWindowPart(1));
  useCommandHandler('view.focusPreviousPart', () => focusWindowPart(-1));
  useCommandHandler('view.toggleTheme', () =>
    update({ theme: actions.resolvedTheme === 'dark' ? 'light' : 'dark' }).catch(notifyError),
  );
}
