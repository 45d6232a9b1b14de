import { domainKey } from '../../../shared/domains/domainSlug';
import { rewriteListField } from '../refactor/frontMatterList';
import type { NoteRewrite } from '../refactor/refactorTypes';
import { composeNote, splitFrontMatter } from '../vault/frontMatter';

/**
 * Maps domain slugs as notes write them: `sources` (compared case-insensitively) become `into`,
 * or are removed when `into` is null; other slugs are left alone.
 */
export function domainMapper(
  sources: readonly string[],
  into: string | null,
): (slug: string) => string | null | undefined {
  const keys = new Set(sources.map(domainKey));
  return (slug) => (keys.has(domainKey(slug)) ? into : undefined);
}

/**
 * `raw` with its front-matter `domains` rewritten by `map` (form kept; a slug that ends up twice
 * is kept once). Null when nothing changes.
 */
export function rewriteDomainsInNote(
  raw: string,
  map: (slug: string) => string | null | undefined,
): NoteRewrite | null {
  const split = splitFrontMatter(raw);
  if (!split.data || !Object.hasOwn(split.data, 'domains')) return null;
  const change = rewriteListField(split.data.domains, map, domainKey);
  if (change === null) return null;
  return {
    next: composeNote(split, split.body, { domains: change.value }),
    occurrences: change.changed,
    problem: null,
  };
}
