import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { settingsSchema } from '../shared/api/settingsMethods';
import { createApiClient } from './api/apiClient';
import { ApiContext } from './api/ApiContext';
import { App } from './app/App';
import { CommandRegistry } from './services/commands/commandRegistry';
import { CommandsContext } from './services/commands/CommandsContext';
import { restoreRoute } from './app/lastRoute';
import { NavigationProvider } from './services/navigation';
import { initI18n } from './i18n/i18n';
import { ActiveNoteContext, ActiveNoteStore } from './state/activeNote';
import { SettingsProvider } from './state/SettingsContext';
import { VaultContext } from './state/VaultContext';
import { VaultStore } from './state/vaultStore';
import './styles/theme.css';
import './styles/app.css';

/** The composition root of the renderer: one client, one store of each kind, then the app. */
async function boot(): Promise<void> {
  const client = createApiClient();
  const vault = new VaultStore(client);
  // The window appears as soon as settings (theme, language) are known; the list of notes
  // follows — with 10,000 notes the app is usable (a note can be opened) before it arrives.
  const vaultStarted = vault.start().catch((error: unknown) => {
    console.error('could not load the vault', error);
  });
  const settings = await client.api['settings.get']({}).catch(() => settingsSchema.parse({}));
  const i18n = await initI18n(settings.locale);
  const commands = new CommandRegistry();
  const activeNote = new ActiveNoteStore();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiContext.Provider value={client}>
          <VaultContext.Provider value={vault}>
            <SettingsProvider initial={settings}>
              <CommandsContext.Provider value={commands}>
                <ActiveNoteContext.Provider value={activeNote}>
                  <NavigationProvider initial={restoreRoute(settings.ui.lastRoute)}>
                    <App />
                  </NavigationProvider>
                </ActiveNoteContext.Provider>
              </CommandsContext.Provider>
            </SettingsProvider>
          </VaultContext.Provider>
        </ApiContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  await vaultStarted;
}

void boot();
