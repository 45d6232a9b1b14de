import { useCallback, useMemo } from 'react';
import { z } from 'zod';
import { useUiState } from './useUiState';

const expandedSchema = z.array(z.string().max(2048)).max(20_000);

/** Which groups of a tree are expanded, remembered in `settings.ui[key]`. */
export function useExpandedGroups(key: string) {
  const [list, setList] = useUiState<string[]>(key, expandedSchema, []);
  const expanded = useMemo(() => new Set(list), [list]);
  const setExpanded = useCallback(
    (id: string, open: boolean) =>
      setList((current) =>
        open
          ? current.includes(id)
            ? current
            : [...current, id]
          : current.filter((x) => x !== id),
      ),
    [setList],
  );
  const expandAll = useCallback(
    (ids: readonly string[]) =>
      setList((current) => {
        const missing = ids.filter((id) => !current.includes(id));
        return missing.length ? [...current, ...missing] : current;
      }),
    [setList],
  );
  const collapseAll = useCallback(() => setList([]), [setList]);
  return { expanded, setExpanded, expandAll, collapseAll };
}
