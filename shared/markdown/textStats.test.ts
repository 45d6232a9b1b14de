import { describe, expect, it } from 'vitest';
import { textStats } from './textStats';

describe('textStats', () => {
  it('counts words, not markdown markers', () => {
    const text = '## Next steps\n\n- **Call** the [[Budget office]]';
    expect(textStats(text, 'en')).toEqual({ words: 6, characters: text.length });
    expect(textStats('', 'en')).toEqual({ words: 0, characters: 0 });
    expect(textStats('  \n- [ ] \n', 'en').words).toBe(0);
  });

  it('follows the language: elisions and accents, emoji as one character', () => {
    expect(textStats("l'administració pública", 'ca').words).toBe(2);
    expect(textStats('Información — año 2026', 'es').words).toBe(3);
    expect(textStats('👍🏽 ok', 'en')).toEqual({ words: 1, characters: 4 });
  });
});
