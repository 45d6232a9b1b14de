import type { QueryProblem } from './queryParser';

/** A piece of a hit's text with the matched words marked. */
export interface SearchSnippet {
  field: 'title' | 'body';
  /** Plain text; `…` marks where it was cut. */
  text: string;
  /** `[start, end)` offsets into `text` of each matched word. */
  highlights: [number, number][];
  /** For body snippets: the 0-based line of the note body (after front matter) of the first match. */
  line?: number;
}

export interface SearchHit {
  path: string;
  title: string;
  domains: string[];
  tags: string[];
  type: string;
  updated: string;
  /** Relevance; only comparable within one result list. */
  score: number;
  snippets: SearchSnippet[];
}

export interface FacetCount {
  value: string;
  count: number;
}

/** How many hits (of all pages) each domain, type and tag has; tags count their parents too. */
export interface SearchFacets {
  domains: FacetCount[];
  types: FacetCount[];
  tags: FacetCount[];
}

export interface IndexStatus {
  /**
   * `loading`: reading the saved index; `building`: indexing notes (results may be missing or
   * stale until `ready`); `ready`: every note is searchable; `closed`.
   */
  state: 'loading' | 'building' | 'ready' | 'closed';
  /** Notes indexed and to index during `building`. */
  done: number;
  total: number;
  /** Notes searchable now. */
  notes: number;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** Hits on all pages. */
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  facets: SearchFacets;
  /** Set when the query cannot run as typed (no hits are returned then). */
  error?: { message: string; position: number; end: number };
  /** Parts of the query that were ignored or adjusted, and why. */
  warnings: QueryProblem[];
  status: IndexStatus;
  /** Time spent in the search engine. */
  tookMs: number;
}

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
}
