import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName } from '../../shared/api/events';
import { useApiClient } from '../api/ApiContext';

export interface LiveQuery<T> {
  /** The last answer for the current key; null until the first one arrives. */
  data: T | null;
  /** Why the last load failed (the last good data is kept). */
  error: unknown;
  /** No answer yet for the current key. */
  loading: boolean;
  reload(): void;
}

const NO_KEY = Symbol('none');

/**
 * Data from the API that follows the vault: loaded for `key`, and loaded again shortly after any
 * of `refreshOn` arrives (events come in bursts — a rename rewrites many notes — so they are
 * gathered for `delayMs`; `notes.changed` implies `vault.loaded`). A change of `key` starts afresh; answers to older requests are
 * dropped. `load` may change on every render: the latest one is used.
 *
 *   const page = useLiveQuery(slug, () => api['domains.page']({ slug }), ['notes.changed']);
 */
export function useLiveQuery<T>(
  key: string,
  load: () => Promise<T>,
  refreshOn: readonly EventName[],
  delayMs = 250,
): LiveQuery<T> {
  const { onEvent } = useApiClient();
  const [generation, setGeneration] = useState(0);
  const [result, setResult] = useState<{
    key: string | typeof NO_KEY;
    data: T | null;
    error: unknown;
  }>({ key: NO_KEY, data: null, error: null });
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });

  useEffect(() => {
    let cancelled = false;
    latestLoad.current().then(
      (data) => {
        if (!cancelled) setResult({ key, data, error: null });
      },
      (error: unknown) => {
        if (!cancelled)
          setResult((previous) => ({
            key,
            data: previous.key === key ? previous.data : null,
            error,
          }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, generation]);

  // The first read of the vault tells no note's change: what follows notes follows its end too.
  const events = [
    ...refreshOn,
    ...(refreshOn.includes('notes.changed') ? (['vault.loaded'] as const) : []),
  ].join(' ');
  useEffect(() => {
    const wanted = new Set(events.split(' '));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = onEvent((event) => {
      if (!wanted.has(event.type)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        setGeneration((n) => n + 1);
      }, delayMs);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [onEvent, events, delayMs]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const current = result.key === key ? result : null;
  return {
    data: current?.data ?? null,
    error: current?.error ?? null,
    loading: current === null,
    reload,
  };
}
