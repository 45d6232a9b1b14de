/**
 * Runs a {@link QueryPlan} over the main segment (minus tombstoned notes) and the delta, with one
 * BM25 scoring for both: document frequencies, note count and average field lengths are those of
 * the live notes, so a note scores the same whether it sits in the delta or, after compaction, in
 * the main segment. lunr's scoring is BM25 too (k1 1.2, b 0.75, per-field boosts); it bakes idf
 * into the index at build time, which would go stale as the delta grows.
 */
import type { DeltaDoc, DeltaSegment } from './deltaSegment';
import type { DocRecord } from './docRecord';
import { fieldBoosts, fieldCount, indexFields } from './indexFields';
import type { MainSegment } from './mainSegment';
import type { PhraseCheck, QueryPlan, TermClause, TermVariant } from './queryPlan';
import { topK } from './topK';

/** BM25 parameters: lunr's defaults. Exported for tuning experiments, not for callers. */
export const bm25 = { k1: 1.2, b: 0.75 };
/** Field boosts in field order (mutable for tuning experiments). */
export const boosts = indexFields.map((f) => fieldBoosts[f]);

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
}

/** Reusable per-note arrays for the main segment, so a query allocates nothing per note. */
export class ScoringScratch {
  score = new Float64Array(0);
  level = new Uint8Array(0);
  stamp = new Uint32Array(0);
  excluded = new Uint32Array(0);
  epoch = 0;

  prepare(size: number): void {
    if (this.score.length < size) {
      this.score = new Float64Array(size);
      this.level = new Uint8Array(size);
      this.stamp = new Uint32Array(size);
      this.excluded = new Uint32Array(size);
      this.epoch = 0;
    }
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.excluded.fill(0);
      this.epoch = 1;
    }
  }
}

interface Stats {
  notes: number;
  averageLength: Float64Array;
}

function statsOf(view: IndexView): Stats {
  const main = view.main;
  const notes = (main ? main.docCount - view.tombstoneCount : 0) + view.delta.size;
  const averageLength = new Float64Array(fieldCount);
  for (let f = 0; f < fieldCount; f++) {
    const total =
      (main ? main.totalFieldLength[f]! - view.tombstonedLength[f]! : 0) +
      view.delta.totalFieldLength[f]!;
    averageLength[f] = notes > 0 && total > 0 ? total / notes : 1;
  }
  return { notes, averageLength };
}

function documentFrequency(view: IndexView, variant: TermVariant, field: number): number {
  let df = view.delta.dfOf(variant.term, field);
  const main = view.main;
  if (main && variant.mainId >= 0) {
    df += main.postingEnd(variant.mainId, field) - main.postingStart(variant.mainId, field);
    df -= view.tombstonedDf.get(variant.mainId * fieldCount + field) ?? 0;
  }
  return df;
}

/** lunr's idf: ln(1 + (N - df + 0.5) / (df + 0.5)). */
function idf(notes: number, df: number): number {
  return Math.log(1 + Math.abs((notes - df + 0.5) / (df + 0.5)));
}

/** Per clause, variant and field: the part of the BM25 weight that does not depend on the note. */
function clauseWeights(view: IndexView, stats: Stats, clause: TermClause): Float64Array {
  const weights = new Float64Array(clause.variants.length * fieldCount);
  clause.variants.forEach((variant, v) => {
    for (const field of clause.fields) {
      const df = documentFrequency(view, variant, field);
      if (df <= 0) continue;
      weights[v * fieldCount + field] =
        clause.boost * variant.factor * boosts[field]! * idf(stats.notes, df) * (bm25.k1 + 1);
    }
  });
  return weights;
}

function tfNorm(tf: number, length: number, average: number): number {
  return tf / (bm25.k1 * (1 - bm25.b + (bm25.b * length) / average) + tf);
}

function estimatedPostings(view: IndexView, clause: TermClause): number {
  let total = 0;
  for (const variant of clause.variants) {
    for (const field of clause.fields) total += documentFrequency(view, variant, field);
  }
  return total;
}

