/**
 * How a note's front-matter values read, for every part of Praxis (the metadata main indexes,
 * the properties form, templates, vault-wide renames): a list is a YAML list of strings or one
 * string with commas, as Obsidian accepts both; a scalar is text, a number or a boolean.
 *
 * @example
 * frontMatterList(['procurement', ' hr ']); // ['procurement', 'hr']
 * frontMatterList('procurement, hr');       // ['procurement', 'hr']
 * frontMatterText(2025);                    // '2025'
 */

/** A scalar value as text, trimmed; null for an empty string, a list, a map or nothing. */
export function frontMatterText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** The entries of a comma-separated string, trimmed, empty ones left out. */
export function commaSeparated(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A list field's entries: each scalar of a YAML list, or the parts of a comma-separated string. */
export function frontMatterList(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map(frontMatterText).filter((v): v is string => v !== null);
  const single = frontMatterText(value);
  return single === null ? [] : commaSeparated(single);
}

/** An alias as typed in the properties form, or null when it cannot be one. */
export function normalizeAlias(raw: string): string | null {
  const alias = raw.trim();
  return alias === '' || alias.length > 300 ? null : alias;
}
