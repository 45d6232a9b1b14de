import type { Domain } from '../../../shared/api/domainsMethods';
import { DOMAIN_PALETTE } from '../../../shared/domains/domainColour';
import { DEFAULT_DOMAIN_SLUGS, seedContent } from '../seed/seedContent';

export { DOMAIN_PALETTE };

/**
 * The domains a new vault starts with (all editable), created `now`, named and described in
 * `language` (English where there is none). Slugs are the same in every language.
 */
export function defaultDomains(now: Date = new Date(), language: string | null = null): Domain[] {
  const created = now.toISOString();
  const { domains } = seedContent(language);
  return DEFAULT_DOMAIN_SLUGS.map((slug, i) => ({
    slug,
    ...domains[slug],
    colour: DOMAIN_PALETTE[i % DOMAIN_PALETTE.length]!,
    moderators: [],
    created,
  }));
}
