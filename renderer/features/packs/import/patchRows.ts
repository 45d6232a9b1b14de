import { parsePatch } from 'diff';
import { changedRows, equalRow, type DiffRow } from '../../note/conflict/lineDiff';

/**
 * Rows for the side-by-side view (the conflict view's SideBySideDiff) from a unified diff, as an
 * import plan carries for each update and conflict: this vault's text on the left, the pack's on
 * the right, the unchanged lines between hunks folded. Null when it is not a diff or shows nothing.
 */
export function patchRows(patch: string): DiffRow[] | null {
  let hunks: ReturnType<typeof parsePatch>[number]['hunks'] | undefined;
  try {
    hunks = parsePatch(patch)[0]?.hunks;
  } catch {
    return null;
  }
  if (!hunks?.length) return null;
  const rows: DiffRow[] = [];
  let oldEnd = 1;
  for (const hunk of hunks) {
    // An empty side's hunk starts at line 0.
    const oldStart = Math.max(hunk.oldStart, 1);
    if (oldStart > oldEnd) rows.push({ kind: 'fold', count: oldStart - oldEnd });
    let l = oldStart;
    let r = Math.max(hunk.newStart, 1);
    let removed: string[] = [];
    let added: string[] = [];
    const flush = () => {
      rows.push(...changedRows(removed, added, l, r));
      l += removed.length;
      r += added.length;
      removed = [];
      added = [];
    };
    for (const line of hunk.lines) {
      const mark = line[0];
      const text = line.slice(1);
      if (mark === '-') removed.push(text);
      else if (mark === '+') added.push(text);
      else if (mark === ' ') {
        flush();
        rows.push(equalRow(text, l++, r++));
      }
      // `\ No newline at end of file` says nothing a reader needs here.
    }
    flush();
    oldEnd = l;
  }
  return rows.length > 0 ? rows : null;
}
