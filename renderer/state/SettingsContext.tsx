import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
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
  const lastRequest = useRef(0);
  const update = useCallback(
    async (patch: SettingsPatch) => {
      const request = ++lastRequest.current;
      setSettings((current) => ({
        ...current,
        ...patch,
        ui: { ...current.ui, ...(patch.ui ?? {}) },
        journal: { ...current.journal, ...(patch.journal ?? {}) },
        history: { ...current.history, ...(patch.history ?? {}) },
      }));
      const stored = await api['settings.update'](patch);
      // Only the answer to the latest change is the whole truth: an earlier answer, arriving
      // after a later change was shown, would briefly undo it (a theme flicking back).
      if (request === lastRequest.current) setSettings(stored);
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
