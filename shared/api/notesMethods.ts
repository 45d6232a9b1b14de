import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { dryRunSchema } from './refactorMethods';
import { htmlFileSchema } from './keysMethods';
import { supportedLanguages } from '../i18n/i18nResources';
import {
  frontMatterPatchSchema,
  linkChangeSchema,
  noteSchema,
  noteSummarySchema,
  trashEntrySchema,
  vaultPathSchema,
} from './noteSchemas';

const none = z.object({}).strict();

/**
 * Notes a move would have changed (links to it, or the moved note's own title and links) but
 * leaves byte for byte as they are because they are not UTF-8 (see noteEncodingSchema).
 */
const notUtf8Schema = z.array(z.string());

/** Moving or renaming a note rewrites every link (wiki or markdown) that pointed at it. */
const moveResultSchema = z.object({
  note: noteSummarySchema,
  rewritten: z.array(linkChangeSchema),
  notUtf8: notUtf8Schema,
});

/** What `notes.rename` did, or would do on a dry run. */
export const renameReportSchema = z.object({
  /** The recorded change, for `refactor.undo`; null for a dry run or a rename that changed nothing. */
  id: z.string().nullable(),
  dryRun: z.boolean(),
  from: z.string(),
  /** The note's path afterwards (equal to `from` when only the title changes). */
  to: z.string(),
  /** The title as it was and as it is (or would be) afterwards. */
  oldTitle: z.string(),
  title: z.string(),
  /** The file name (without `.md`) differs from the title: characters a file name cannot hold. */
  sanitized: z.boolean(),
  /** The note's first `# heading` was its title and takes the new one. */
  headingUpdated: z.boolean(),
  /** Notes whose links are (or would be) rewritten, by their path afterwards. */
  rewritten: z.array(linkChangeSchema),
  /** Sum of `rewritten[].links`. */
  links: z.number().int(),
  notUtf8: notUtf8Schema,
  /** The renamed note; null for a dry run. */
  note: noteSummarySchema.nullable(),
});
export type RenameReport = z.infer<typeof renameReportSchema>;

/** What `folders.rename` did, or would do on a dry run. */
export const folderChangeReportSchema = z.object({
  /** The recorded change, for `refactor.undo`; null for a dry run. */
  id: z.string().nullable(),
  dryRun: z.boolean(),
  from: z.string(),
  to: z.string(),
  /** Notes moved (sub-folders included). */
  notes: z.number().int(),
  /** Links rewritten to point at the notes' new places. */
  links: z.number().int(),
  notUtf8: notUtf8Schema,
});
export type FolderChangeReport = z.infer<typeof folderChangeReportSchema>;

/** A folder path relative to the vault (`/`-separated); the core checks it stays inside. */
const folderPathSchema = z.string().min(1, 'A folder needs a name.').max(1024);

