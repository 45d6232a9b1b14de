import { EditorSelection, EditorState, type TransactionSpec } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { cycleHeading, toggleInline, toggleLink, toggleList } from './formatting';

/**
 * A document written with the selection marked: `[` `]` around selected text (anchor first),
 * `|` for a cursor. Returns the state, and shows a state back in the same notation.
 */
function state(marked: string): EditorState {
  const ranges: ReturnType<typeof EditorSelection.range>[] = [];
  let doc = '';
  let anchor = -1;
  for (const char of marked) {
    if (char === '|') ranges.push(EditorSelection.cursor(doc.length));
    else if (char === '{') anchor = doc.length;
    else if (char === '}') ranges.push(EditorSelection.range(anchor, doc.length));
    else doc += char;
  }
  return EditorState.create({
    doc,
    selection: EditorSelection.create(ranges.length ? ranges : [EditorSelection.cursor(0)]),
    extensions: EditorState.allowMultipleSelections.of(true),
  });
}

function show(s: EditorState): string {
  let text = s.doc.toString();
  const ranges = [...s.selection.ranges].sort((a, b) => b.from - a.from);
  for (const r of ranges) {
    text = r.empty
      ? text.slice(0, r.from) + '|' + text.slice(r.from)
      : text.slice(0, r.from) + '{' + text.slice(r.from, r.to) + '}' + text.slice(r.to);
  }
  return text;
}

const apply = (marked: string, transform: (s: EditorState) => TransactionSpec) => {
  const before = state(marked);
  return show(before.update(transform(before)).state);
};

describe('bold and italic', () => {
  it('wrap the selection and keep it selected', () => {
    expect(apply('a {word} here', (s) => toggleInline(s, 'bold'))).toBe('a **{word}** here');
    expect(apply('a {word} here', (s) => toggleInline(s, 'italic'))).toBe('a *{word}* here');
  });

  it('put the markers around the cursor, ready to type between them', () => {
    expect(apply('a |', (s) => toggleInline(s, 'bold'))).toBe('a **|**');
    expect(apply('a |', (s) => toggleInline(s, 'italic'))).toBe('a *|*');
  });

  it('come off again when the text is already wrapped (markers outside or selected)', () => {
    expect(apply('a **{word}** here', (s) => toggleInline(s, 'bold'))).toBe('a {word} here');
    expect(apply('a {**word**} here', (s) => toggleInline(s, 'bold'))).toBe('a {word} here');
    expect(apply('a **|**', (s) => toggleInline(s, 'bold'))).toBe('a |');
    expect(apply('a *{word}* here', (s) => toggleInline(s, 'italic'))).toBe('a {word} here');
  });

  it('tell bold from italic in `***both***`, and italic does not undo bold', () => {
    expect(apply('***{x}***', (s) => toggleInline(s, 'bold'))).toBe('*{x}*');
    expect(apply('***{x}***', (s) => toggleInline(s, 'italic'))).toBe('**{x}**');
    expect(apply('**{x}**', (s) => toggleInline(s, 'italic'))).toBe('***{x}***');
  });

  it('work on every selection at once', () => {
    expect(apply('{a} and {b}', (s) => toggleInline(s, 'bold'))).toBe('**{a}** and **{b}**');
  });
});

describe('links', () => {
  it('make the selection a link, the cursor where the address goes', () => {
    expect(apply('see {the plan}.', toggleLink)).toBe('see [the plan](|).');
    expect(apply('see |', toggleLink)).toBe('see [|]()');
    expect(apply('{https://example.org/a}', toggleLink)).toBe('[|](https://example.org/a)');
  });

  it('take a link off, keeping its text', () => {
    expect(apply('see [the {plan}](x.md) now', toggleLink)).toBe('see {the plan} now');
    expect(apply('see [the plan](x|.md) now', toggleLink)).toBe('see {the plan} now');
  });
});

describe('lists and headings', () => {
  it('make the selected lines a list, keeping indentation, and take it off again', () => {
    expect(apply('{one\n  two}', (s) => toggleList(s, 'bullet'))).toBe('- {one\n  - two}');
    expect(apply('{- one\n- two}', (s) => toggleList(s, 'bullet'))).toBe('{one\ntwo}');
    expect(apply('{a\n\nb}', (s) => toggleList(s, 'numbered'))).toBe('1. {a\n\n2. b}');
  });

  it('change one kind of list into another', () => {
    expect(apply('- a|', (s) => toggleList(s, 'task'))).toBe('- [ ] a|');
    expect(apply('- [x] a|', (s) => toggleList(s, 'bullet'))).toBe('- a|');
    expect(apply('1. a|', (s) => toggleList(s, 'bullet'))).toBe('- a|');
    expect(apply('|', (s) => toggleList(s, 'task'))).toBe('- [ ] |');
  });

  it('step headings from text through ## to ###### and back to text', () => {
    expect(apply('Plan|', cycleHeading)).toBe('## Plan|');
    expect(apply('## Plan|', cycleHeading)).toBe('### Plan|');
    expect(apply('# Plan|', cycleHeading)).toBe('## Plan|');
    expect(apply('###### Plan|', cycleHeading)).toBe('Plan|');
  });
});
