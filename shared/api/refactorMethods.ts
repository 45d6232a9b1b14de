import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { isoDateTimeSchema } from './noteSchemas';

/**
 * Vault-wide edits — renaming or merging a tag or a domain, deleting a domain from the notes that
 * name it, renaming a note (`notes.rename`) — are one atomic operation each: every touched file is rewritten in one transaction
 * (all or nothing), the domain list is updated with it, and the operation is recorded so it can
 * be undone. Each such method takes `dryRun: true` to preview the same report without changing
 * anything.
 */

export const refactorKindSchema = z.enum([
  'tag.rename',
  'tag.merge',
  'domain.rename',
  'domain.merge',
  'domain.delete',
  'note.rename',
  'note.linkMention',
  'folder.rename',
]);
export type RefactorKind = z.infer<typeof refactorKindSchema>;

export const refactorFileSchema = z.object({
  path: z.string(),
  /** Tags or domain names rewritten (or removed) in this file. */
  occurrences: z.number().int(),
});
export type RefactorFile = z.infer<typeof refactorFileSchema>;

export const refactorReportSchema = z.object({
  /** The recorded operation, for `refactor.undo`; null for a dry run. */
  id: z.string().nullable(),
  kind: refactorKindSchema,
  /** One sentence saying what was (or would be) done (English; UIs build theirs from the fields). */
  description: z.string(),
  /** The tags or domain slugs acted on (`from`, or the merge's sources). */
  subjects: z.array(z.string()),
  /** The new tag or slug (rename, merge); null for a deletion. */
  target: z.string().nullable(),
  dryRun: z.boolean(),
  /** Every file rewritten, by path. */
  files: z.array(refactorFileSchema),
  /** Sum of `files[].occurrences`. */
  occurrences: z.number().int(),
  /**
   * Notes that name the tag or domain but could not be changed completely (e.g. unreadable front
   * matter: only their inline tags are rewritten), with the reason.
   */
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  /**
   * Notes the operation would have changed but left byte for byte as they are because they are
   * not UTF-8 text (see noteEncodingSchema): convert them, then run the operation again.
   */
  notUtf8: z.array(z.string()),
  /** Domain slugs removed from and added to the domain list. */
  domainsRemoved: z.array(z.string()),
  domainsAdded: z.array(z.string()),
});
export type RefactorReport = z.infer<typeof refactorReportSchema>;

export const refactorRecordSchema = z.object({
  id: z.string(),
  kind: refactorKindSchema,
  description: z.string(),
  subjects: z.array(z.string()),
  target: z.string().nullable(),
  time: isoDateTimeSchema,
  fileCount: z.number().int(),
  occurrences: z.number().int(),
  /** When it was undone; null while it stands. */
  undoneAt: isoDateTimeSchema.nullable(),
});
export type RefactorRecord = z.infer<typeof refactorRecordSchema>;

/** `data` of the CONFLICT error `refactor.undo` gives when files changed since the operation. */
export const undoConflictSchema = z.object({
  /** Files edited (or removed) since the operation. */
  paths: z.array(z.string()),
  /** Domains edited, removed or created since the operation. */
  domains: z.array(z.string()),
});
export type UndoConflict = z.infer<typeof undoConflictSchema>;

export const dryRunSchema = z.boolean().default(false);

export const refactorMethods = {
  /** The recorded vault-wide edits, newest first (the last 20). */
  'refactor.history': defineMethod(z.object({}).strict(), z.array(refactorRecordSchema)),
  /**
   * Puts back every file and domain as it was before the operation, atomically. Fails with
   * CONFLICT (data: UndoConflict) and changes nothing if any of them was changed since.
   */
  'refactor.undo': defineMethod(
    z.object({ id: z.string().min(1).max(100) }).strict(),
    refactorReportSchema,
  ),
};