export const notesMethods = {
  /** Every note in the vault (while it loads: those read so far). */
  'notes.list': defineMethod(none, z.array(noteSummarySchema)),

  /**
   * While the vault loads: the notes found on disk and not read yet, in path order (none before
   * `vault.listed` nor after `vault.loaded`). Lists show them by file name until they are read.
   * Asked before `notes.list`, the two together miss no note.
   */
  'notes.listUnread': defineMethod(none, z.array(z.string())),

  'notes.read': defineMethod(z.object({ path: vaultPathSchema }).strict(), noteSchema),

  /**
   * Creates `<folder>/<name>.md`. `name` is a file name without `.md`: no `/`, `\`, `..` or
   * characters file systems refuse. Fails with EXISTS if the file is there already.
   */
  'notes.create': defineMethod(
    z
      .object({
        folder: z.string().max(1024).default(''),
        name: z.string().min(1, 'A note needs a name.').max(200),
        body: z.string().max(10_000_000).default(''),
        frontMatter: frontMatterPatchSchema.optional(),
      })
      .strict(),
    noteSchema,
  ),

  /**
   * Saves the body (and front-matter changes). `baseVersion` is the version the editor started
   * from; if the file changed on disk since (checked again right before the file is replaced),
   * nothing is written and the call fails with CONFLICT whose data is a SaveConflict. A note that
   * is not UTF-8 is refused (INVALID): convert it first.
   */
  'notes.save': defineMethod(
    z
      .object({
        path: vaultPathSchema,
        baseVersion: z.string(),
        body: z.string().max(10_000_000),
        frontMatter: frontMatterPatchSchema.optional(),
      })
      .strict(),
    noteSchema,
  ),

  /** What moving `from` to `to` would rewrite, without changing anything. */
  'notes.movePreview': defineMethod(
    z.object({ from: vaultPathSchema, to: vaultPathSchema }).strict(),
    z.object({ rewritten: z.array(linkChangeSchema), notUtf8: notUtf8Schema }),
  ),

  /** Moves or renames a note and rewrites the links to it; every file is written atomically. */
  'notes.move': defineMethod(
    z.object({ from: vaultPathSchema, to: vaultPathSchema }).strict(),
    moveResultSchema,
  ),

  /**
   * Renames a note to `title` in one transaction: the file takes the title as its name (the rule
   * of shared/notes/noteFileName.ts, in its folder; a change of letter case only keeps the file),
   * the title goes to front matter where the file name or heading would not give it, a first
   * `# heading` that was the title takes the new one, and every link to the note elsewhere
   * (by path, name or old title) is rewritten. A template is named by its file only. `dryRun`
   * reports the same without writing anything. Fails with CONFLICT if the note changed since
   * `baseVersion`, or if any file changed while it was planned; with EXISTS if another note has
   * that name. Undo it with `refactor.undo`.
   */
  /**
   * One note as a self-contained HTML page (the HTML edition's pipeline: sanitised, images inlined
   * as `data:`, a CSP that allows no request): the page's text, and the file name to offer. With
   * `out` (a `.html` path the user chose in a save dialog) the page is written there too.
   */
  'notes.exportHtml': defineMethod(
    z
      .object({
        path: vaultPathSchema,
        /** The language of the page's own words (hints on links left out). */
        language: z.enum(supportedLanguages).default('en'),
        out: htmlFileSchema.nullable().default(null),
      })
      .strict(),
    z.object({
      html: z.string(),
      fileName: z.string(),
      /** Where it was written (null: not written, the page is in `html`). */
      file: z.string().nullable(),
      imagesInlined: z.number().int(),
    }),
  ),

  'notes.rename': defineMethod(
    z
      .object({
        path: vaultPathSchema,
        title: z.string().max(1000),
        baseVersion: z.string().max(200).optional(),
        dryRun: dryRunSchema,
      })
      .strict(),
    renameReportSchema,
  ),

  /**
   * Rewrites a note that is not UTF-8 (`encoding` other than `utf-8`, read-only until then) as
   * UTF-8, from the text Praxis shows for it. The original bytes are kept in the trash (restoring
   * them puts them beside the note). Fails with CONFLICT if the file changed since `baseVersion`.
   * A note that already is UTF-8 is returned unchanged.
   */
  'notes.convertToUtf8': defineMethod(
    z.object({ path: vaultPathSchema, baseVersion: z.string().max(200) }).strict(),
    noteSchema,
  ),

  /** Moves the note to `.praxis/trash/`. */
  'notes.delete': defineMethod(z.object({ path: vaultPathSchema }).strict(), trashEntrySchema),

  /** Every folder of the vault, empty ones included (hidden folders left out), sorted. */
  'folders.list': defineMethod(none, z.array(z.string())),

  /** Creates an empty folder (and its parents). Fails with EXISTS if it is there already. */
  'folders.create': defineMethod(
    z.object({ path: folderPathSchema }).strict(),
    z.object({ path: z.string() }),
  ),

  /**
   * Renames or moves a folder: every note in it (sub-folders included) moves along and every
   * link to them is rewritten. One change for `refactor.undo`. Fails with EXISTS if `to` exists.
   */
  'folders.rename': defineMethod(
    z.object({ from: folderPathSchema, to: folderPathSchema, dryRun: dryRunSchema }).strict(),
    folderChangeReportSchema,
  ),

  /**
   * Moves every note in the folder (sub-folders included) to the trash, each restorable, and
   * removes the folders left empty. Other files (attachments) stay, with the folders holding them.
   */
  'folders.delete': defineMethod(
    z.object({ path: folderPathSchema }).strict(),
    z.object({ folder: z.string(), trashed: z.number().int(), kept: z.boolean() }),
  ),

  'trash.list': defineMethod(none, z.array(trashEntrySchema)),

  /** Puts the note back where it was (with a numbered name if that place is taken). */
  'trash.restore': defineMethod(
    z.object({ id: z.string().min(1).max(200) }).strict(),
    noteSummarySchema,
  ),

  /** Deletes a trashed note for good. */
  'trash.purge': defineMethod(z.object({ id: z.string().min(1).max(200) }).strict(), z.object({})),
};
