/**
 * What the search engine indexes for one note. The engine knows nothing about files or front
 * matter: whoever owns the notes (the note repository, or the small loader of the CLI) builds
 * these with {@link toSearchDocument}, so every engine in the benchmark indexes the same thing.
 */
import { markdownToText } from './markdownText';

export interface SearchDocument {
  /** Vault-relative path with forward slashes; the note's identity in the index. */
  path: string;
  title: string;
  /** Other names of the note (front-matter `aliases`); searched like the title. */
  aliases?: string[];
  /** Plain text of the body (markdown syntax removed, same lines as the markdown body). */
  body: string;
  headings: string[];
  /** Tags without `#`; nested tags as `parent/child`. */
  tags: string[];
  /** Community domain slugs. */
  domains: string[];
  /** Note type: `note`, `solution`, `practice`, `meeting`, `question`, `journal`, … */
  type: string;
  /** ISO 8601, or null when unknown. */
  created: string | null;
  /** ISO 8601. */
  updated: string;
  /** Publisher or pack of an imported note (searchable with `from:`), else null. */
  from: string | null;
  /** Front-matter language (`es`, `en-GB`…); decides stemming. English when absent. */
  language?: string;
}

export interface NoteInput {
  /** Vault-relative path with forward slashes. */
  path: string;
  /** The markdown after the front matter. */
  markdown: string;
  /** Parsed front matter, or null when the note has none or it could not be read. */
  frontMatter: Record<string, unknown> | null;
  /** Modification time of the file: the `updated` date when front matter has none. */
  modified: Date | string;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
}

/** A front-matter list: YAML list, or one string with commas (`tags: a, b`). */
function asList(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value.map(asString)
    : typeof value === 'string'
      ? value.split(',').map(asString)
      : [];
  return items.filter((item): item is string => item !== null);
}

function asDate(value: unknown): string | null {
  const text = asString(value);
  if (text === null) return null;
  return /^\d{4}-\d{2}(?:-\d{2})?/.test(text) ? text : null;
}

function uniqueTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.replace(/^#/, '').trim();
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** Every string leaf of an `origin` entry (publisher name, department, pack title or id). */
function originText(origin: unknown): string | null {
  if (origin === null || origin === undefined) return null;
  const parts: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 3) return;
    const text = typeof value === 'object' ? null : asString(value);
    if (text) parts.push(text);
    else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        // Hashes, versions and key ids are not what anyone types after `from:`.
        if (!/hash|version|key|signature/i.test(key)) visit(v, depth + 1);
      }
    }
  };
  visit(origin, 0);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function fileTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}

/**
 * Builds the document to index from a note: title from front matter, else the first heading,
 * else the file name (the rule of the note list); tags from front matter plus inline `#tags`.
 */
export function toSearchDocument(note: NoteInput): SearchDocument {
  const fm = note.frontMatter ?? {};
  const { text, headings, inlineTags } = markdownToText(note.markdown);
  const modified =
    note.modified instanceof Date ? note.modified.toISOString() : String(note.modified);
  const language = asString(fm['lang']) ?? asString(fm['language']);
  const doc: SearchDocument = {
    path: note.path,
    title: asString(fm['title']) ?? headings[0] ?? fileTitle(note.path),
    aliases: asList(fm['aliases']),
    body: text,
    headings,
    tags: uniqueTags([...asList(fm['tags']), ...inlineTags]),
    domains: asList(fm['domains']),
    type: asString(fm['type'])?.toLowerCase() ?? 'note',
    created: asDate(fm['created']),
    updated: asDate(fm['updated']) ?? modified,
    from: originText(fm['origin']),
  };
  if (language) doc.language = language;
  return doc;
}
