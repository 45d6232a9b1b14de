import { createHash } from 'node:crypto';
import { ORIGIN_KEY } from '../../../shared/packs/noteOrigin';
import { splitFrontMatter } from '../vault/frontMatter';

/** The front-matter key imported notes carry their provenance in (one home: shared/packs). */
export { ORIGIN_KEY };

/** A note's text parsed for a pack: its front matter and body, or why it cannot be read. */
export interface ParsedPackNote {
  frontMatter: Record<string, unknown> | null;
  body: string;
  /** Why the front matter cannot be read (invalid YAML, an alias bomb…), or null. */
  problem: string | null;
}

/**
 * Splits a note's text as the vault does, but never throws: a YAML alias bomb (the yaml library
 * refuses to expand more than 100 aliases) or any other unreadable front matter is a `problem`.
 */
export function parsePackNote(raw: string): ParsedPackNote {
  try {
    const split = splitFrontMatter(raw);
    return { frontMatter: split.data, body: split.body, problem: split.error };
  } catch (error) {
    return { frontMatter: null, body: '', problem: (error as Error).message };
  }
}

/**
 * The content hash of a note (SHA-256, hex): of its front matter without `origin` (keys sorted,
 * so YAML formatting does not matter) and its body. A note imported from a pack has the pack's
 * content hash until someone edits it; the `origin` Praxis adds on import does not count.
 * Unreadable front matter hashes the whole text.
 */
export function noteContentHash(raw: string, parsed: ParsedPackNote = parsePackNote(raw)): string {
  const canonical =
    parsed.problem !== null
      ? JSON.stringify({ raw })
      : JSON.stringify({
          frontMatter: parsed.frontMatter && withoutOrigin(parsed.frontMatter),
          body: parsed.body,
        });
  return createHash('sha256').update(canonical).digest('hex');
}

function withoutOrigin(frontMatter: Record<string, unknown>): unknown {
  const { [ORIGIN_KEY]: _origin, ...rest } = frontMatter;
  return sortKeys(rest);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort())
      Object.defineProperty(out, key, {
        value: sortKeys((value as Record<string, unknown>)[key]),
        enumerable: true,
      });
    return out;
  }
  return value;
}
