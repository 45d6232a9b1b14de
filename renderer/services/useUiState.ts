import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useSettings, type SettingsPatch } from '../state/SettingsContext';

const SAVE_DELAY_MS = 250;

/**
 * A piece of UI state remembered in the vault's settings (`settings.ui[key]`): panel sizes,
 * expanded folders, recent notes… It is kept in the vault rather than in localStorage because the
 * web edition's origin changes on every start. Reads are validated with `schema` (a value from an
 * older version, or edited by hand, falls back to `fallback`); writes update the screen at once
 * and reach the disk shortly after, batched. One component owns each key.
 */
export function useUiState<T>(
  key: string,
  schema: z.ZodType<T>,
  fallback: T,
): [T, (next: T | ((current: T) => T)) => void] {
  const { settings, update } = useSettings();
  const [value, setValue] = useState<T>(() => {
    const parsed = schema.safeParse(settings.ui[key]);
    return parsed.success ? parsed.data : fallback;
  });
  const latest = useRef(value);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) void update({ ui: { [key]: next.value } as SettingsPatch['ui'] });
  }, [key, update]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const set = useCallback(
    (next: T | ((current: T) => T)) => {
      const value = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
      if (Object.is(value, latest.current)) return;
      latest.current = value;
      setValue(value);
      pending.current = { value };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return [value, set];
}
