/**
 * Line diff (Myers' O(ND) algorithm) and a three-way merge built on it, for showing a note's two
 * versions side by side and pre-filling a hand merge. Texts are split on `\n` (a `\r\n` file keeps
 * its `\r` on each line, so both sides compare alike).
 */

export type DiffOp =
  | { kind: 'equal'; lines: string[] }
  | { kind: 'delete'; lines: string[] }
  | { kind: 'insert'; lines: string[] };

/**
 * Above this many differing lines the diff gives up on minimality and shows one big replacement
 * (the cost grows with the square of the differences).
 */
const MAX_EDIT_DISTANCE = 2000;

export function splitLines(text: string): string[] {
  return text.split('\n');
}

/** The edit script turning lines `a` into lines `b`: equal runs, deletions and insertions. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;

  const ops: DiffOp[] = [];
  push(ops, 'equal', a.slice(0, prefix));
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  for (const op of myers(midA, midB)) push(ops, op.kind, op.lines);
  push(ops, 'equal', a.slice(a.length - suffix));
  return ops;
}

function push(ops: DiffOp[], kind: DiffOp['kind'], lines: readonly string[]): void {
  if (lines.length === 0) return;
  const last = ops.at(-1);
  if (last && last.kind === kind) last.lines.push(...lines);
  else ops.push({ kind, lines: [...lines] } as DiffOp);
}

function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0) return [{ kind: 'insert', lines: [...b] }];
  if (m === 0) return [{ kind: 'delete', lines: [...a] }];
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d..d] as it was before step d (only the diagonals step d can read).
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) {
    return [
      { kind: 'delete', lines: [...a] },
      { kind: 'insert', lines: [...b] },
    ];
  }
  // Walk the trace back from the end to recover the path.
  const reversed: { kind: DiffOp['kind']; line: string }[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    // vd[i] is v[i - d] before step d.
    const at = (k: number) => vd[k + d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ kind: 'equal', line: a[--x]! });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) reversed.push({ kind: 'insert', line: b[--y]! });
    else reversed.push({ kind: 'delete', line: a[--x]! });
  }
  const ops: DiffOp[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) push(ops, reversed[i]!.kind, [reversed[i]!.line]);
  return ops;
}

/** A change of one side against the base: base lines `[start, end)` become `lines`. */
interface Hunk {
  start: number;
  end: number;
  lines: string[];
}

function hunks(base: readonly string[], side: readonly string[]): Hunk[] {
  const out: Hunk[] = [];
  let at = 0;
  let current: Hunk | null = null;
  for (const op of diffLines(base, side)) {
    if (op.kind === 'equal') {
      if (current) out.push(current);
      current = null;
      at += op.lines.length;
      continue;
    }
    current ??= { start: at, end: at, lines: [] };
    if (op.kind === 'delete') {
      at += op.lines.length;
      current.end = at;
    } else current.lines.push(...op.lines);
  }
  if (current) out.push(current);
  return out;
}

function apply(base: readonly string[], start: number, end: number, side: Hunk[]): string[] {
  const out: string[] = [];
  let at = start;
  for (const hunk of side) {
    out.push(...base.slice(at, hunk.start), ...hunk.lines);
    at = hunk.end;
  }
  out.push(...base.slice(at, end));
  return out;
}

export interface MergeLabels {
  mine: string;
  theirs: string;
}

export interface MergeResult {
  text: string;
  /** Places where both sides changed the same lines differently (marked in `text`). */
  conflicts: number;
}

/**
 * Three-way merge of two edits of `base`: changes made on one side only are taken, changes made
 * alike on both sides once, and lines both changed differently are kept both, between git-style
 * markers for the user to settle:
 *
 *     <<<<<<< mine
 *     my lines
 *     =======
 *     their lines
 *     >>>>>>> theirs
 */
