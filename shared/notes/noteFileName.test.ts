import { describe, expect, it } from 'vitest';
import { folderOf, noteFileNameFor, noteNameOf } from './noteFileName';

describe('noteFileNameFor', () => {
  it('keeps a title that is a valid file name as it is', () => {
    expect(noteFileNameFor('Framework agreements')).toBe('Framework agreements');
    expect(noteFileNameFor('Évaluation des offres – 2025')).toBe('Évaluation des offres – 2025');
  });

  it('replaces characters file systems and wiki links refuse', () => {
    expect(noteFileNameFor('Q: why 2025/26?')).toBe('Q - why 2025 26');
    expect(noteFileNameFor('Procurement: what works?')).toBe('Procurement - what works');
    expect(noteFileNameFor('C# and [[links]] | ^refs')).toBe('C and links refs');
    expect(noteFileNameFor('tab\there')).toBe('tab here');
    expect(noteFileNameFor('A/B testing #1 [draft] | v2')).toBe('A B testing 1 draft v2');
  });

  it('never starts with a dot or ends with a dot or space', () => {
    expect(noteFileNameFor('.hidden')).toBe('hidden');
    expect(noteFileNameFor(': - note')).toBe('note');
    expect(noteFileNameFor('Etc...')).toBe('Etc');
  });

  it('avoids names Windows reserves and empty names', () => {
    expect(noteFileNameFor('CON')).toBe('CON note');
    expect(noteFileNameFor('???')).toBe('Untitled');
    expect(noteFileNameFor('???', '')).toBe('');
  });

  it('keeps long names within file-system limits, whole characters only', () => {
    const name = noteFileNameFor('é'.repeat(300));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(name).toBe('é'.repeat(100));
  });
});

describe('path helpers', () => {
  it('split a note path', () => {
    expect(noteNameOf('a/b/Plan.md')).toBe('Plan');
    expect(folderOf('a/b/Plan.md')).toBe('a/b');
    expect(folderOf('Plan.md')).toBe('');
  });
});
