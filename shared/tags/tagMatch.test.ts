import { describe, expect, it } from 'vitest';
import { hasTag, tagAncestry, tagKey, tagMatches, tagNameProblem } from './tagMatch';

describe('tag filters', () => {
  it('find the tag itself and everything nested under it, at any depth', () => {
    expect(tagMatches('policy', 'policy')).toBe(true);
    expect(tagMatches('policy', 'policy/housing')).toBe(true);
    expect(tagMatches('policy', 'policy/housing/rent')).toBe(true);
    expect(tagMatches('policy/housing', 'policy/housing/rent')).toBe(true);
  });

  it('do not find a parent from a child filter, siblings, or tags that only start alike', () => {
    expect(tagMatches('policy/housing', 'policy')).toBe(false);
    expect(tagMatches('policy/housing', 'policy/health')).toBe(false);
    expect(tagMatches('policy', 'policy-review')).toBe(false);
    expect(tagMatches('policy', 'policyhousing')).toBe(false);
    expect(tagMatches('housing', 'policy/housing')).toBe(false);
  });

  it('ignore case, a leading # and stray slashes, as Obsidian does', () => {
    expect(tagMatches('#Policy', 'policy/Housing')).toBe(true);
    expect(tagMatches('POLICY/', 'Policy/housing')).toBe(true);
    expect(tagMatches('Gestión', 'gestión/contratos')).toBe(true);
    // Composed and decomposed accents are the same tag.
    expect(tagMatches('gestio\u0301n', 'gesti\u00f3n')).toBe(true);
  });

  it('never match an empty filter', () => {
    expect(tagMatches('', 'anything')).toBe(false);
    expect(tagMatches('#', 'anything')).toBe(false);
  });

  it('apply to a note through its tag list', () => {
    expect(hasTag(['contracts', 'policy/housing'], 'policy')).toBe(true);
    expect(hasTag(['contracts'], 'policy')).toBe(false);
    expect(hasTag([], 'policy')).toBe(false);
  });

  it('give the ancestry of a nested tag, outermost first', () => {
    expect(tagAncestry('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
    expect(tagAncestry('solo')).toEqual(['solo']);
    expect(tagKey(' #A/B/ ')).toBe('a/b');
  });
});

describe('tag names', () => {
  it('accept letters of any script, digits, _, - and nesting', () => {
    for (const ok of [
      'policy',
      'policy/housing',
      'año-2026',
      'cop_session',
      '#with-hash',
      '2026q1',
    ])
      expect(tagNameProblem(ok)).toBeNull();
  });

  it('refuse what could not be written as an inline #tag, saying why', () => {
    expect(tagNameProblem('')).toMatch(/empty/);
    expect(tagNameProblem('two words')).toMatch(/no spaces/);
    expect(tagNameProblem('a//b')).toMatch(/each level/);
    expect(tagNameProblem('/a')).toMatch(/each level/);
    expect(tagNameProblem('2026')).toMatch(/only digits/);
    expect(tagNameProblem('a,b')).toMatch(/cannot be a tag/);
  });
});
