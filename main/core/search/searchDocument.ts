/**
 * What the search engine indexes for one note. The engine knows nothing about files or front
 * matter: the note repository reads and summarises notes (title, type, tags… by the same rules as
 * the note list and the tag pane), and {@link toSearchDocument} turns that into this.
 */
import type { NoteSummary } from '../../../shared/api/noteSchemas';
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
  /** The note's summary as the repository made it (title, type, domains, tags, dates…). */
  summary: NoteSummary;
  /** The markdown after the front matter. */
  body: string;
  /** Parsed front matter, or null when the note has none or it could not be read. */
  frontMatter: Record<string, unknown> | null;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * A date the `created:`/`updated:` filters can compare as text: ISO dates stay as written
 * (`2026-03`, `2026-03-05T10:00`), anything else Date can read becomes ISO, the rest null.
 */
export function sortableDate(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}(?:-\d{2})?(?:[T ]|$)/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
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

/**
 * Builds the document to index from a note as the repository reads it: title, aliases, type,
 * domains and tags (front matter plus inline `#tags`) from its summary, so search agrees with the
 * note list and the tag pane; the body as plain text with its headings.
 */
export function toSearchDocument({ summary, body, frontMatter }: NoteInput): SearchDocument {
  const fm = frontMatter ?? {};
  const { text, headings } = markdownToText(body);
  const language = asString(fm['lang']) ?? asString(fm['language']);
  const doc: SearchDocument = {
    path: summary.path,
    title: summary.title,
    aliases: summary.aliases,
    body: text,
    headings,
    tags: summary.tags,
    domains: summary.domains,
    type: summary.type,
    created: sortableDate(summary.created),
    updated: sortableDate(summary.updated) ?? summary.updated,
    from: originText(fm['origin']),
  };
  if (language) doc.language = language;
  return doc;
}
