import { describe, expect, it } from 'vitest';
import { noteSummary as note } from '../../testing/renderer/noteSummary';
import { buildFolderTree, flattenTree, folderAncestors } from './treeModel';

describe('buildFolderTree', () => {
  it('puts folders first, then notes by title in natural order, with note counts', () => {
    const tree = buildFolderTree([
      note('Note 10.md'),
      note('Note 9.md'),
      note('b/x.md'),
      note('a/deep/y.md'),
      note('a/z.md'),
    ]);
    expect(tree.map((n) => n.label)).toEqual(['a', 'b', 'Note 9', 'Note 10']);
    const a = tree[0]!;
    expect(a.count).toBe(2);
    expect(a.children!.map((n) => [n.kind, n.label])).toEqual([
      ['group', 'deep'],
      ['note', 'z'],
    ]);
  });

  it('labels notes with their title, not their file name', () => {
    const [only] = buildFolderTree([note('2025-01-01.md', { title: 'New year plans' })]);
    expect(only).toMatchObject({ kind: 'note', label: 'New year plans', path: '2025-01-01.md' });
  });
});

describe('flattenTree', () => {
  const tree = buildFolderTree([note('a/b/c.md'), note('a/d.md'), note('e.md')]);

  it('shows only the top level when nothing is expanded', () => {
    expect(flattenTree(tree, new Set()).map((r) => r.node.label)).toEqual(['a', 'e']);
  });

  it('shows the children of expanded groups with their level, position and parent', () => {
    const rows = flattenTree(tree, new Set(['folder:a', 'folder:a/b']));
    expect(rows.map((r) => [r.node.label, r.level, r.posInSet, r.setSize, r.parentId])).toEqual([
      ['a', 1, 1, 2, null],
      ['b', 2, 1, 2, 'folder:a'],
      ['c', 3, 1, 1, 'folder:a/b'],
      ['d', 2, 2, 2, 'folder:a'],
      ['e', 1, 2, 2, null],
    ]);
    expect(rows[0]!.expanded).toBe(true);
  });

  it('hides the children of a collapsed group even when a descendant is expanded', () => {
    const rows = flattenTree(tree, new Set(['folder:a/b']));
    expect(rows.map((r) => r.node.label)).toEqual(['a', 'e']);
  });
});

it('folderAncestors lists the folders containing a note, outermost first', () => {
  expect(folderAncestors('a/b/c.md')).toEqual(['folder:a', 'folder:a/b']);
  expect(folderAncestors('top.md')).toEqual([]);
});
