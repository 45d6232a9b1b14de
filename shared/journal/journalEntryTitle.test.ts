import { describe, expect, it } from 'vitest';
import { journalEntryTitle, noteTitleLabel } from './journalEntryTitle';

describe('journal entry titles', () => {
  it('are the day of the entry, for entries only', () => {
    expect(journalEntryTitle({ path: 'journal/2026/2026-12-01.md', type: 'note' })).toBe(
      '2026-12-01',
    );
    expect(journalEntryTitle({ path: 'Daily/2026-12-01.md', type: 'journal' })).toBe('2026-12-01');
    expect(journalEntryTitle({ path: 'Minutes/2026-12-01.md', type: 'meeting' })).toBeNull();
  });

  it('read as the day in words in the UI language, other titles as they are', () => {
    const entry = { path: 'journal/2026/2026-12-01.md', type: 'journal', title: '2026-12-01' };
    expect(noteTitleLabel(entry, 'en-GB')).toBe('Tuesday, 1 December 2026');
    expect(noteTitleLabel(entry, 'es')).toBe('Martes, 1 de diciembre de 2026');
    expect(noteTitleLabel(entry, 'ca')).toMatch(/^Dimarts, 1 de desembre de(l)? 2026$/);
    expect(noteTitleLabel({ ...entry, title: 'Offsite' }, 'en')).toBe('Offsite');
    const note = { path: 'Plans/Budget.md', type: 'note', title: '2026-12-01' };
    expect(noteTitleLabel(note, 'en')).toBe('2026-12-01');
  });
});
