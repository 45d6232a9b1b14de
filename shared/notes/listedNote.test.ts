import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../api/noteSchemas';
import { mergeListedNotes, unreadListedNote } from './listedNote';

const read = (path: string, title: string): NoteSummary => ({
  id: null,
  path,
  title,
  type: 'note',
  domains: [],
  tags: [],
  aliases: [],
  created: null,
  updated: '2026-01-01T00:00:00.000Z',
  private: false,
});

describe('mergeListedNotes', () => {
  it('lists read and unread notes once each, in path order, unread ones by file name', () => {
    const notes = [read('a.md', 'Alpha'), read('c/d.md', 'Delta')];
    const merged = mergeListedNotes(notes, ['b/Budget 2026.md', 'c/d.md', 'z.MD']);
    expect(merged.map((n) => [n.path, n.title])).toEqual([
      ['a.md', 'Alpha'],
      ['b/Budget 2026.md', 'Budget 2026'],
      ['c/d.md', 'Delta'],
      ['z.MD', 'z'],
    ]);
    expect(merged[2]).toBe(notes[1]);
  });

  it('is the read list itself once nothing is unread', () => {
    const notes = [read('a.md', 'Alpha')];
    expect(mergeListedNotes(notes, [])).toBe(notes);
  });

  it('gives an unread note no aliases and no date', () => {
    expect(unreadListedNote('x/y.md')).toEqual({ path: 'x/y.md', title: 'y', aliases: [] });
  });
});
