import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { indexStatusSchema, searchResultsSchema } from '../search/searchResults';

/**
 * Full-text search over the vault (main/core/search). The index follows every change to the
 * notes, whoever makes it, within milliseconds; while it loads or builds, queries answer from what
 * is ready and say so in `status`, and `task.progress` events (task `search.index`) tell how far
 * indexing is. The query language is shared/search/queryParser.ts; a query that cannot run gives
 * `error` (with its position) and no hits, never an API error.
 *
 * Templates (shared/templates) are left out unless the query asks for them (`type:template`).
 */

export const searchQueryArgsSchema = z
  .object({
    /** As typed; the parser reports what is too long or malformed. */
    query: z.string().max(10_000),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
    /** Results while typing: the last word also matches as a prefix (unless followed by a space). */
    prefixLastWord: z.boolean().default(false),
    /** Approximate snippet length in characters. */
    snippetLength: z.number().int().min(40).max(1000).default(160),
    /** List near-duplicates as hits of their own instead of folding them under the best one. */
    showSimilar: z.boolean().default(false),
  })
  .strict();

export const refreshSummarySchema = z.object({
  /** The whole index was built (rather than loaded and brought up to date), and why. */
  rebuilt: z.boolean(),
  reason: z.string().nullable(),
  /** Notes read and indexed. */
  indexed: z.number().int(),
  /** Notes dropped because they are no longer in the vault. */
  removed: z.number().int(),
});
export type RefreshSummary = z.infer<typeof refreshSummarySchema>;

export const searchStatusSchema = indexStatusSchema.extend({
  /** How the index last became complete (at start or on a rebuild); null until it has. */
  lastRefresh: refreshSummarySchema.nullable(),
  /** Why search is not working, if it is not (rebuilding starts it again). */
  error: z.string().nullable(),
});
export type SearchStatus = z.infer<typeof searchStatusSchema>;

export const searchMethods = {
  /** Ranked hits of one page, with snippets, facets of all hits and the index's status. */
  'search.query': defineMethod(searchQueryArgsSchema, searchResultsSchema),
  'search.status': defineMethod(z.object({}).strict(), searchStatusSchema),
  /**
   * Builds the whole index again from the notes (if results ever look wrong, or search stopped);
   * resolves when done. Search keeps answering from the old index meanwhile.
   */
  'search.rebuild': defineMethod(z.object({}).strict(), refreshSummarySchema),
};
