import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { compactSummary } from './compactSummary';

const summary = (overrides: Partial<NoteSummary> = {}): NoteSummary => ({
  id: null,
  path: 'Procedures/Backup.md',
  title: 'Backup',
  type: 'practice',
  domains: [],
  tags: [],
  aliases: [],
  created: null,
  updated: '2026-12-01T10:00:00.000Z',
  private: false,
  ...overrides,
});

describe('compactSummary', () => {
  it('keeps every field as it was', () => {
    const full = summary({
      id: 'n1',
      domains: ['it'],
      tags: ['ops', 'ops/backup'],
      aliases: ['Backups'],
      created: '2026-11-30T09:00:00.000Z',
      private: true,
    });
    expect(compactSummary(full)).toStrictEqual(full);
    expect(compactSummary(summary())).toStrictEqual(summary());
  });

  it('shares one frozen empty list among notes without domains, tags or aliases', () => {
    const a = compactSummary(summary());
    const b = compactSummary(summary({ path: 'Other.md' }));
    expect(a.tags).toBe(b.domains);
    expect(a.aliases).toBe(b.tags);
    expect(Object.isFrozen(a.tags)).toBe(true);
    expect(() => a.tags.push('oops')).toThrow(TypeError);
  });
});
