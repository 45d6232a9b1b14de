import { z } from 'zod';
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
};
