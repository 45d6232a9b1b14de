import { describe, expect, it } from 'vitest';
import { collidingWords, withBuggyTokenSet } from './lunr314';
import { lunr, lunrTokenSet } from './lunrPatched';

/** A lunr index over one document holding `words`, built with TokenSet ids starting at 1. */
function indexOf(words: string[]): lunr.Index {
  const builder = new lunr.Builder();
  // No stemming or stop words: the index must hold exactly these terms.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('id');
  builder.field('text');
  builder.add({ id: 'note', text: words.join(' ') });
  lunrTokenSet._nextId = 1;
  return builder.build();
}

describe('lunr#314 (TokenSet.toString collisions)', () => {
  const words = collidingWords();

  it('is reproduced: lunr 2.3.9 as published loses and invents terms, and cont* throws', () => {
    withBuggyTokenSet(() => {
      lunrTokenSet._nextId = 1;
      const terms = lunrTokenSet.fromArray(words).toArray();
      expect(terms).not.toContain('cont1e');
      expect(terms).toContain('cont2');
      const index = indexOf(words);
      expect(() => index.search('cont*')).toThrow(TypeError);
    });
  });

  it('is fixed: the TokenSet holds exactly the inserted terms', () => {
    lunrTokenSet._nextId = 1;
    expect(lunrTokenSet.fromArray(words).toArray().sort()).toEqual(words);
  });

  it('is fixed: the prefix query cont* finds the document instead of throwing', () => {
    const results = indexOf(words).search('cont*');
    expect(results.map((r) => r.ref)).toEqual(['note']);
    expect(Object.keys(results[0]!.matchData.metadata)).toEqual(['cont1e']);
  });
});
