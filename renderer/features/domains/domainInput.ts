import type { Domain } from '../../../shared/api/domainsMethods';
import { domainKey, normalizeDomain } from '../../../shared/domains/domainSlug';

/**
 * The slug to write in a note's `domains:` for what the user typed in the domain field: a listed
 * domain's slug when the text is its slug or its name (any case, spacing aside), otherwise the
 * text made slug-like (it stays an unlisted domain, which the field offers to create).
 *
 * @example resolveDomainInput('Procurement and contracts', list) // 'procurement'
 */
export function resolveDomainInput(text: string, domains: readonly Domain[]): string | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (typed === '') return null;
  const key = domainKey(typed);
  const name = typed.toLocaleLowerCase();
  const listed =
    domains.find((d) => domainKey(d.slug) === key) ??
    domains.find((d) => d.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === name);
  return listed ? listed.slug : normalizeDomain(typed);
}

/**
 * What the domain field suggests: the listed domains in list order, then slugs other notes use
 * that are not in the list (most used first), each once.
 */
export function domainSuggestions(
  domains: readonly Domain[],
  usedInVault: readonly string[],
): string[] {
  const listed = new Set(domains.map((d) => domainKey(d.slug)));
  const seen = new Set<string>();
  const unlisted: string[] = [];
  for (const slug of usedInVault) {
    const key = domainKey(slug);
    if (listed.has(key) || seen.has(key)) continue;
    seen.add(key);
    unlisted.push(slug);
  }
  return [...domains.map((d) => d.slug), ...unlisted];
}
