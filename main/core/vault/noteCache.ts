import path from 'node:path';
import * as fs from 'node:fs/promises';
import { z } from 'zod';
import {
  noteEncodingSchema,
  noteSummarySchema,
  type NoteSummary,
} from '../../../shared/api/noteSchemas';
import { journalEntryDate } from '../../../shared/journal/journalPaths';
import { locateLinks } from '../../../shared/links/wikiLinks';
import { writeFileAtomic } from './atomicWrite';
import { PRAXIS_DIR } from './praxisFolder';

/**
 * What the repository learnt from one note file when it last read it, and the file's size and
 * modification time then: while both are unchanged the file is not read again at start.
 * `body` is null where nothing needs the text at start (see cachesText).
 */
export const cachedNoteSchema = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  version: z.string().min(1),
  encoding: noteEncodingSchema,
  summary: noteSummarySchema,
  bodyStartLine: z.number().int().positive(),
  body: z.string().nullable(),
  frontMatter: z.record(z.string(), z.unknown()).nullable(),
  frontMatterError: z.string().nullable(),
});
export type CachedNote = z.infer<typeof cachedNoteSchema>;

/**
 * A cache entry as the repository keeps it between writes: the front matter as its JSON text,
 * written into the file as it is. An object graph per note (50,000 of them in a large vault)
 * would cost several times the memory, and nothing reads it after the load.
 */
export type KeptNote = Omit<CachedNote, 'frontMatter'> & { frontMatterJson: string };

export function keptNote(entry: CachedNote): KeptNote {
  // Field by field, in the order NoteRepository writes them: one hidden class for every entry
  // (a rest-and-spread copy measured four times the size: 441 bytes an entry against 105).
  return {
    size: entry.size,
    mtimeMs: entry.mtimeMs,
    version: entry.version,
    encoding: entry.encoding,
    summary: entry.summary,
    bodyStartLine: entry.bodyStartLine,
    body: entry.body,
    frontMatterError: entry.frontMatterError,
    frontMatterJson: entry.frontMatter === null ? 'null' : JSON.stringify(entry.frontMatter),
  };
}

const CACHE_FORMAT = 'praxis-note-cache';
/** Raise whenever what is cached, or how a note is parsed, changes: older caches are rebuilt. */
export const NOTE_CACHE_VERSION = 2;

const cacheFileSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  version: z.literal(NOTE_CACHE_VERSION),
  notes: z.record(z.string(), z.unknown()),
});

/** Where a vault's note cache lives (rebuildable; never the only copy of anything). */
export const noteCacheFile = (realRoot: string): string =>
  path.join(realRoot, PRAXIS_DIR, 'notes-cache.json');

/**
 * The usable entries of a cache file. A missing, truncated, foreign or outdated file gives none
 * (everything is read again and the file rewritten); a damaged entry is left out (that note is
 * read again). Never throws for what the file holds.
 */
export async function readNoteCache(file: string): Promise<Map<string, CachedNote>> {
  const entries = new Map<string, CachedNote>();
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return entries;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return entries;
  }
  const envelope = cacheFileSchema.safeParse(parsed);
  if (!envelope.success) return entries;
  for (const [rel, value] of Object.entries(envelope.data.notes)) {
    const entry = cachedNoteSchema.safeParse(value);
    if (entry.success && entry.data.summary.path === rel) entries.set(rel, entry.data);
  }
  return entries;
}

/**
 * Files changed less than this before the cache is written are left out of it: on a file system
 * with coarse times, a second edit of the same size in the same tick would otherwise look unchanged.
 */
const RACY_MS = 3000;

/** Writes the cache atomically (temp file, rename): a crash leaves the old cache or the new one. */
export async function writeNoteCache(
  file: string,
  entries: ReadonlyMap<string, KeptNote>,
  now = Date.now(),
): Promise<void> {
  const notes: string[] = [];
  for (const [rel, entry] of entries) {
    if (entry.mtimeMs >= now - RACY_MS) continue;
    const { frontMatterJson, ...rest } = entry;
    // `rest` is never empty: its JSON ends with the `}` the front matter goes before.
    const json = JSON.stringify(rest);
    notes.push(`${JSON.stringify(rel)}:${json.slice(0, -1)},"frontMatter":${frontMatterJson}}`);
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(
    file,
    `{"format":${JSON.stringify(CACHE_FORMAT)},"version":${NOTE_CACHE_VERSION},"notes":{${notes.join(',')}}}`,
  );
}

/**
 * Whether front matter comes back from JSON exactly as it went in (strings, finite numbers,
 * booleans, null, arrays and plain objects). A note whose front matter does not is never cached.
 */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => isPlainJson(item, depth + 1));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(
    ([key, item]) => key !== '__proto__' && isPlainJson(item, depth + 1),
  );
}

/**
 * Whether the cache keeps a note's text: only where something the core builds at start reads it —
 * the link graph (a note with links: backlinks quote it), the journal (first lines and tasks of
 * entries) and questions (an accepted answer). A note loaded from the cache without its text is
 * told to subscribers with an empty body. Every other text is read from disk when it is opened.
 */
export function cachesText(summary: NoteSummary, body: string): boolean {
  if (journalEntryDate(summary) !== null || summary.type === 'question') return true;
  // Every link is written with a `[`: most notes are ruled out without parsing them.
  if (!body.includes('[')) return false;
  const links = locateLinks(body);
  return links.wikiLinks.length > 0 || links.markdownLinks.length > 0;
}
