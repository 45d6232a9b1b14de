import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { patchRows } from './patchRows';

const patch = (a: string, b: string) =>
  createTwoFilesPatch('n.md', 'n.md', a, b, 'this vault', 'pack', { context: 1 });

describe('patchRows', () => {
  it('pairs removed and added lines, numbers both sides and folds what lies between hunks', () => {
    const local = ['# T', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const pack = ['# T', 'A', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'new'].join('\n') + '\n';
    expect(patchRows(patch(local, pack))).toEqual([
      {
        kind: 'line',
        left: { number: 1, text: '# T' },
        right: { number: 1, text: '# T' },
        changed: false,
      },
      {
        kind: 'line',
        left: { number: 2, text: 'a' },
        right: { number: 2, text: 'A' },
        changed: true,
      },
      {
        kind: 'line',
        left: { number: 3, text: 'b' },
        right: { number: 3, text: 'b' },
        changed: false,
      },
      { kind: 'fold', count: 5 },
      {
        kind: 'line',
        left: { number: 9, text: 'h' },
        right: { number: 9, text: 'h' },
        changed: false,
      },
      { kind: 'line', left: null, right: { number: 10, text: 'new' }, changed: true },
    ]);
  });

  it('shows a note the pack empties, and refuses text that is not a diff', () => {
    expect(patchRows(patch('one\n', ''))).toEqual([
      { kind: 'line', left: { number: 1, text: 'one' }, right: null, changed: true },
    ]);
    expect(patchRows('@@ nonsense')).toBeNull();
  });
});
