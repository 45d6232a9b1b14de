/**
 * A reproduction of lunr#314 for tests: words whose TokenSet lunr 2.3.9 builds wrongly. Kept
 * beside the fix so tests of every layer (TokenSet, lunr.Index, Praxis's engine) share it.
 */
import { lunrTokenSet, type LunrTokenSet } from './lunrPatched';

/** lunr 2.3.9's original `TokenSet#toString`, verbatim in behaviour (no separator after ids). */
export function buggyTokenSetKey(this: LunrTokenSet & { _str?: string }): string {
  if (this._str) return this._str;
  let key = this.final ? '1' : '0';
  const labels = Object.keys(this.edges).sort();
  for (const label of labels) key += label + String(this.edges[label]!.id);
  return key;
}

/** Runs `fn` with lunr's original, buggy `toString` in place of the fix. */
export function withBuggyTokenSet<T>(fn: () => T): T {
  const proto = lunrTokenSet.prototype as unknown as LunrTokenSet;
  const fixed = proto.toString;
  proto.toString = buggyTokenSetKey;
  try {
    return fn();
  } finally {
    proto.toString = fixed;
  }
}

/**
 * Sorted words that, built into a TokenSet with node ids starting at 1, make lunr 2.3.9 merge
 * the node after `cont` (edges `1→#323`, key `01323`) with the node after `a` (edges `1→#3,
 * 2→#3`, also `01323`): `cont1e` is lost and `cont1`, `cont2` appear. On a large vault ids are in
 * the hundreds of thousands and such collisions happen by themselves; here the ids are forced.
 */
export function collidingWords(): string[] {
  for (let fillers = 1; fillers < 2000; fillers++) {
    const words = [
      'a1',
      'a2',
      ...Array.from({ length: fillers }, (_, i) => `b${i.toString(36).padStart(3, '0')}`),
      'cont1e',
    ].sort();
    const broken = withBuggyTokenSet(() => {
      lunrTokenSet._nextId = 1;
      return !lunrTokenSet.fromArray(words).toArray().includes('cont1e');
    });
    if (broken) return words;
  }
  throw new Error('No reproduction of lunr#314 found.');
}
