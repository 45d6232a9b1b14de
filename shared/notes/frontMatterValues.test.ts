import { describe, expect, it } from 'vitest';
import {
  commaSeparated,
  frontMatterList,
  frontMatterText,
  normalizeAlias,
} from './frontMatterValues';

describe('front-matter values', () => {
  it('reads a list written as a YAML list or as one string with commas', () => {
    expect(frontMatterList(['procurement', ' hr ', '', 2025, true])).toEqual([
      'procurement',
      'hr',
      '2025',
      'true',
    ]);
    expect(frontMatterList('procurement, hr ,, data')).toEqual(['procurement', 'hr', 'data']);
    expect(frontMatterList('solo')).toEqual(['solo']);
    expect(frontMatterList(7)).toEqual(['7']);
  });

  it('leaves out what is not text: maps, nested lists, nothing', () => {
    expect(frontMatterList([{ a: 1 }, ['x'], null, 'kept'])).toEqual(['kept']);
    expect(frontMatterList({ a: 'b' })).toEqual([]);
    expect(frontMatterList(null)).toEqual([]);
    expect(frontMatterList(undefined)).toEqual([]);
    expect(frontMatterList('  ')).toEqual([]);
  });

  it('reads scalars as trimmed text', () => {
    expect(frontMatterText('  Plan  ')).toBe('Plan');
    expect(frontMatterText('')).toBeNull();
    expect(frontMatterText(false)).toBe('false');
    expect(frontMatterText(['a'])).toBeNull();
    expect(commaSeparated(' a, ,b ')).toEqual(['a', 'b']);
  });

  it('accepts an alias of any text within 300 characters', () => {
    expect(normalizeAlias('  Marco  ')).toBe('Marco');
    expect(normalizeAlias('   ')).toBeNull();
    expect(normalizeAlias('x'.repeat(301))).toBeNull();
  });
});
