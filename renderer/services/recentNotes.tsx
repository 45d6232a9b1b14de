import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { z } from 'zod';
import { useVault } from '../state/VaultContext';
import { useNavigation } from './navigation';
import { useUiState } from './useUiState';

const MAX_RECENT = 50;
const recentSchema = z.array(z.string().max(1024)).max(MAX_RECENT);

const RecentNotesContext = createContext<readonly string[]>([]);

/** Adds `path` at the front of the recent list, once. */
export function pushRecent(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

/**
 * Remembers the notes the user opened, most recent first (`settings.ui.recentNotes`), for the
 * sidebar's Recent pane, the quick switcher and the home view. Notes that no longer exist are
 * left out.
 */
export function RecentNotesProvider({ children }: { children: ReactNode }) {
  const { route } = useNavigation();
  const { byPath, loaded } = useVault();
  const [recent, setRecent] = useUiState('recentNotes', recentSchema, []);
  const openPath = route.view === 'note' ? route.path : null;

  useEffect(() => {
    if (openPath) setRecent((current) => pushRecent(current, openPath));
  }, [openPath, setRecent]);

  const existing = useMemo(
    () => (loaded ? recent.filter((p) => byPath.has(p)) : recent),
    [recent, byPath, loaded],
  );
  return <RecentNotesContext.Provider value={existing}>{children}</RecentNotesContext.Provider>;
}

/** Paths of recently opened notes that still exist, most recent first. */
export function useRecentNotes(): readonly string[] {
  return useContext(RecentNotesContext);
}
