import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { noteSummarySchema } from './noteSchemas';
import { dryRunSchema, refactorReportSchema } from './refactorMethods';

/**
 * Tags from front matter (`tags:`) and inline `#tags`, compared case-insensitively; a nested tag
 * `parent/child` belongs to its parent's branch (shared/tags/tagMatch). Templates are not counted.
 */

export const tagCountSchema = z.object({
  /** Full tag, e.g. `policy/housing`, as first written in the vault. */
  tag: z.string(),
  /** Its last level, e.g. `housing`. */
  name: z.string(),
  /** The tag it is nested under (`policy`), or null at the top. */
  parent: z.string().nullable(),
  /** Notes tagged with it or anything nested under it. */
  count: z.number().int(),
  /** Notes tagged with exactly it. */
  ownCount: z.number().int(),
});
export type TagCount = z.infer<typeof tagCountSchema>;

const tagArg = z.string().min(1).max(200);

export const tagsMethods = {
  /** Every tag with its counts, parents before children, alphabetical within a level. */
  'tags.list': defineMethod(z.object({}).strict(), z.array(tagCountSchema)),
  /** Notes found by a tag filter: the tag or anything nested under it. */
  'tags.notes': defineMethod(z.object({ tag: tagArg }).strict(), z.array(noteSummarySchema)),
  /**
   * Renames a tag everywhere: front-matter lists and inline `#tags` (outside code), nested tags
   * following their parent (`#old/x` → `#new/x`). Renaming to a tag in use merges them.
   */
  'tags.rename': defineMethod(
    z.object({ from: tagArg, to: tagArg, dryRun: dryRunSchema }).strict(),
    refactorReportSchema,
  ),
  /** Renames every tag of `sources` to `into` in one operation. */
  'tags.merge': defineMethod(
    z
      .object({ sources: z.array(tagArg).min(1).max(100), into: tagArg, dryRun: dryRunSchema })
      .strict(),
    refactorReportSchema,
  ),
};
