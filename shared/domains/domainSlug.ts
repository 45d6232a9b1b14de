/**
 * Domain slugs: what notes write in their `domains:` front matter and what identifies a domain.
 * Lower-case ASCII letters and digits in words joined by single dashes, e.g. `hr-and-talent`.
 * Notes are matched to domains case-insensitively (`domains: [Procurement]` is `procurement`).
 */

export const MAX_DOMAIN_SLUG_LENGTH = 64;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The comparison form of a domain as a note names it. */
export function domainKey(slug: string): string {
  return slug.trim().toLowerCase();
}

/** Why `slug` cannot identify a domain, or null. */
export function domainSlugProblem(slug: string): string | null {
  if (slug.trim() === '') return 'A domain needs a slug (the short name notes use for it).';
  if (slug.length > MAX_DOMAIN_SLUG_LENGTH)
    return `A domain slug can be at most ${MAX_DOMAIN_SLUG_LENGTH} characters long.`;
  if (!SLUG.test(slug)) {
    const suggestion = slugify(slug);
    return (
      `"${slug}" cannot be a domain slug: use lower-case letters, digits and single dashes` +
      (suggestion !== '' && suggestion !== slug ? `, e.g. "${suggestion}".` : '.')
    );
  }
  return null;
}

/**
 * The slug to write for a domain the user typed that the list does not have: the text made into
 * a slug (see `slugify`), so a domain written in a note can always be created with that slug.
 * Null when nothing usable is left.
 *
 * @example normalizeDomain('Contratación pública') // 'contratacion-publica'
 */
export function normalizeDomain(raw: string): string | null {
  const slug = slugify(raw);
  return slug === '' ? null : slug;
}

/**
 * A slug made from a name: accents dropped, `&` read as "and", everything else that is not a
 * letter or digit turned into single dashes. `''` when nothing usable is left.
 *
 * @example slugify('Contratación & compras') // 'contratacion-and-compras'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_DOMAIN_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_DOMAIN_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
