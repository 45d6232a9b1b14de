import type { ApiHandlers } from '../../../shared/api/contract';
import type { settingsMethods } from '../../../shared/api/settingsMethods';
import type { CoreServices } from '../coreServices';

export function createSettingsHandlers({
  store,
  events,
}: CoreServices): Pick<ApiHandlers, keyof typeof settingsMethods> {
  return {
    'settings.get': async () => store.data.settings,
    'settings.update': async ({ ui, journal, history, ...rest }) => {
      const localeBefore = store.data.settings.locale;
      await store.update((data) => {
        Object.assign(data.settings, rest);
        if (ui) data.settings.ui = { ...data.settings.ui, ...ui };
        if (journal) data.settings.journal = { ...data.settings.journal, ...journal };
        if (history) data.settings.history = { ...data.settings.history, ...history };
      });
      const { locale } = store.data.settings;
      if (locale !== localeBefore) events.emit('settings.localeChanged', { locale });
      return store.data.settings;
    },
  };
}
