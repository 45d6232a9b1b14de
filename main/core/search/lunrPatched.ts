/**
 * The one place Praxis imports lunr. Importing this module (instead of `lunr`) guarantees two
 * things before any index code runs:
 *
 * 1. lunr 2.3.9's TokenSet minimisation bug (olivernn/lunr.js#314) is fixed. `toString()` is the
 *    key under which `TokenSet.Builder` merges equivalent trie nodes, and it concatenates edge
 *    labels and node ids with no separator, so a node with edges `1→#23456` and one with edges
 *    `1→#2, 3→#456` get the same key `0123456`. The builder then merges two different nodes: terms
 *    with digits vanish from the set and others appear, and a prefix query such as `cont*` expands
 *    to a term that is not in the index (lunr's own `Index#query` throws on it). No maintained
 *    fork exists on npm (2.3.9 is the last lunr release), so the fix is a patch: a separator after
 *    every id. Labels are single UTF-16 code units, so `label id ,` cannot be read two ways.
 * 2. The Spanish pipeline functions of lunr-languages are registered (`lunr.es.stemmer`, …).
 *
 * An ESLint rule forbids importing `lunr` anywhere else in main/.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import spanish from 'lunr-languages/lunr.es.js';

/** The parts of lunr.TokenSet Praxis relies on (@types/lunr declares them incompletely). */
export interface LunrTokenSet {
  id: number;
  final: boolean;
  edges: Record<string, LunrTokenSet>;
  intersect(other: LunrTokenSet): LunrTokenSet;
  toArray(): string[];
  toString(): string;
}

interface LunrTokenSetStatic {
  new (): LunrTokenSet;
  _nextId: number;
  fromArray(words: string[]): LunrTokenSet;
  fromString(pattern: string): LunrTokenSet;
  fromFuzzyString(word: string, editDistance: number): LunrTokenSet;
  Builder: new () => LunrTokenSetBuilder;
}

export interface LunrTokenSetBuilder {
  root: LunrTokenSet;
  insert(word: string): void;
  finish(): void;
}

type PipelineFunction = (token: lunr.Token) => lunr.Token | undefined;

interface LunrLanguage {
  stemmer: PipelineFunction;
  stopWordFilter: PipelineFunction;
}

type PatchedLunr = typeof lunr & {
  TokenSet: LunrTokenSetStatic;
  es?: LunrLanguage;
  stemmerSupport?: unknown;
  __praxisTokenSetFix?: boolean;
};

const patched = lunr as PatchedLunr;

/** The fixed `TokenSet#toString`: as lunr's, plus a `,` after each node id. */
function tokenSetKey(this: LunrTokenSet & { _str?: string }): string {
  if (this._str) return this._str;
  let key = this.final ? '1' : '0';
  const labels = Object.keys(this.edges).sort();
  for (const label of labels) key += label + String(this.edges[label]!.id) + ',';
  return key;
}

if (!patched.__praxisTokenSetFix) {
  (patched.TokenSet.prototype as unknown as LunrTokenSet).toString = tokenSetKey;
  patched.__praxisTokenSetFix = true;
}
if (!patched.stemmerSupport) stemmerSupport(patched);
if (!patched.es) spanish(patched);

export const lunrTokenSet: LunrTokenSetStatic = patched.TokenSet;
export const spanishPipeline: LunrLanguage = patched.es!;
export { patched as lunr };
