/**
 * What a query is scored against and what it gives back, apart from the executor that scores it,
 * so query expansion (feedbackExpansion) and the executor can both use them without importing
 * each other.
 */
import type { DeltaDoc, DeltaSegment } from './deltaSegment';
import type { DocRecord } from './docRecord';
import type { MainSegment } from './mainSegment';

/** The searchable state: main segment, which of its notes are replaced, and the delta. */
export interface IndexView {
  main: MainSegment | null;
  /** 1 for main notes that were replaced or removed. */
  tombstones: Uint8Array;
  /** Main-segment document frequency taken away by tombstones: `termId * F + field` → count. */
  tombstonedDf: Map<number, number>;
  tombstonedLength: Float64Array;
  tombstoneCount: number;
  delta: DeltaSegment;
}

export interface ScoredNote {
  /** Main-segment note number, or -1 for a delta note. */
  mainId: number;
  delta: DeltaDoc | null;
  record: DocRecord;
  score: number;
  /** Share of the query's idf the note holds (natural queries), else 1. */
  coverage: number;
  /** The proximity bonus's factor (1: none). */
  proximity: number;
  /** Every word of the note's title is one of the query's. */
  titleMatch: boolean;
  /** What the query's expansion words (see feedbackExpansion) added to the score. */
  expansion: number;
}

/** Live note count and average field lengths, the BM25 statistics of a query. */
export interface Stats {
  notes: number;
  averageLength: Float64Array;
}
