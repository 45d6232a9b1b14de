import { describe, expect, it } from 'vitest';
import { tagNameProblem } from './tagMatch';
import { normalizeTag, tagFromText } from './tagNames';

describe('tag names', () => {
  it('reads a written tag without its mark', () => {
    expect(tagFromText(' #policy/housing ')).toBe('policy/housing');
    expect(tagFromText('Contratación')).toBe('Contratación');
  });

  it('makes a tag of what was typed, letters of any script kept', () => {
    expect(normalizeTag('#Open data!')).toBe('Open-data');
    expect(normalizeTag('##gestión/pública')).toBe('gestión/pública');
    expect(normalizeTag('/policy/')).toBe('policy');
  });

  it('refuses what cannot be a tag', () => {
    expect(normalizeTag('2025')).toBeNull();
    expect(normalizeTag('!!!')).toBeNull();
    expect(normalizeTag('x'.repeat(201))).toBeNull();
  });

  it('only ever makes tags the tag rules accept', () => {
    for (const typed of ['#Open data!', 'a b/c', 'ñandú', 'x_y-z', ' #q1 2025 '])
      expect(tagNameProblem(normalizeTag(typed)!)).toBeNull();
  });
});
