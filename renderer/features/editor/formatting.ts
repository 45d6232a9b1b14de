import {
  EditorSelection,
  type ChangeSpec,
  type EditorState,
  type SelectionRange,
  type StateCommand,
  type TransactionSpec,
} from '@codemirror/state';

/**
 * Markdown formatting as Word and Obsidian users expect it: Ctrl/Cmd+B, I and K wrap the
 * selection (or put the markers around the cursor, ready to type between them) and take the
 * markers off again when the text is already wrapped; headings, lists and checkboxes toggle on
 * the selected lines. Each transform is pure (state in, transaction out) so it is tested on
 * CodeMirror state alone; the commands below dispatch them.
 */
export type InlineFormat = 'bold' | 'italic';
export type LineFormat = 'bullet' | 'numbered' | 'task';

const MARKERS: Record<InlineFormat, string> = { bold: '**', italic: '*' };

/** How many `char`s run back from `pos` (to the left) or forward from it. */
function runLength(text: string, pos: number, char: string, back: boolean): number {
  let n = 0;
  if (back) while (pos - n - 1 >= 0 && text[pos - n - 1] === char) n++;
  else while (pos + n < text.length && text[pos + n] === char) n++;
  return n;
}

/**
 * Whether a run of `*` on both sides (as short as the shorter one) includes `format`: `**` is bold,
 * `*` italic, `***` both.
 */
function runHas(format: InlineFormat, run: number): boolean {
  return format === 'bold' ? run >= 2 : run % 2 === 1;
}

function toggleInlineRange(
  state: EditorState,
  range: SelectionRange,
  format: InlineFormat,
): { changes: ChangeSpec[]; range: SelectionRange } {
  const marker = MARKERS[format];
  const size = marker.length;
  const line = state.doc.lineAt(range.from);
  const text = line.text;
  const from = range.from - line.from;
  const to = Math.min(range.to, line.to) - line.from;
  // Markers just outside the selection (`**|word|**`): take them off.
  const outside = Math.min(runLength(text, from, '*', true), runLength(text, to, '*', false));
  if (runHas(format, outside) && (range.empty || range.to <= line.to)) {
    return {
      changes: [
        { from: range.from - size, to: range.from },
        { from: range.to, to: range.to + size },
      ],
      range: EditorSelection.range(range.anchor - size, range.head - size),
    };
  }
  // The selection includes the markers (`|**word**|`): take them off.
  const selected = state.sliceDoc(range.from, range.to);
  if (!range.empty && selected.length > 2 * size && !selected.includes('\n')) {
    const inside = Math.min(
      runLength(selected, 0, '*', false),
      runLength(selected, selected.length, '*', true),
    );
    if (runHas(format, inside) && inside * 2 < selected.length) {
      return {
        changes: [
          { from: range.from, to: range.from + size },
          { from: range.to - size, to: range.to },
        ],
        range: EditorSelection.range(range.from, range.to - 2 * size),
      };
    }
  }
  // Wrap, keeping what was selected selected (or the cursor between the markers).
  return {
    changes: [
      { from: range.from, insert: marker },
      { from: range.to, insert: marker },
    ],
    range: EditorSelection.range(range.anchor + size, range.head + size),
  };
}

/** Bold or italic on every selection: wrapped, or unwrapped when it already is. */
export function toggleInline(state: EditorState, format: InlineFormat): TransactionSpec {
  return {
    ...state.changeByRange((range) => toggleInlineRange(state, range, format)),
    scrollIntoView: true,
    userEvent: 'input.format',
  };
}

const LINK_AROUND = /\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const LOOKS_LIKE_URL = /^(https?:\/\/|mailto:)\S+$/i;

/**
 * Ctrl/Cmd+K: `[selection]()` with the cursor where the address goes; a selected address
 * becomes `[](address)` with the cursor on the text; nothing selected gives `[]()`. In a link
 * already, the link is taken off and its text kept.
 */
export function toggleLink(state: EditorState): TransactionSpec {
  return {
    ...state.changeByRange((range) => {
      const line = state.doc.lineAt(range.from);
      for (const match of line.text.matchAll(LINK_AROUND)) {
        const start = line.from + match.index;
        const end = start + match[0].length;
        if (range.from >= start && range.to <= end && range.to <= line.to) {
          const text = match[1]!;
          const textStart = start;
          return {
            changes: { from: start, to: end, insert: text },
            range: EditorSelection.range(textStart, textStart + text.length),
          };
        }
      }
      const selected = state.sliceDoc(range.from, range.to);
      if (LOOKS_LIKE_URL.test(selected.trim())) {
        return {
          changes: { from: range.from, to: range.to, insert: `[](${selected.trim()})` },
          range: EditorSelection.cursor(range.from + 1),
        };
      }
      const insert = `[${selected}]()`;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: range.empty
          ? EditorSelection.cursor(range.from + 1)
          : EditorSelection.cursor(range.from + insert.length - 1),
      };
    }),
    scrollIntoView: true,
    userEvent: 'input.format',
  };
}

