import { useEffect, useRef } from 'react';
import { useApiClient } from '../api/ApiContext';

const QUIET_MS = 300;

/**
 * Calls `onChange` once notes stop changing for a moment (a save, an import of hundreds of
 * notes, a rename rewriting links) — for screens that summarise the vault and must refetch.
 * `relevant` picks the changed paths that matter (default: every note).
 */
export function useVaultChanges(
  onChange: () => void,
  relevant: (path: string) => boolean = () => true,
): void {
  const { onEvent } = useApiClient();
  const latest = useRef({ onChange, relevant });
  useEffect(() => {
    latest.current = { onChange, relevant };
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = onEvent((event) => {
      // The end of the first read of the vault: any note may have been added.
      const relevant =
        event.type === 'vault.loaded' ||
        (event.type === 'notes.changed' && latest.current.relevant(event.payload.path));
      if (!relevant) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        latest.current.onChange();
      }, QUIET_MS);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [onEvent]);
}
