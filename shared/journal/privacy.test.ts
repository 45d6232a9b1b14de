import { describe, expect, it } from 'vitest';
import { isIncludedInPack, isPrivateNote } from './privacy';

const note = (path: string, type: string, frontMatter: Record<string, unknown> | null = {}) => ({
  path,
  type,
  frontMatter,
});

describe('private notes', () => {
  it('treats journal entries and reviews as private unless they say otherwise', () => {
    expect(isPrivateNote(note('journal/2024/2024-01-29.md', 'journal', { private: true }))).toBe(
      true,
    );
    // The flag was lost or never written (an imported daily note): still private.
    expect(isPrivateNote(note('journal/2024/2024-01-29.md', 'note', null))).toBe(true);
    expect(isPrivateNote(note('Daily/2024-01-29.md', 'journal'))).toBe(true);
    expect(isPrivateNote(note('journal/reviews/2024-W05.md', 'review'))).toBe(true);
    // The author's word wins.
    expect(isPrivateNote(note('journal/2024/2024-01-29.md', 'journal', { private: false }))).toBe(
      false,
    );
  });

  it('treats other notes as shareable unless marked private', () => {
    expect(isPrivateNote(note('Procurement/Framework agreements.md', 'practice'))).toBe(false);
    expect(isPrivateNote(note('Daily/2024-01-29.md', 'note'))).toBe(false);
    expect(isPrivateNote(note('HR/Salaries.md', 'note', { private: 'yes' }))).toBe(true);
    expect(isPrivateNote(note('HR/Salaries.md', 'note', { private: 'true' }))).toBe(true);
    expect(isPrivateNote(note('HR/Salaries.md', 'note', { private: 'maybe' }))).toBe(false);
  });

  it('keeps private notes out of a pack unless picked by hand', () => {
    const notes = [
      note('journal/2024/2024-01-29.md', 'journal', { private: true }),
      note('journal/2024/2024-01-30.md', 'journal', { private: true }),
      note('Procurement/Framework agreements.md', 'practice'),
    ];
    expect(notes.filter((n) => isIncludedInPack(n, new Set())).map((n) => n.path)).toEqual([
      'Procurement/Framework agreements.md',
    ]);
    const picked = new Set(['journal/2024/2024-01-30.md']);
    expect(notes.filter((n) => isIncludedInPack(n, picked)).map((n) => n.path)).toEqual([
      'journal/2024/2024-01-30.md',
      'Procurement/Framework agreements.md',
    ]);
  });
});