/** The lines the selections touch, each once, in order. */
function selectedLines(state: EditorState): number[] {
  const numbers = new Set<number>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    // A selection that ends at the start of a line does not take that line in.
    const endLine = state.doc.lineAt(range.to);
    const last =
      range.to > range.from && endLine.from === range.to ? endLine.number - 1 : endLine.number;
    for (let n = first; n <= Math.max(first, last); n++) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

const HEADING = /^(#{1,6})[ \t]+/;
/** Indentation, then a list marker (with a checkbox) if any. */
const LIST_ITEM = /^(\s*)((?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

function lineKind(text: string): LineFormat | null {
  const marker = LIST_ITEM.exec(text)?.[2];
  if (!marker) return null;
  if (/\[[ xX]\]/.test(marker)) return 'task';
  return /^\d/.test(marker) ? 'numbered' : 'bullet';
}

/**
 * A bulleted, numbered or checkbox list on the selected lines (their indentation kept, another
 * kind of list marker replaced); taken off when every line already is one. Blank lines in a
 * selection of several are left alone.
 */
export function toggleList(state: EditorState, format: LineFormat): TransactionSpec {
  const numbers = selectedLines(state);
  const lines = numbers.map((n) => state.doc.line(n));
  const target = lines.length > 1 ? lines.filter((l) => l.text.trim() !== '') : lines;
  const remove = target.length > 0 && target.every((l) => lineKind(l.text) === format);
  const changes: ChangeSpec[] = [];
  target.forEach((line, index) => {
    const match = LIST_ITEM.exec(line.text)!;
    const indent = match[1]!.length;
    const existing = match[2]?.length ?? 0;
    const prefix = remove
      ? ''
      : format === 'bullet'
        ? '- '
        : format === 'task'
          ? '- [ ] '
          : `${index + 1}. `;
    changes.push({ from: line.from + indent, to: line.from + indent + existing, insert: prefix });
  });
  return withSelectionAfter(state, changes);
}

/**
 * The heading level of the selected lines steps on: text → `##` (a note's `#` is its title) →
 * `###` … `######` → text again.
 */
export function cycleHeading(state: EditorState): TransactionSpec {
  const lines = selectedLines(state).map((n) => state.doc.line(n));
  const first = HEADING.exec(lines[0]!.text)?.[1]?.length ?? 0;
  const next = first === 0 || first === 1 ? 2 : first === 6 ? 0 : first + 1;
  const changes: ChangeSpec[] = lines.map((line) => {
    const existing = HEADING.exec(line.text)?.[0].length ?? 0;
    return {
      from: line.from,
      to: line.from + existing,
      insert: next === 0 ? '' : `${'#'.repeat(next)} `,
    };
  });
  return withSelectionAfter(state, changes);
}

/** Line prefixes added at a cursor push it on, so typing continues after the marker. */
function withSelectionAfter(state: EditorState, specs: ChangeSpec[]): TransactionSpec {
  const changes = state.changes(specs);
  return {
    changes,
    selection: state.selection.map(changes, 1),
    scrollIntoView: true,
    userEvent: 'input.format',
  };
}

const command =
  (transform: (state: EditorState) => TransactionSpec): StateCommand =>
  ({ state, dispatch }) => {
    if (state.readOnly) return false;
    dispatch(state.update(transform(state)));
    return true;
  };

/** The formatting commands, by name: the toolbar and the key bindings run the same ones. */
export const formattingCommands = {
  bold: command((s) => toggleInline(s, 'bold')),
  italic: command((s) => toggleInline(s, 'italic')),
  link: command(toggleLink),
  heading: command(cycleHeading),
  bullet: command((s) => toggleList(s, 'bullet')),
  numbered: command((s) => toggleList(s, 'numbered')),
  task: command((s) => toggleList(s, 'task')),
} satisfies Record<string, StateCommand>;

export type FormattingCommand = keyof typeof formattingCommands;

/** CodeMirror key names of the formatting commands (also shown in the toolbar's tooltips). */
export const formattingKeys: Record<FormattingCommand, string> = {
  bold: 'Mod-b',
  italic: 'Mod-i',
  link: 'Mod-k',
  heading: 'Mod-Shift-h',
  bullet: 'Mod-Shift-8',
  numbered: 'Mod-Shift-7',
  task: 'Mod-Shift-9',
};
