import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, readableTextColour } from './domainColour';
import { domainSlugProblem, normalizeDomain, slugify } from './domainSlug';

describe('domain slugs', () => {
  it('are lower-case words joined by single dashes', () => {
    for (const ok of ['procurement', 'hr-and-talent', 'data2', 'a'])
      expect(domainSlugProblem(ok)).toBeNull();
  });

  it('are refused with a message and, where possible, a suggestion', () => {
    expect(domainSlugProblem('')).toMatch(/needs a slug/);
    expect(domainSlugProblem('HR and Talent')).toBe(
      '"HR and Talent" cannot be a domain slug: use lower-case letters, digits and single dashes, e.g. "hr-and-talent".',
    );
    expect(domainSlugProblem('a--b')).toMatch(/"a-b"/);
    expect(domainSlugProblem('-a')).toMatch(/single dashes/);
    expect(domainSlugProblem('x'.repeat(65))).toMatch(/at most 64/);
  });

  it('are made from names in any language', () => {
    expect(slugify('Contratación & compras')).toBe('contratacion-and-compras');
    expect(slugify('  Données / statistiques  ')).toBe('donnees-statistiques');
    expect(slugify('!!!')).toBe('');
    const long = slugify('word '.repeat(30));
    expect(long.length).toBeLessThanOrEqual(64);
    expect(domainSlugProblem(long)).toBeNull();
  });
});

describe('domain colours', () => {
  it('are #rrggbb; #rgb is expanded and case normalised; anything else is refused', () => {
    expect(parseHexColour('#1D5FA8')).toBe('#1d5fa8');
    expect(parseHexColour(' #abc ')).toBe('#aabbcc');
    for (const bad of ['blue', '#12345', '1d5fa8', '#gggggg', 'rgb(0,0,0)'])
      expect(parseHexColour(bad)).toBeNull();
  });

  it('get black or white text, whichever reads better, always at least 4.5:1', () => {
    expect(readableTextColour('#1d5fa8')).toBe('#ffffff');
    expect(readableTextColour('#ffeb3b')).toBe('#000000');
    for (const grey of ['#767676', '#777777', '#808080', '#959595']) {
      const text = readableTextColour(grey);
      expect(contrastRatio(grey, text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });

  it('are made from what the user typed in a note, the same way, so it can be created', () => {
    expect(normalizeDomain('Contratación pública')).toBe('contratacion-publica');
    expect(normalizeDomain(' Open  Data ')).toBe('open-data');
    expect(normalizeDomain('???')).toBeNull();
    for (const typed of ['Gestión', 'HR & talent', 'données_2025'])
      expect(domainSlugProblem(normalizeDomain(typed)!)).toBeNull();
  });
});
