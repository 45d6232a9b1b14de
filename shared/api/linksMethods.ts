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

/**
 * A place where another note names this one — its title or an alias, compared ignoring case and
 * accents, as whole words — in plain text, without linking it (never inside code, links, front
 * matter or comments).
 */
export const unlinkedMentionSchema = z.object({
  source: z.string(),
  sourceTitle: z.string(),
  /** The source's version the offsets belong to (`links.linkMention`'s `expectedVersion`). */
  version: z.string(),
  /** `[start, end)` of the words in the source file's text (front matter included). */
  start: z.number().int(),
  end: z.number().int(),
  /** The words as written there. */
  text: z.string(),
  /** 1-based line of the words in the file. */
  line: z.number().int(),
  /** 0-based line of the words in the note's body (after front matter), as routes count it. */
  bodyLine: z.number().int(),
  /** The paragraph (or list item, heading, table row) around it, cut to a window when long. */
  paragraph: z.string(),
  /** `[start, end)` of the words in `paragraph`. */
  highlight: z.tuple([z.number().int(), z.number().int()]),
});
export type UnlinkedMention = z.infer<typeof unlinkedMentionSchema>;

export const unlinkedMentionsSchema = z.object({
  mentions: z.array(unlinkedMentionSchema),
  /** There may be more than were listed: ask again with a larger `limit`. */
  more: z.boolean(),
});
export type UnlinkedMentions = z.infer<typeof unlinkedMentionsSchema>;

/** The most mentions one `links.unlinkedMentions` call lists. */
export const maxMentionLimit = 500;

export const linkMentionReportSchema = z.object({
  /** The recorded change, for `refactor.undo`; null when it could not be recorded. */
  id: z.string().nullable(),
  source: z.string(),
  /** The link written in place of the words, e.g. `[[Contratación|contratacion]]`. */
  link: z.string(),
  /** The source's version after the change. */
  version: z.string(),
});
export type LinkMentionReport = z.infer<typeof linkMentionReportSchema>;

export const linksMethods = {
  'links.backlinks': defineMethod(onePath, z.array(backlinkSchema)),
  'links.outgoing': defineMethod(onePath, z.array(outgoingLinkSchema)),
  /**
   * Where other notes mention the note at `path` without linking it: at most `limit` mentions
   * (default 20), the notes that name it most first (by the search index's ranking), each
   * note's mentions in order; `more` when there may be others.
   */
  'links.unlinkedMentions': defineMethod(
    z
      .object({
        path: vaultPathSchema,
        limit: z.number().int().min(1).max(maxMentionLimit).optional(),
      })
      .strict(),
    unlinkedMentionsSchema,
  ),
  /**
   * Turns one unlinked mention (`start`/`end` from `links.unlinkedMentions`) in `source` into a
   * link to `target`: `[[Title]]`, or `[[Title|words as written]]` when they differ. Every other
   * byte of the file stays as it is. CONFLICT if `source` is no longer at `expectedVersion`;
   * INVALID if the words there are no longer an unlinked mention of `target`. Recorded like the
   * vault-wide changes, so `refactor.undo` puts the words back.
   */
  'links.linkMention': defineMethod(
    z
      .object({
        source: vaultPathSchema,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        target: vaultPathSchema,
        expectedVersion: z.string().max(200),
      })
      .strict(),
    linkMentionReportSchema,
  ),
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
