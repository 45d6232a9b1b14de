import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '../files/attachmentName';
import { defineMethod } from './defineMethod';
import { vaultPathSchema } from './noteSchemas';

export const backlinkSchema = z.object({
  /** The note that links here. */
  source: z.string(),
  sourceTitle: z.string(),
  /** 1-based line of the link in the source file. */
  line: z.number().int(),
  /** The paragraph (or list item, table row…) the link sits in, as markdown. */
  paragraph: z.string(),
  embed: z.boolean(),
});
export type Backlink = z.infer<typeof backlinkSchema>;

export const outgoingLinkSchema = z.object({
  /**
   * The link target as written, e.g. `folder/Note` (empty for `[[#Heading]]`); for a markdown
   * link (`[text](../b/New%20note.md)`), the vault path it names from its note without `.md`
   * (`b/New note`): where following it creates the note when it is missing.
   */
  target: z.string(),
  heading: z.string().nullable(),
  alias: z.string().nullable(),
  embed: z.boolean(),
  line: z.number().int(),
  /** The note or attachment it resolves to; null when unresolved. */
  resolved: z.string().nullable(),
});
export type OutgoingLink = z.infer<typeof outgoingLinkSchema>;

export const unresolvedLinkSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  /** As in `OutgoingLink.target`. */
  target: z.string(),
  /** A markdown link as written (`[todo](Todo%20list.md)`); absent for a wiki link. */
  markdown: z.string().optional(),
});
export type UnresolvedLink = z.infer<typeof unresolvedLinkSchema>;

const onePath = z.object({ path: vaultPathSchema }).strict();

export const linksMethods = {
  'links.backlinks': defineMethod(onePath, z.array(backlinkSchema)),
  'links.outgoing': defineMethod(onePath, z.array(outgoingLinkSchema)),
  /** Every link in the vault that resolves to nothing. */
  'links.unresolved': defineMethod(z.object({}).strict(), z.array(unresolvedLinkSchema)),
  /** Attachments (every file in the vault that is not a note), as vault-relative paths. */
  'attachments.list': defineMethod(z.object({}).strict(), z.array(z.string())),
  /**
   * Stores a file pasted or dropped into a note in `attachments/`, under a readable name of the
   * core's choosing (shared/files/attachmentName: never the caller's path) that no other
   * attachment has, so `![[name]]` finds it. Refused: a type other than PNG, JPEG, GIF, WebP or
   * PDF (by name and by content), an empty file or one over MAX_ATTACHMENT_BYTES.
   */
  'attachments.add': defineMethod(
    z
      .object({
        /** The file's own name (`Site plan.png`, `image.png`); only its last part is used. */
        name: z.string().min(1).max(1024),
        /** Its MIME type, for a pasted image whose name has no extension. */
        type: z.string().max(255).optional(),
        /** Its bytes, base64-encoded. */
        data: z
          .string()
          .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be sent base64-encoded.'),
      })
      .strict(),
    z.object({ path: z.string() }),
  ),
};
