import { z } from 'zod';

/**
 * A vault-relative path with forward slashes, e.g. `procurement/Framework agreements.md`.
 * The schema only bounds it; main checks it stays inside the vault (no `..`, no absolute paths,
 * no symlink escapes) before touching the disk.
 */
export const vaultPathSchema = z.string().min(1, 'A path is required.').max(1024);

/** An ISO 8601 timestamp. */
export const isoDateTimeSchema = z.string();

export const noteSummarySchema = z.object({
  /** Front-matter `id`; null for a note Praxis has never saved (e.g. from an Obsidian vault). */
  id: z.string().nullable(),
  path: z.string(),
  /** Front-matter title, else the first `# ` heading, else the file name. */
  title: z.string(),
  /** Note type (`note`, `solution`, `practice`, `meeting`, `question`, `journal`, …). */
  type: z.string(),
  /** Community domain slugs. */
  domains: z.array(z.string()),
  /** Tags from front matter and inline `#tags`, without `#`; nested tags as `parent/child`. */
  tags: z.array(z.string()),
  /** Front-matter `aliases`: other names wiki links may use. */
  aliases: z.array(z.string()),
  created: isoDateTimeSchema.nullable(),
  /** Front-matter `updated`, else the file's modification time. */
  updated: isoDateTimeSchema,
  /**
   * A private note (shared/journal/privacy: journal entries and weekly reviews unless their front
   * matter says `private: false`, any note saying `private: true`): shown only in its owner's
   * journal and note lists, never in community views (domain pages, overview) or packs.
   */
  private: z.boolean(),
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

/**
 * How a note file's bytes are read. Only `utf-8` notes can be edited or changed by Praxis; any
 * other is shown read-only, decoded as the encoding named (a best guess: `windows-1252` for
 * legacy 8-bit text, UTF-16 when the file starts with its byte-order mark), and left byte for byte
 * as it is by every change until the user converts it (`notes.convertToUtf8`).
 */
export const noteEncodingSchema = z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']);
export type NoteEncoding = z.infer<typeof noteEncodingSchema>;

export const noteSchema = noteSummarySchema.extend({
  /** The markdown after the front matter. */
  body: z.string(),
  /** Parsed front matter; null when the file has none (or it is unreadable). */
  frontMatter: z.record(z.string(), z.unknown()).nullable(),
  /** Why the front matter could not be read, if it could not. */
  frontMatterError: z.string().nullable(),
  /** Opaque version of the file on disk; pass it back when saving. */
  version: z.string(),
  /** Anything but `utf-8` means the note is read-only until converted (see noteEncodingSchema). */
  encoding: noteEncodingSchema,
});
export type Note = z.infer<typeof noteSchema>;

/**
 * Changes to front matter: a key set to a value writes it, a key set to null removes it, keys not
 * named are kept exactly as they are (including ones Praxis does not know).
 */
export const frontMatterPatchSchema = z
  .object({
    title: z.string().trim().min(1).max(300).nullable(),
    type: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'A note type is lower-case letters, digits and dashes.')
      .nullable(),
    domains: z.array(z.string().min(1).max(100)).max(100).nullable(),
    tags: z.array(z.string().min(1).max(200)).max(500).nullable(),
    aliases: z.array(z.string().min(1).max(300)).max(100).nullable(),
  })
  .partial()
  .catchall(z.json().nullable());
export type FrontMatterPatch = z.infer<typeof frontMatterPatchSchema>;

/** `data` of a CONFLICT error from `notes.save`: nothing is lost, both texts are here. */
export const saveConflictSchema = z.object({
  path: z.string(),
  /** The body the caller tried to save. */
  mine: z.string(),
  /** The note as it is now on disk, or null if it was deleted there. */
  theirs: noteSchema.nullable(),
});
export type SaveConflict = z.infer<typeof saveConflictSchema>;

/**
 * `data` of a CONFLICT error from a multi-file change (a move, a vault-wide rename…) when another
 * program changed one of its files while it was being written. The whole change was undone and
 * nothing is lost: the file keeps the other program's text (`theirs`); `mine` is what the change
 * would have written there.
 */
export const fileConflictSchema = z.object({
  path: z.string(),
  /** The text the change would have written; null for a file it would have removed. */
  mine: z.string().nullable(),
  /** The text on disk now; null if the file is gone (or is no longer a file). */
  theirs: z.string().nullable(),
});
export type FileConflict = z.infer<typeof fileConflictSchema>;

export const linkChangeSchema = z.object({
  /** A note whose links were (or would be) rewritten. */
  path: z.string(),
  /** How many links in it. */
  links: z.number().int(),
});
export type LinkChange = z.infer<typeof linkChangeSchema>;

export const trashEntrySchema = z.object({
  id: z.string(),
  originalPath: z.string(),
  title: z.string(),
  deletedAt: isoDateTimeSchema,
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;
