import { describe, expect, it } from 'vitest';
import { activeFilterValues, toggleQueryFilter } from './queryFilters';

describe('search filters as chips edit them', () => {
  it('adds a filter after the leading filters, before the words being typed', () => {
    expect(toggleQueryFilter('', 'domain', 'procurement')).toBe('domain:procurement');
    expect(toggleQueryFilter('budg', 'domain', 'finance')).toBe('domain:finance budg');
    expect(toggleQueryFilter('domain:finance budget', 'type', 'practice')).toBe(
      'domain:finance type:practice budget',
    );
    expect(toggleQueryFilter('budget ', 'tag', 'annual')).toBe('tag:annual budget ');
    expect(toggleQueryFilter('type:note ', 'tag', 'a/b')).toBe('type:note tag:a/b ');
    expect(toggleQueryFilter('x', 'tag', 'two words')).toBe('tag:"two words" x');
  });

  it('removes the filter that asks for the value, however it was written', () => {
    expect(toggleQueryFilter('domain:finance budget', 'domain', 'finance')).toBe('budget');
    expect(toggleQueryFilter('budget  domain:Finance  review', 'domain', 'finance')).toBe(
      'budget review',
    );
    expect(toggleQueryFilter('tags:a,B,c x', 'tag', 'b')).toBe('tags:a,c x');
    expect(toggleQueryFilter('tag:#Policy x tag:policy', 'tag', 'policy')).toBe('x');
    // An exclusion is not what the chip shows: the chip adds its filter beside it.
    expect(toggleQueryFilter('-tag:draft x', 'tag', 'draft')).toBe('-tag:draft tag:draft x');
  });

  it('reads the values a query asks for, as the engine compares them', () => {
    const query = 'domain:HR,finance -domain:legal tag:#Policy/Housing type:Practice words';
    expect(activeFilterValues(query, 'domain')).toEqual(new Set(['hr', 'finance']));
    expect(activeFilterValues(query, 'tag')).toEqual(new Set(['policy/housing']));
    expect(activeFilterValues(query, 'type')).toEqual(new Set(['practice']));
    expect(activeFilterValues('"domain:hr"', 'domain')).toEqual(new Set());
  });

  it('round-trips: switching a chip on and off gives the query back', () => {
    for (const query of ['', 'budget', 'domain:a budget', 'budget -draft "a phrase"', 'x ']) {
      const on = toggleQueryFilter(query, 'tag', 'contracts');
      expect(activeFilterValues(on, 'tag').has('contracts')).toBe(true);
      expect(toggleQueryFilter(on, 'tag', 'contracts')).toBe(query);
    }
  });
});
