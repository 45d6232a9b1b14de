/**
 * How tags compare, for every part of Praxis that filters or counts by tag (the tag pane, search,
 * domain pages, packs). Tags compare case-insensitively, as in Obsidian, and a tag names its
 * whole branch: `tag:policy` finds notes tagged `policy`, `policy/housing` and
 * `policy/housing/rent`, but not `policy-review`.
 *
 * @example
 * tagMatches('policy', 'Policy/Housing'); // true
 * tagMatches('policy/housing', 'policy'); // false: a child filter does not find the parent
 * hasTag(['contracts', 'policy/housing'], 'policy'); // true
 */

/** The comparison form of a tag: without `#` and surrounding `/`, NFC, lower case. */
export function tagKey(tag: string): string {
  return tag
    .trim()
    .replace(/^#/, '')
    .replace(/^\/+|\/+$/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** Whether `tag` is `filter` or nested under it. */
export function tagMatches(filter: string, tag: string): boolean {
  const f = tagKey(filter);
  if (f === '') return false;
  const t = tagKey(tag);
  return t === f || (t.length > f.length && t.startsWith(f) && t.charCodeAt(f.length) === 47);
}

/** Whether a note with `tags` is found by the tag filter `filter`. */
export function hasTag(tags: readonly string[], filter: string): boolean {
  return tags.some((tag) => tagMatches(filter, tag));
}

/** A tag and every parent it is nested under, outermost first: `a/b/c` → `a`, `a/b`, `a/b/c`. */
export function tagAncestry(tag: string): string[] {
  const parts = tag.split('/').filter((part) => part !== '');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

const TAG_TEXT = /^[\p{L}\p{N}\p{M}_/-]+$/u;

/**
 * Why `tag` cannot be written as a tag (front matter and inline `#tag` alike), or null. A tag is
 * letters, digits, `_`, `-` and `/` for nesting, not all digits, without empty levels.
 */
export function tagNameProblem(tag: string): string | null {
  const name = tag.trim().replace(/^#/, '');
  if (name === '') return 'A tag cannot be empty.';
  if (name.length > 200) return 'A tag can be at most 200 characters long.';
  if (!TAG_TEXT.test(name))
    return `"${name}" cannot be a tag: use letters, digits, "_", "-" and "/" for nesting (no spaces).`;
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
    return `"${name}" cannot be a tag: each level between "/" needs a name.`;
  if (/^\d+$/.test(name)) return `"${name}" cannot be a tag: a tag cannot be only digits.`;
  return null;
}
