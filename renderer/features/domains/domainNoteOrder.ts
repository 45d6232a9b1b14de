import type { NoteSummary } from '../../../shared/api/noteSchemas';

export type NoteSortKey = 'title' | 'type' | 'updated';
export interface NoteSort {
  key: NoteSortKey;
  descending: boolean;
}

/** The order a column starts in when first chosen: names A→Z, dates newest first. */
export const FIRST_DIRECTION: Record<NoteSortKey, boolean> = {
  title: false,
  type: false,
  updated: true,
};

/** The sort after the header of `key` is pressed: the same column flips, another starts fresh. */
export function nextSort(current: NoteSort, key: NoteSortKey): NoteSort {
  return current.key === key
    ? { key, descending: !current.descending }
    : { key, descending: FIRST_DIRECTION[key] };
}

/**
 * `notes` in the order of `sort`; ties go by title then path so that the order never depends on
 * where the notes came from. `typeLabel` is what the reader sees for a type (sorted as read).
 */
export function sortNotes(
  notes: readonly NoteSummary[],
  sort: NoteSort,
  compareText: (a: string, b: string) => number,
  typeLabel: (type: string) => string,
): NoteSummary[] {
  const byTitle = (a: NoteSummary, b: NoteSummary) =>
    compareText(a.title, b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const primary = (a: NoteSummary, b: NoteSummary): number => {
    switch (sort.key) {
      case 'title':
        return 0;
      case 'type':
        return compareText(typeLabel(a.type), typeLabel(b.type));
      case 'updated':
        return (Date.parse(a.updated) || 0) - (Date.parse(b.updated) || 0);
    }
  };
  const sign = sort.descending ? -1 : 1;
  return [...notes].sort((a, b) => sign * (primary(a, b) || byTitle(a, b)));
}
