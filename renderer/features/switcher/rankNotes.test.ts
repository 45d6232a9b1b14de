import { describe, expect, it } from 'vitest';
import { noteSummary as note } from '../../../testing/renderer/noteSummary';
import { buildNoteIndex, rankNotes } from './rankNotes';

const notes = [
  note('Procurement/Framework agreements.md', { aliases: ['FA', 'Framework deals'] }),
  note('Procurement/Shorter tender evaluations.md'),
  note('HR/Onboarding new analysts.md'),
  note('git.md'),
  note('git commit.md'),
  note('Digital/Citizen portal.md'),
];
const index = buildNoteIndex(notes);
const titles = (query: string, recent: string[] = []) =>
  rankNotes(index, query, recent).map((r) => r.note.title);

describe('rankNotes', () => {
  it('puts an exact title first', () => {
    expect(titles('git').slice(0, 2)).toEqual(['git', 'git commit']);
  });

  it('matches fuzzily, in order, across words', () => {
    expect(titles('shrt tend')[0]).toBe('Shorter tender evaluations');
    expect(titles('tender eval')).toEqual(['Shorter tender evaluations']);
  });

  it('finds notes by alias and says which alias matched', () => {
    const [first] = rankNotes(index, 'framework deals', []);
    expect(first!.note.title).toBe('Framework agreements');
    expect(first!.alias).toBe('Framework deals');
  });

  it('finds notes by folder', () => {
    expect(titles('hr onboarding')).toEqual(['Onboarding new analysts']);
  });

  it('marks the matched characters of the title', () => {
    const [first] = rankNotes(index, 'portal', []);
    expect(first!.titleMatches).toEqual([8, 9, 10, 11, 12, 13]);
  });

  it('lifts a recently opened note among near-equal matches', () => {
    expect(titles('git')[0]).toBe('git');
    expect(titles('gitc', ['git.md'])[0]).toBe('git commit');
    const plain = rankNotes(index, 'agree', []);
    const withRecent = rankNotes(index, 'agree', ['Procurement/Framework agreements.md']);
    expect(withRecent[0]!.note.title).toBe(plain[0]!.note.title);
  });

  it('with no query lists recently opened notes first, then the latest updated', () => {
    const dated = buildNoteIndex([
      note('old.md', { updated: '2020-01-01T00:00:00.000Z' }),
      note('new.md', { updated: '2025-06-01T00:00:00.000Z' }),
      note('mid.md', { updated: '2023-01-01T00:00:00.000Z' }),
    ]);
    expect(rankNotes(dated, '  ', ['old.md', 'gone.md']).map((r) => r.note.path)).toEqual([
      'old.md',
      'new.md',
      'mid.md',
    ]);
  });

  it('lists only notes matching every word of the query', () => {
    const words = buildNoteIndex([
      note('gita.md'),
      note('gitk.md'),
      note('git am.md'),
      note('git commit-tree.md'),
      note('common/git.md'),
    ]);
    expect(rankNotes(words, 'git comm', []).map((r) => r.note.title)).toEqual([
      'git commit-tree',
      'git',
    ]);
  });

  it('ranks a word start before a match inside a word, and that before letters in order', () => {
    const kinds = buildNoteIndex([
      note('Scattered c-o-m-m.md'),
      note('Recommend.md'),
      note('Commitment.md'),
    ]);
    expect(rankNotes(kinds, 'comm', []).map((r) => r.note.title)).toEqual([
      'Commitment',
      'Recommend',
      'Scattered c-o-m-m',
    ]);
  });

  it('ranks the query as typed, contiguous in the title, first; then the shorter title', () => {
    const order = buildNoteIndex([
      note('commit notes about git.md'),
      note('git commit with a long title.md'),
      note('git commit.md'),
    ]);
    expect(rankNotes(order, 'git commit', []).map((r) => r.note.title)).toEqual([
      'git commit',
      'git commit with a long title',
      'commit notes about git',
    ]);
  });

  it('ranks a title match before the same word only in the folder path', () => {
    const folders = buildNoteIndex([note('budget/Plan.md'), note('misc/Budget plan.md')]);
    expect(rankNotes(folders, 'budget', []).map((r) => r.note.path)).toEqual([
      'misc/Budget plan.md',
      'budget/Plan.md',
    ]);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(titles('zzzzqqq')).toEqual([]);
  });

  it('returns at most `limit` notes from a large vault', () => {
    const many = buildNoteIndex(
      Array.from({ length: 10_000 }, (_, i) => note(`folder ${i % 50}/note ${i}.md`)),
    );
    expect(rankNotes(many, 'note 1', [], 50)).toHaveLength(50);
    expect(rankNotes(many, '', [], 50)).toHaveLength(50);
  });
});
