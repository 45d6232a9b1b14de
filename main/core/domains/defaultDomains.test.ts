import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../shared/domains/domainColour';
import { DOMAIN_PALETTE, defaultDomains } from '../store/defaultDomains';

/** CIE L*a*b* of a `#rrggbb` colour (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((offset) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIE76 colour difference: above ~25 two colours are plainly different at a glance. */
function deltaE(a: string, b: string): number {
  const [la, aa, ba] = lab(a);
  const [lb, ab, bb] = lab(b);
  return Math.hypot(la - lb, aa - ab, ba - bb);
}

function minimumDistance(colours: readonly string[]): number {
  let min = Infinity;
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++)
      min = Math.min(min, deltaE(colours[i]!, colours[j]!));
  return min;
}

describe('domain colours', () => {
  it('all carry white text at 4.5:1 or more and stand out from a white page at 3:1 or more', () => {
    for (const colour of DOMAIN_PALETTE) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keep the default domains plainly apart, and the whole palette distinguishable', () => {
    const defaults = defaultDomains().map((d) => d.colour);
    expect(new Set(defaults).size).toBe(defaults.length);
    expect(minimumDistance(defaults)).toBeGreaterThan(25);
    expect(minimumDistance(DOMAIN_PALETTE)).toBeGreaterThan(15);
  });
});
