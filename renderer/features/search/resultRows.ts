import type { SearchHit, SimilarNote } from '../../../shared/search/searchResults';

/**
 * The rows of the results list: each hit, then, for a hit with near-duplicates folded under it,
 * a row that shows or hides them ("4 similar notes") and, when shown, one row per copy. Every
 * row is an option of the listbox, so the keyboard reaches them all from the search box.
 */
export type ResultRow =
  | { kind: 'hit'; hit: SearchHit }
  | { kind: 'fold'; hit: SearchHit; similar: SimilarNote[]; expanded: boolean }
  | { kind: 'similar'; note: SimilarNote; of: SearchHit };

/** The rows for `hits`, with the folds whose hit path is in `expanded` opened. */
export function resultRows(hits: readonly SearchHit[], expanded: ReadonlySet<string>): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const hit of hits) {
    rows.push({ kind: 'hit', hit });
    const similar = hit.similar;
    if (!similar || similar.length === 0) continue;
    const open = expanded.has(hit.path);
    rows.push({ kind: 'fold', hit, similar, expanded: open });
    if (open) for (const note of similar) rows.push({ kind: 'similar', note, of: hit });
  }
  return rows;
}

/** A stable key for a row (React's, and to keep the same row picked when rows change). */
export function rowKey(row: ResultRow): string {
  switch (row.kind) {
    case 'hit':
      return `hit:${row.hit.path}`;
    case 'fold':
      return `fold:${row.hit.path}`;
    case 'similar':
      return `similar:${row.of.path}:${row.note.path}`;
  }
}
