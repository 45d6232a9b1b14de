/**
 * What a search returns, declared once as zod schemas (the API contract validates with them) with
 * the TypeScript types inferred from them. The search worker imports only the types, so it does
 * not carry zod.
 */
import { z } from 'zod';
import { queryProblemMessages, type QueryProblem, type QueryProblemCode } from './queryParser';

const problemCodeSchema = z.enum(
  Object.keys(queryProblemMessages) as [QueryProblemCode, ...QueryProblemCode[]],
);
const problemParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A piece of a hit's text with the matched words marked. */
export const searchSnippetSchema = z.object({
  field: z.enum(['title', 'body']),
  /** Plain text; `…` marks where it was cut. */
  text: z.string(),
  /** `[start, end)` offsets into `text` of each matched word, in order, not overlapping. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** For body snippets: the 0-based line of the note body (after front matter) of the first match. */
  line: z.number().int().optional(),
});
export type SearchSnippet = z.infer<typeof searchSnippetSchema>;

/** A note folded under a hit as a near-duplicate of it (same title, highly similar text). */
export const similarNoteSchema = z.object({
  path: z.string(),
  title: z.string(),
  type: z.string(),
  updated: z.string(),
});
export type SimilarNote = z.infer<typeof similarNoteSchema>;

export const searchHitSchema = z.object({
  path: z.string(),
  title: z.string(),
  domains: z.array(z.string()),
  tags: z.array(z.string()),
  type: z.string(),
  updated: z.string(),
  /** Relevance; only comparable within one result list. */
  score: z.number(),
  snippets: z.array(searchSnippetSchema),
  /**
   * Near-duplicates of this hit among the results (the same title and highly similar text: the
   * same article in another version folder, a copied procedure), folded under it as the
   * best-ranked of them, best first. Absent when there are none or `showSimilar` was asked.
   */
  similar: z.array(similarNoteSchema).optional(),
  /** Why the hit scored what it did (only when asked, as `praxis search --explain` does). */
  explain: z
    .object({
      /** The language the note was analysed in (`en`, `es`, `ca`, `none`). */
      language: z.string(),
      clauses: z.array(
        z.object({
          word: z.string(),
          /** Index terms found for the word, with the fields they were found in. */
          found: z.array(
            z.object({
              term: z.string(),
              fields: z.array(z.string()),
              /** Below 1: a variant counting less than the word typed (a synonym, a wildcard). */
              weight: z.number().optional(),
            }),
          ),
          idf: z.number(),
          score: z.number(),
        }),
      ),
      /** Share of the query's idf the note holds (natural queries), else 1. */
      coverage: z.number(),
      /** Factor of the bonus for query words standing together (1: none). */
      proximity: z.number(),
      /** Factor of the bonus for a title made only of the query's words (1: none). */
      titleMatch: z.number(),
      /**
       * Words added to a natural query from the vault's own vocabulary (index terms of the best
       * notes' titles and leads), each with its weight relative to a typed word and what it
       * added to this note's score (0 when the note lacks it).
       */
      expansion: z.array(z.object({ term: z.string(), weight: z.number(), score: z.number() })),
      score: z.number(),
    })
    .optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

/**
 * How many hits (of all pages) each domain, type and tag has, most first (at most 50 each).
 * Tags count their parents too and compare as the tag pane does (shared/tags/tagMatch).
 */
export const searchFacetsSchema = z.object({
  domains: z.array(facetCountSchema),
  types: z.array(facetCountSchema),
  tags: z.array(facetCountSchema),
});
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

export const indexStatusSchema = z.object({
  /**
   * `loading`: reading the saved index; `building`: indexing notes (results may be missing or
   * stale until `ready`); `ready`: every note is searchable; `closed`.
   */
  state: z.enum(['loading', 'building', 'ready', 'closed']),
  /** Notes indexed and to index during `building`. */
  done: z.number().int(),
  total: z.number().int(),
  /** Notes searchable now. */
  notes: z.number().int(),
});
export type IndexStatus = z.infer<typeof indexStatusSchema>;

/** The parser's problems, as they travel. */
export const queryProblemSchema: z.ZodType<QueryProblem> = z.object({
  /** What went wrong and what to type instead, as a sentence for the user (English). */
  message: z.string(),
  /** For translations: `search:problems.<code>`, interpolated with `params`. */
  code: problemCodeSchema,
  params: problemParamsSchema,
  start: z.number().int(),
  end: z.number().int(),
  /** `error`: the query cannot run as typed. `warning`: it ran, without the part named. */
  severity: z.enum(['error', 'warning']),
});

export const searchResultsSchema = z.object({
  query: z.string(),
  hits: z.array(searchHitSchema),
  /** Hits on all pages (near-duplicates folded under a hit not counted: see `folded`). */
  total: z.number().int(),
  /** Notes found but folded under a hit as its near-duplicates (in `similar`), on all pages. */
  folded: z.number().int().optional(),
  /** 1-based. */
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: searchFacetsSchema,
  /** Set when the query cannot run as typed (no hits are returned then). */
  error: z
    .object({
      message: z.string(),
      code: problemCodeSchema,
      params: problemParamsSchema,
      position: z.number().int(),
      end: z.number().int(),
    })
    .optional(),
  /** Parts of the query that were ignored or adjusted, and why. */
  warnings: z.array(queryProblemSchema),
  /**
   * Too few notes hold every word of the query, so notes with most of them are shown too (ranked
   * by how many, and how rare, of the query's words they hold).
   */
  relaxed: z.boolean().optional(),
  /**
   * Words that matched nothing and the vault's closest words: `applied` when the results are
   * already for `query` (a natural query), otherwise a suggestion to search for it.
   */
  didYouMean: z
    .object({
      query: z.string(),
      corrections: z.array(z.object({ word: z.string(), suggestion: z.string() })),
      applied: z.boolean(),
    })
    .optional(),
  status: indexStatusSchema,
  /** Time spent in the search engine. */
  tookMs: z.number(),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;

export interface SearchOptions {
  /** 1-based page; default 1. */
  page?: number;
  /** Hits per page, 1–100; default 20. */
  pageSize?: number;
  /**
   * Treat the last word as a prefix (`budg` finds `budget`) unless the query ends with a space:
   * for results while typing.
   */
  prefixLastWord?: boolean;
  /** Approximate snippet length in characters; default 160. */
  snippetLength?: number;
  /** Say why each hit scored what it did (`hit.explain`). */
  explain?: boolean;
  /** List near-duplicates as hits of their own instead of folding them (`hit.similar`). */
  showSimilar?: boolean;
}
