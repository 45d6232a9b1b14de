/**
 * Renders renderer components in jsdom with the app's providers around them, over an in-memory
 * API (the core cannot run in a browser test): `notes` for the vault, settings kept in memory,
 * and any other method given in `api`. Events can be sent with `emit`.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError } from '../../shared/api/apiError';
import type { ApiMethods, MethodName } from '../../shared/api/contract';
import type { ApiEvent } from '../../shared/api/events';
import type { HostMethods } from '../../shared/api/hostMethods';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import { settingsSchema, type Settings } from '../../shared/api/settingsMethods';
import type { ApiClient } from '../../renderer/api/apiClient';
import { ApiContext } from '../../renderer/api/ApiContext';
import { CommandRegistry } from '../../renderer/services/commands/commandRegistry';
import { CommandsContext } from '../../renderer/services/commands/CommandsContext';
import {
  NavigationProvider,
  useNavigation,
  type Navigation,
} from '../../renderer/services/navigation';
import { RecentNotesProvider } from '../../renderer/services/recentNotes';
import type { Route } from '../../renderer/services/routes';
import { ToastsProvider } from '../../renderer/services/toasts';
import { initI18n } from '../../renderer/i18n/i18n';
import { ActiveNoteContext, ActiveNoteStore } from '../../renderer/state/activeNote';
import { SettingsProvider } from '../../renderer/state/SettingsContext';
import { VaultContext } from '../../renderer/state/VaultContext';
import { VaultStore } from '../../renderer/state/vaultStore';

export interface TestApp extends RenderResult {
  client: ApiClient;
  registry: CommandRegistry;
  settings(): Settings;
  emit(event: ApiEvent): void;
  /** The navigation as it is now (route, history). */
  navigation(): Navigation;
}

interface Options {
  notes?: NoteSummary[];
  api?: Partial<ApiMethods>;
  /** The host's dialogs (default: every one cancelled, no file manager). */
  host?: Partial<HostMethods>;
  route?: Route;
  settings?: Partial<Settings>;
  /** How dropped or picked pack files reach the core (default: none can). */
  packFiles?: Partial<ApiClient['packFiles']>;
  /** Which app the renderer believes it runs in (default: `web`). */
  edition?: ApiClient['edition'];
}

/** jsdom has no modal dialogs; enough of them for ui/Dialog.tsx. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
}

export async function renderApp(ui: ReactNode, options: Options = {}): Promise<TestApp> {
  polyfillDialog();
  let settings = settingsSchema.parse(options.settings ?? {});
  const listeners = new Set<(event: ApiEvent) => void>();
  const notes = options.notes ?? [];
  const builtIn: Partial<ApiMethods> = {
    'vault.info': async () => ({
      path: '/vault',
      name: 'vault',
      noteCount: notes.length,
      loading: null,
      notices: [],
    }),
    'notes.list': async () => notes,
    'notes.listUnread': async () => [],
    'attachments.list': async () => [],
    'settings.get': async () => settings,
    // As main merges a patch: `ui`, `journal` and `history` key by key, the rest replaced.
    'settings.update': async ({ ui, journal, history, ...rest }) => {
      settings = settingsSchema.parse({
        ...settings,
        ...rest,
        ui: { ...settings.ui, ...ui },
        journal: { ...settings.journal, ...journal },
        history: { ...settings.history, ...history },
      });
      return settings;
    },
  };
  const handlers = { ...builtIn, ...options.api };
  const api = new Proxy({} as ApiMethods, {
    get: (_target, method: MethodName) =>
      handlers[method] ??
      (async () => {
        throw new ApiError('UNAVAILABLE', `${method} is not available in this test.`);
      }),
  });
  const client: ApiClient = {
    api,
    host: {
      'host.chooseSavePath': async () => null,
      'host.exportPdf': async () => null,
      'host.chooseOpenPath': async () => null,
      'host.showInFolder': async () => false,
      'host.takeOpenRequests': async () => [],
      ...options.host,
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fileUrl: (p) => `/files/${p}`,
    edition: options.edition ?? 'web',
    packFiles: {
      pathOf: async () => {
        throw new ApiError('UNAVAILABLE', 'Files cannot be read in this test.');
      },
      ...options.packFiles,
    },
  };
  const vault = new VaultStore(client);
  await vault.start();
  const i18n = await initI18n('en');
  const registry = new CommandRegistry();
  let navigation: Navigation | null = null;
  const Spy = () => {
    navigation = useNavigation();
    return null;
  };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <ApiContext.Provider value={client}>
        <VaultContext.Provider value={vault}>
          <SettingsProvider initial={settings}>
            <CommandsContext.Provider value={registry}>
              <ActiveNoteContext.Provider value={new ActiveNoteStore()}>
                <NavigationProvider initial={options.route ?? { view: 'home' }}>
                  <ToastsProvider>
                    <RecentNotesProvider>
                      <Spy />
                      {ui}
                    </RecentNotesProvider>
                  </ToastsProvider>
                </NavigationProvider>
              </ActiveNoteContext.Provider>
            </CommandsContext.Provider>
          </SettingsProvider>
        </VaultContext.Provider>
      </ApiContext.Provider>
    </I18nextProvider>,
  );
  return {
    ...result,
    client,
    registry,
    settings: () => settings,
    emit: (event) => listeners.forEach((l) => l(event)),
    navigation: () => navigation!,
  };
}
