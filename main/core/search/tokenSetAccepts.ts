import type { LunrTokenSet } from './lunrPatched';

/**
 * Whether a lunr query TokenSet (from `fromString` with `*` wildcards or `fromFuzzyString`)
 * accepts `term`: the same rule as `TokenSet#intersect`, where a `*` edge matches any character,
 * for checking the few delta-only terms without building a TokenSet of them.
 */
export function tokenSetAccepts(pattern: LunrTokenSet, term: string): boolean {
  let states = new Set<LunrTokenSet>([pattern]);
  for (let i = 0; i < term.length; i++) {
    const ch = term[i]!;
    const next = new Set<LunrTokenSet>();
    for (const state of states) {
      const exact = state.edges[ch];
      if (exact) next.add(exact);
      const any = state.edges['*'];
      if (any) next.add(any);
    }
    if (next.size === 0) return false;
    states = next;
  }
  for (const state of states) if (state.final) return true;
  return false;
}
