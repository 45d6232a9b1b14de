import { useEffect, useRef } from 'react';
import { useApiClient } from '../api/ApiContext';

/**
 * Calls `open` with each `.praxispack` the OS asked Praxis to open (a double-click, "Open with"),
 * for the import flow: those that came before the window was listening, then each new one. Files
 * are taken from the host (`host.takeOpenRequests`), so each is handled once whichever way it
 * arrived; the `packs.openRequested` event only says one is waiting.
 */
export function usePackOpenRequests(open: (file: string) => void): void {
  const { host, onEvent } = useApiClient();
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    let live = true;
    const take = () =>
      host['host.takeOpenRequests']({}).then(
        (files) => {
          if (live) for (const file of files) latest.current(file);
        },
        () => undefined,
      );
    void take();
    const stop = onEvent((event) => {
      if (event.type === 'packs.openRequested') void take();
    });
    return () => {
      live = false;
      stop();
    };
  }, [host, onEvent]);
}
