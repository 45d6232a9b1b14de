/**
 * Tags as Praxis writes and reads them (how they compare is tagMatch.ts): the text of a tag in
 * front matter or a `#tag` is read without its `#`; what a person types as a tag is made into
 * one (spaces become dashes, other characters a tag cannot hold are dropped), or refused.
 *
 * @example
 * tagFromText(' #policy/housing '); // 'policy/housing'
 * normalizeTag('#Open data!');      // 'Open-data'
 * normalizeTag('2025');             // null: a tag cannot be only digits
 */

/** A tag as a note writes it (`tags:` entry or inline `#tag`): trimmed, without its `#`. */
export function tagFromText(text: string): string {
  return text.trim().replace(/^#/, '');
}

/** The tag to write for what the user typed, or null when nothing usable is left. */
export function normalizeTag(raw: string): string | null {
  const tag = raw
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_/-]/gu, '')
    .replace(/^\/+|\/+$/g, '');
  if (tag === '' || /^\d+$/.test(tag) || tag.length > 200) return null;
  return tag;
}
