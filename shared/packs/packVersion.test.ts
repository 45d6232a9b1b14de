import { describe, expect, it } from 'vitest';
import { comparePackVersions, isPackVersion, nextPackVersion } from './packVersion';

describe('pack versions', () => {
  it('accepts X.Y.Z only', () => {
    expect(isPackVersion('1.0.0')).toBe(true);
    expect(isPackVersion('10.20.30')).toBe(true);
    for (const bad of ['1.0', '01.0.0', '1.0.0-beta', 'v1.0.0', '1.0.0 ', '', '1..0'])
      expect(isPackVersion(bad)).toBe(false);
  });

  it('compares numerically and suggests minor + 1', () => {
    expect(comparePackVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(comparePackVersions('2.0.0', '2.0.0')).toBe(0);
    expect(comparePackVersions('0.9.0', '1.0.0')).toBeLessThan(0);
    expect(nextPackVersion(null)).toBe('1.0.0');
    expect(nextPackVersion('1.4.2')).toBe('1.5.0');
  });
});
