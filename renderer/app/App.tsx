import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/ApiContext';
import { useSettings } from '../state/SettingsContext';
import { useVault } from '../state/VaultContext';
import { useCommandRegistry } from './commands/CommandsContext';
import { useGlobalShortcuts } from './commands/useGlobalShortcuts';
import { useTheme } from './useTheme';

/** The window: placeholder layout until the app shell lands (issue "The app a person uses"). */
export function App() {
  const { t } = useTranslation();
  const client = useApiClient();
  const registry = useCommandRegistry();
  const { settings } = useSettings();
  const vault = useVault();
  useTheme(settings.theme);
  useGlobalShortcuts(registry, client);

  useEffect(() => {
    document.title = vault.info ? `${vault.info.name} — Praxis` : 'Praxis';
  }, [vault.info]);

  return (
    <div className="app">
      <nav aria-label={t('notes')}>
        <h1>{vault.info?.name ?? 'Praxis'}</h1>
        <ul aria-label={t('notes')}>
          {vault.notes.map((note) => (
            <li key={note.path}>{note.title}</li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
