/**
 * Rewriting a front-matter list field (`tags`, `domains`) entry by entry, keeping its form: a YAML
 * list stays a list (composeNote keeps a flow list in flow style), a comma-separated string stays
 * a string.
 */
import { commaSeparated, frontMatterText } from '../../../shared/notes/frontMatterValues';

/** What becomes of one entry: a new text, null to drop it, undefined to keep it as written. */
export type EntryMapper = (entry: string) => string | null | undefined;

export interface ListRewrite {
  value: unknown[] | string;
  /** Entries renamed or removed. */
  changed: number;
}

/**
 * The field's new value, or null when no entry changes. When something changes, entries that end
 * up naming the same thing (`keyOf`) are kept once, at the first place.
 */
export function rewriteListField(
  value: unknown,
  map: EntryMapper,
  keyOf: (entry: string) => string,
): ListRewrite | null {
  const isList = Array.isArray(value);
  let entries: unknown[];
  if (isList) entries = value as unknown[];
  else {
    const text = frontMatterText(value);
    if (text === null) return null;
    entries = commaSeparated(text);
  }
  let changed = 0;
  const next: unknown[] = [];
  for (const entry of entries) {
    const text = frontMatterText(entry);
    const mapped = text === null ? undefined : map(text);
    if (mapped === undefined || mapped === text) next.push(entry);
    else {
      changed++;
      if (mapped !== null) next.push(mapped);
    }
  }
  if (changed === 0) return null;
  // A rename can make two entries name the same thing: keep the first.
  const seen = new Set<string>();
  const unique = next.filter((entry) => {
    const text = frontMatterText(entry);
    if (text === null) return true;
    const key = keyOf(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { value: isList ? unique : unique.map(String).join(', '), changed };
}
