import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Settings, settingsPatchSchema } from '../../shared/api/settingsMethods';
import { useApiClient } from '../api/ApiContext';

export type SettingsPatch = z.input<typeof settingsPatchSchema>;

interface SettingsValue {
  settings: Settings;
  /** Saves a change; the UI updates at once and follows what main stored. */
  update(patch: SettingsPatch): Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

export function SettingsProvider({
  initial,
  children,
}: {
  initial: Settings;
  children: ReactNode;
}) {
  const { api } = useApiClient();
  const [settings, setSettings] = useState(initial);
  const update = useCallback(
    async (patch: SettingsPatch) => {
      setSettings((current) => ({
        ...current,
        ...patch,
        ui: { ...current.ui, ...(patch.ui ?? {}) },
        journal: { ...current.journal, ...(patch.journal ?? {}) },
      }));
      setSettings(await api['settings.update'](patch));
    },
    [api],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings must be used inside <SettingsProvider>.');
  return value;
}