export function mergeThreeWay(
  base: string,
  mine: string,
  theirs: string,
  labels: MergeLabels = { mine: 'mine', theirs: 'theirs' },
): MergeResult {
  const baseLines = splitLines(base);
  const all = [
    ...hunks(baseLines, splitLines(mine)).map((h) => ({ ...h, side: 'mine' as const })),
    ...hunks(baseLines, splitLines(theirs)).map((h) => ({ ...h, side: 'theirs' as const })),
  ].sort((x, y) => x.start - y.start || x.end - y.end);

  const out: string[] = [];
  let conflicts = 0;
  let at = 0;
  let i = 0;
  while (i < all.length) {
    const group = [all[i]!];
    let end = all[i]!.end;
    i++;
    while (
      i < all.length &&
      all[i]!.start <= end &&
      (all[i]!.start < end || touches(group, all[i]!))
    ) {
      end = Math.max(end, all[i]!.end);
      group.push(all[i]!);
      i++;
    }
    const start = group[0]!.start;
    out.push(...baseLines.slice(at, start));
    const mineHunks = group.filter((h) => h.side === 'mine');
    const theirHunks = group.filter((h) => h.side === 'theirs');
    const mineText = apply(baseLines, start, end, mineHunks);
    const theirText = apply(baseLines, start, end, theirHunks);
    if (theirHunks.length === 0) out.push(...mineText);
    else if (mineHunks.length === 0) out.push(...theirText);
    else if (mineText.join('\n') === theirText.join('\n')) out.push(...mineText);
    else {
      conflicts++;
      out.push(
        `<<<<<<< ${labels.mine}`,
        ...mineText,
        '=======',
        ...theirText,
        `>>>>>>> ${labels.theirs}`,
      );
    }
    at = end;
  }
  out.push(...baseLines.slice(at));
  return { text: out.join('\n'), conflicts };
}

/**
 * A hunk starting exactly where the group ends still belongs to it when it comes from the other
 * side (two edits touching the same spot conflict, as in git), or when both are insertions at the
 * same point.
 */
function touches(
  group: { side: string; start: number; end: number }[],
  next: { side: string; start: number; end: number },
): boolean {
  return group.some(
    (h) => h.side !== next.side && (h.end === next.start || h.start === next.start),
  );
}

/** One row of a side-by-side view: a line on either side, or a fold of unchanged lines. */
export type DiffRow =
  | {
      kind: 'line';
      left: { number: number; text: string } | null;
      right: { number: number; text: string } | null;
      changed: boolean;
    }
  | { kind: 'fold'; count: number };

/** Rows for showing `left` and `right` side by side, unchanged runs folded beyond `context`. */
export function sideBySideRows(left: string, right: string, context = 3): DiffRow[] {
  const ops = diffLines(splitLines(left), splitLines(right));
  const rows: DiffRow[] = [];
  let l = 1;
  let r = 1;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.kind === 'equal') {
      const lines = op.lines;
      const keepStart = i === 0 ? 0 : context;
      const keepEnd = i === ops.length - 1 ? 0 : context;
      if (lines.length > keepStart + keepEnd + 1) {
        for (let j = 0; j < keepStart; j++) rows.push(equalRow(lines[j]!, l + j, r + j));
        const folded = lines.length - keepStart - keepEnd;
        rows.push({ kind: 'fold', count: folded });
        for (let j = lines.length - keepEnd; j < lines.length; j++)
          rows.push(equalRow(lines[j]!, l + j, r + j));
      } else {
        lines.forEach((line, j) => rows.push(equalRow(line, l + j, r + j)));
      }
      l += lines.length;
      r += lines.length;
      continue;
    }
    // A deletion followed by an insertion is one change: pair its lines row by row.
    const deleted = op.kind === 'delete' ? op.lines : [];
    const next = ops[i + 1];
    const inserted =
      op.kind === 'insert' ? op.lines : next?.kind === 'insert' ? (i++, next.lines) : [];
    rows.push(...changedRows(deleted, inserted, l, r));
    l += deleted.length;
    r += inserted.length;
  }
  return rows;
}

/**
 * One change as rows: the lines `deleted` from the left (numbered from `left`) beside the lines
 * `inserted` on the right (from `right`), paired row by row.
 */
export function changedRows(
  deleted: readonly string[],
  inserted: readonly string[],
  left: number,
  right: number,
): DiffRow[] {
  return Array.from({ length: Math.max(deleted.length, inserted.length) }, (_, j) => ({
    kind: 'line',
    left: j < deleted.length ? { number: left + j, text: deleted[j]! } : null,
    right: j < inserted.length ? { number: right + j, text: inserted[j]! } : null,
    changed: true,
  }));
}

export function equalRow(text: string, left: number, right: number): DiffRow {
  return {
    kind: 'line',
    left: { number: left, text },
    right: { number: right, text },
    changed: false,
  };
}
