import { describe, expect, it } from 'vitest';
import { normalizeTag } from '../../shared/tags/tagNames';
import { tokenOptions, type TokenOptionsInput } from './tokenOptions';

const base: TokenOptionsInput = {
  text: '',
  values: ['contracts'],
  suggestions: ['procurement', 'procurement/tenders', 'hr', 'contracts', 'public-procurement'],
  normalize: normalizeTag,
  max: 8,
};
const options = (input: Partial<TokenOptionsInput>) =>
  tokenOptions({ ...base, ...input }).map((o) => `${o.kind}:${o.value}`);

describe('tokenOptions', () => {
  it('puts the suggestions a prefix starts first, then those containing it, then "create"', () => {
    expect(options({ text: 'proc' })).toEqual([
      'suggestion:procurement',
      'suggestion:procurement/tenders',
      'suggestion:public-procurement',
      'create:proc',
    ]);
    expect(options({ text: '#contr' })).toEqual(['create:contr']);
  });

  it('offers no "create" for an exact match, a value chosen already, or an invalid one', () => {
    expect(options({ text: 'HR' })).toEqual(['suggestion:hr']);
    expect(options({ text: 'contracts' })).toEqual([]);
    expect(options({ text: '2025' })).toEqual([]);
  });

  it('puts an exact match first, and matches labels too (a domain by its name)', () => {
    const describe = (v: string) => (v === 'digital' ? { label: 'Digital services' } : undefined);
    expect(
      options({ text: 'digital services', suggestions: ['digital-x', 'digital'], describe }),
    ).toEqual(['suggestion:digital', 'create:digital-services']);
    expect(options({ text: 'procurement' })[0]).toBe('suggestion:procurement');
  });

  it('lists every suggestion not chosen when nothing is typed, up to the maximum', () => {
    expect(options({ max: 2 })).toEqual([
      'suggestion:procurement',
      'suggestion:procurement/tenders',
    ]);
  });
});