/** Sorted-array membership. */
function hasPosition(positions: ArrayLike<number>, value: number): boolean {
  let lo = 0;
  let hi = positions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = positions[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function phraseInPositions(lists: ArrayLike<number>[][], offsets: number[]): boolean {
  // Anchor on the first word's positions; every other word must sit at its offset from it.
  for (const anchorList of lists[0]!) {
    for (let i = 0; i < anchorList.length; i++) {
      const start = anchorList[i]! - offsets[0]!;
      let all = true;
      for (let w = 1; w < lists.length && all; w++) {
        const want = start + offsets[w]!;
        all = lists[w]!.some((positions) => hasPosition(positions, want));
      }
      if (all) return true;
    }
  }
  return false;
}

function mainHasPhrase(main: MainSegment, doc: number, phrase: PhraseCheck): boolean {
  const offsets = phrase.words.map((w) => w.offset);
  for (const field of phrase.fields) {
    const lists: Uint32Array[][] = [];
    for (const word of phrase.words) {
      const found: Uint32Array[] = [];
      for (const variant of word.variants) {
        if (variant.mainId < 0) continue;
        const posting = main.findPosting(variant.mainId, field, doc);
        if (posting >= 0) found.push(main.positionsAt(posting));
      }
      if (found.length === 0) break;
      lists.push(found);
    }
    if (lists.length === phrase.words.length && phraseInPositions(lists, offsets)) return true;
  }
  return false;
}

function deltaHasPhrase(doc: DeltaDoc, phrase: PhraseCheck): boolean {
  const offsets = phrase.words.map((w) => w.offset);
  for (const field of phrase.fields) {
    const map = doc.fields[field]!;
    const lists: number[][][] = [];
    for (const word of phrase.words) {
      const found = word.variants.map((v) => map.get(v.term)).filter((p) => p !== undefined);
      if (found.length === 0) break;
      lists.push(found);
    }
    if (lists.length === phrase.words.length && phraseInPositions(lists, offsets)) return true;
  }
  return false;
}

/** Scores the main segment's notes for the positive clauses; returns candidate note numbers. */
function scoreMain(
  view: IndexView,
  main: MainSegment,
  stats: Stats,
  plan: QueryPlan,
  scratch: ScoringScratch,
): number[] {
  const { postDoc, postTf, fieldLength } = main.arrays;
  const { tombstones } = view;
  const { score, level, stamp, epoch } = scratch;
  const required = plan.clauses
    .filter((c) => c.presence === 'required')
    .map((clause) => ({ clause, cost: estimatedPostings(view, clause) }))
    .sort((x, y) => x.cost - y.cost)
    .map((x) => x.clause);
  const optional = plan.clauses.filter((c) => c.presence === 'optional');
  const candidates: number[] = [];
  const avg = stats.averageLength;

  // Walks a clause's postings; `visit` decides per note whether it counts.
  const walk = (clause: TermClause, visit: (doc: number, weight: number) => void): void => {
    const weights = clauseWeights(view, stats, clause);
    clause.variants.forEach((variant, v) => {
      if (variant.mainId < 0) return;
      for (const field of clause.fields) {
        const base = weights[v * fieldCount + field]!;
        if (base === 0) continue;
        const end = main.postingEnd(variant.mainId, field);
        for (let i = main.postingStart(variant.mainId, field); i < end; i++) {
          const doc = postDoc[i]!;
          if (tombstones[doc] === 1) continue;
          visit(
            doc,
            base * tfNorm(postTf[i]!, fieldLength[doc * fieldCount + field]!, avg[field]!),
          );
        }
      }
    });
  };

  if (required.length > 0) {
    required.forEach((clause, k) => {
      walk(clause, (doc, weight) => {
        if (k === 0) {
          if (stamp[doc] !== epoch) {
            stamp[doc] = epoch;
            level[doc] = 1;
            score[doc] = weight;
            candidates.push(doc);
          } else {
            score[doc]! += weight;
          }
        } else if (stamp[doc] === epoch) {
          if (level[doc] === k) {
            level[doc] = k + 1;
            score[doc]! += weight;
          } else if (level[doc] === k + 1) {
            score[doc]! += weight;
          }
        }
      });
    });
    const full = required.length;
    for (const clause of optional) {
      walk(clause, (doc, weight) => {
        if (stamp[doc] === epoch && level[doc] === full) score[doc]! += weight;
      });
    }
    return candidates.filter((doc) => level[doc] === full);
  }
  // Only optional words (all stop words somewhere): any of them.
  for (const clause of optional) {
    walk(clause, (doc, weight) => {
      if (stamp[doc] !== epoch) {
        stamp[doc] = epoch;
        level[doc] = 1;
        score[doc] = weight;
        candidates.push(doc);
      } else {
        score[doc]! += weight;
      }
    });
  }
  return candidates;
}

function markProhibited(
  view: IndexView,
  main: MainSegment,
  plan: QueryPlan,
  scratch: ScoringScratch,
): void {
  const { postDoc } = main.arrays;
  for (const clause of plan.clauses) {
    if (clause.presence !== 'prohibited') continue;
    for (const variant of clause.variants) {
      if (variant.mainId < 0) continue;
      for (const field of clause.fields) {
        const end = main.postingEnd(variant.mainId, field);
        for (let i = main.postingStart(variant.mainId, field); i < end; i++) {
          scratch.excluded[postDoc[i]!] = scratch.epoch;
        }
      }
    }
  }
}

function scoreDeltaDoc(
  doc: DeltaDoc,
  view: IndexView,
  stats: Stats,
  plan: QueryPlan,
  weights: Map<TermClause, Float64Array>,
): number | null {
  let score = 0;
  let requiredSeen = false;
  let anyOptional = false;
  for (const clause of plan.clauses) {
    let clauseScore = 0;
    let matched = false;
    const clauseWeight = weights.get(clause)!;
    clause.variants.forEach((variant, v) => {
      for (const field of clause.fields) {
        const positions = doc.fields[field]!.get(variant.term);
        if (!positions) continue;
        matched = true;
        clauseScore +=
          clauseWeight[v * fieldCount + field]! *
          tfNorm(positions.length, doc.fieldLength[field]!, stats.averageLength[field]!);
      }
    });
    if (clause.presence === 'prohibited') {
      if (matched) return null;
    } else if (clause.presence === 'required') {
      if (!matched) return null;
      requiredSeen = true;
      score += clauseScore;
    } else if (matched) {
      anyOptional = true;
      score += clauseScore;
    }
  }
  if (!requiredSeen && !anyOptional && !plan.matchAll) return null;
  return score;
}

/** How many of the best-scored notes get the proximity bonus (checking positions costs). */
export const proximityDepth = 100;
/** A note with all the query's words next to each other scores this much more (in part, less). */
export const proximityWeight = { value: 1 };

function adjacentPairs(
  positionsOf: (word: PhraseCheck['words'][number], field: number) => ArrayLike<number>[],
  words: PhraseCheck['words'],
): number {
  let matched = 0;
  for (let w = 0; w + 1 < words.length; w++) {
    const gap = words[w + 1]!.offset - words[w]!.offset;
    let found = false;
    for (const field of proximityFields) {
      const lefts = positionsOf(words[w]!, field);
      if (lefts.length === 0) continue;
      const rights = positionsOf(words[w + 1]!, field);
      found = lefts.some((left) => {
        for (let i = 0; i < left.length; i++) {
          if (rights.some((right) => hasPosition(right, left[i]! + gap))) return true;
        }
        return false;
      });
      if (found) break;
    }
    if (found) matched++;
  }
  return matched;
}

const proximityFields = [0, 1, 2];

/** Raises the best notes whose words stand next to each other as in the query. */
export function applyProximity(view: IndexView, plan: QueryPlan, notes: ScoredNote[]): void {
  const words = plan.proximity;
  if (words.length < 2 || notes.length === 0) return;
  const main = view.main;
  const best = notes.length <= proximityDepth ? notes : topByScore(notes, proximityDepth);
  for (const note of best) {
    const positionsOf = (
      word: PhraseCheck['words'][number],
      field: number,
    ): ArrayLike<number>[] => {
      const found: ArrayLike<number>[] = [];
      for (const variant of word.variants) {
        if (note.delta) {
          const positions = note.delta.fields[field]!.get(variant.term);
          if (positions) found.push(positions);
        } else if (main && variant.mainId >= 0) {
          const posting = main.findPosting(variant.mainId, field, note.mainId);
          if (posting >= 0) found.push(main.positionsAt(posting));
        }
      }
      return found;
    };
    const pairs = adjacentPairs(positionsOf, words);
    if (pairs > 0) note.score *= 1 + (proximityWeight.value * pairs) / (words.length - 1);
  }
}

function topByScore(notes: ScoredNote[], k: number): ScoredNote[] {
  return topK(notes, k, (a, b) => b.score - a.score);
}

/** Every live note that matches the plan, with its score (unsorted). */
export function executePlan(
  view: IndexView,
  plan: QueryPlan,
  scratch: ScoringScratch,
): ScoredNote[] {
  if (plan.impossible) return [];
  const hasPositive = plan.clauses.some((c) => c.presence !== 'prohibited');
  if (!hasPositive && !plan.matchAll) return [];
  const stats = statsOf(view);
  const results: ScoredNote[] = [];
  const passes = (record: DocRecord): boolean => plan.filters.every((filter) => filter(record));
  const main = view.main;
  if (main) {
    scratch.prepare(main.docCount);
    let candidates: number[];
    if (hasPositive) {
      candidates = scoreMain(view, main, stats, plan, scratch);
    } else {
      candidates = [];
      for (let doc = 0; doc < main.docCount; doc++) {
        if (view.tombstones[doc] === 1) continue;
        scratch.score[doc] = 0;
        candidates.push(doc);
      }
    }
    markProhibited(view, main, plan, scratch);
    for (const doc of candidates) {
      if (scratch.excluded[doc] === scratch.epoch) continue;
      const record = main.docs[doc]!;
      if (!passes(record)) continue;
      if (!plan.phrases.every((p) => mainHasPhrase(main, doc, p) !== p.negated)) continue;
      results.push({ mainId: doc, delta: null, record, score: scratch.score[doc]! });
    }
  }
  const weights = new Map<TermClause, Float64Array>();
  for (const clause of plan.clauses) weights.set(clause, clauseWeights(view, stats, clause));
  for (const doc of view.delta.docs.values()) {
    if (!passes(doc.record)) continue;
    const score = scoreDeltaDoc(doc, view, stats, plan, weights);
    if (score === null) continue;
    if (!plan.phrases.every((p) => deltaHasPhrase(doc, p) !== p.negated)) continue;
    results.push({ mainId: -1, delta: doc, record: doc.record, score });
  }
  applyProximity(view, plan, results);
  return results;
}
