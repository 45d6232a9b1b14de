import { describe, expect, it } from 'vitest';
import { diffLines, mergeThreeWay, sideBySideRows, splitLines, type DiffOp } from './lineDiff';

/** Applies an edit script to `a`; it must give `b`. */
function replay(a: string[], ops: DiffOp[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const op of ops) {
    if (op.kind === 'equal') {
      expect(a.slice(at, at + op.lines.length)).toEqual(op.lines);
      out.push(...op.lines);
      at += op.lines.length;
    } else if (op.kind === 'delete') {
      expect(a.slice(at, at + op.lines.length)).toEqual(op.lines);
      at += op.lines.length;
    } else out.push(...op.lines);
  }
  expect(at).toBe(a.length);
  return out;
}

describe('diffLines', () => {
  it('finds the shortest edit script', () => {
    const a = splitLines('a\nb\nc\nd\ne');
    const b = splitLines('a\nc\nd\nx\ne');
    const ops = diffLines(a, b);
    expect(ops).toEqual([
      { kind: 'equal', lines: ['a'] },
      { kind: 'delete', lines: ['b'] },
      { kind: 'equal', lines: ['c', 'd'] },
      { kind: 'insert', lines: ['x'] },
      { kind: 'equal', lines: ['e'] },
    ]);
  });

  it('produces scripts that turn one text into the other, for many random texts', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () =>
      Array.from({ length: Math.floor(random() * 30) }, () => 'abcde'[Math.floor(random() * 5)]!);
    for (let i = 0; i < 300; i++) {
      const a = text();
      const b = text();
      expect(replay(a, diffLines(a, b))).toEqual(b);
    }
  });

  it('handles empty sides', () => {
    expect(diffLines([], ['a'])).toEqual([{ kind: 'insert', lines: ['a'] }]);
    expect(diffLines(['a'], [])).toEqual([{ kind: 'delete', lines: ['a'] }]);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe('mergeThreeWay', () => {
  const base = 'title\n\none\ntwo\nthree\nfour\nfive';

  it('takes changes made on either side when they touch different lines', () => {
    const mine = 'title\n\nONE\ntwo\nthree\nfour\nfive';
    const theirs = 'title\n\none\ntwo\nthree\nfour\nFIVE\nsix';
    expect(mergeThreeWay(base, mine, theirs)).toEqual({
      text: 'title\n\nONE\ntwo\nthree\nfour\nFIVE\nsix',
      conflicts: 0,
    });
  });

  it('takes the same change made on both sides once', () => {
    const both = base.replace('three', 'THREE');
    expect(mergeThreeWay(base, both, both)).toEqual({ text: both, conflicts: 0 });
  });

  it('keeps both versions of lines changed differently, between markers', () => {
    const mine = base.replace('three', 'three (mine)');
    const theirs = base.replace('three', 'three (theirs)');
    const merged = mergeThreeWay(base, mine, theirs, { mine: 'Yours', theirs: 'On disk' });
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toBe(
      'title\n\none\ntwo\n<<<<<<< Yours\nthree (mine)\n=======\nthree (theirs)\n>>>>>>> On disk\nfour\nfive',
    );
  });

  it('treats insertions at the same place as a conflict unless identical', () => {
    const mine = `${base}\nmine`;
    const theirs = `${base}\ntheirs`;
    expect(mergeThreeWay(base, mine, theirs).conflicts).toBe(1);
    expect(mergeThreeWay(base, mine, mine)).toEqual({ text: mine, conflicts: 0 });
  });

  it('never drops a line of either side', () => {
    const mine = 'a\nb mine\nc';
    const theirs = 'a\nb theirs\nc\nd';
    const { text } = mergeThreeWay('a\nb\nc', mine, theirs);
    for (const line of [...splitLines(mine), ...splitLines(theirs)])
      expect(splitLines(text)).toContain(line);
  });
});

describe('sideBySideRows', () => {
  it('pairs changed lines and folds long unchanged runs', () => {
    const left = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'old', '11'].join('\n');
    const right = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'new', '11'].join('\n');
    const rows = sideBySideRows(left, right, 2);
    expect(rows[0]).toEqual({ kind: 'fold', count: 7 });
    expect(rows.filter((r) => r.kind === 'line' && r.changed)).toEqual([
      {
        kind: 'line',
        left: { number: 10, text: 'old' },
        right: { number: 10, text: 'new' },
        changed: true,
      },
    ]);
  });
});
