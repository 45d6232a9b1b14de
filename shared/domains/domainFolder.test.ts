import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../api/noteSchemas';
import { domainFolder } from './domainFolder';

describe('domainFolder', () => {
  const note = (path: string, domains: string[], type = 'note'): NoteSummary => ({
    id: null,
    path,
    title: path,
    type,
    domains,
    tags: [],
    aliases: [],
    created: null,
    updated: '2025-01-01T00:00:00.000Z',
    private: false,
  });

  it('is the folder most of the domain’s notes are in, whatever the slug’s letter case', () => {
    const notes = [
      note('Procurement/Framework agreements.md', ['procurement']),
      note('Procurement/Tenders/Lots.md', ['procurement']),
      note('Procurement/Evaluations.md', ['Procurement', 'digital-services']),
      note('Digital/Sprint.md', ['digital-services']),
      note('Digital/Booking.md', ['digital-services']),
    ];
    expect(domainFolder(notes, 'procurement')).toBe('Procurement');
    expect(domainFolder(notes, 'DIGITAL-SERVICES')).toBe('Digital');
  });

  it('leaves out templates and journal entries, and is null for a domain without notes', () => {
    const notes = [
      note('templates/Solution.md', ['hr']),
      note('journal/2026/2026-01-01.md', ['hr'], 'journal'),
      note('journal/2026/2026-01-02.md', ['hr'], 'journal'),
      note('People/Onboarding.md', ['hr']),
    ];
    expect(domainFolder(notes, 'hr')).toBe('People');
    expect(domainFolder(notes, 'finance')).toBeNull();
  });

  it('can be the top of the vault, and breaks ties by the folder that sorts first', () => {
    expect(
      domainFolder([note('A.md', ['x']), note('B.md', ['x']), note('Z/C.md', ['x'])], 'x'),
    ).toBe('');
    expect(domainFolder([note('Zeta/A.md', ['x']), note('Alpha/B.md', ['x'])], 'x')).toBe('Alpha');
  });
});
