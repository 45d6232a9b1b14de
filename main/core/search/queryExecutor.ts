/**
 * Runs a {@link QueryPlan} over the main segment (minus tombstoned notes) and the delta, with one
 * scoring for both: document frequencies, note count and average field lengths are those of the
 * live notes, so a note scores the same whether it sits in the delta or, after compaction, in the
 * main segment (lunr bakes idf into the index at build time, which would go stale as the delta
 * grows).
 *
 * Scoring is BM25F: a word's occurrences in every field of a note are summed first, each
 * weighted by its field (title and aliases 16, tags as much as the title, domains 1.5, headings
 * and body 1) and normalised by that field's length, and only then saturated (k1 4, b 0.75) and
 * multiplied by the word's idf over notes. So a word found in the title and the body counts
 * once, strongly, rather than twice as separate fields.
 *
 * A natural query (no operators: see queryPlan) has every word optional. When at least
 * {@link relevanceTuning}`.enoughAllWords` notes hold all its words, only they are shown; otherwise
 * notes with at least half of them are, ranked by their score times the square root of their
 * share of the query's idf (the more, and the rarer, of its words a note has, the nearer 1), so a
 * note with 4 of 5 words comes before one with 2 of 5, and a rare word outweighs a common one.
 */
import { applyExpansion, feedbackTerms, type ExpansionTerm } from './feedbackExpansion';
import { allFields, fieldBoosts, fieldCount, fieldIndex, indexFields } from './indexFields';
import type { PhraseCheck, QueryPlan, TermClause } from './queryPlan';
import { languageBit, type TextAnalyzer } from './textAnalyzer';
import type { DeltaDoc } from './deltaSegment';
import type { DocRecord } from './docRecord';
import type { MainSegment } from './mainSegment';
import type { IndexView, ScoredNote, Stats } from './scoredNote';
import { topK } from './topK';

export type { IndexView, ScoredNote, Stats } from './scoredNote';

const titleField = fieldIndex.title;

/**
 * BM25F parameters (mutable for tuning experiments, not for callers). k1 is higher than BM25's
 * usual 1.2 because field weights multiply the term frequency before saturation: with 1.2 a word
 * in a title saturates no more than one in a short body, and titles stop counting. Chosen with
 * `npm run bench:relevance` on the question sets' tuning part (not the held-out part).
 */
export const bm25 = { k1: 4, b: 0.75 };
/**
 * BM25F field weights in field order: the title (with aliases) far above the body, tags as much
 * as the title (a tag names what a note is about, as a title does), the rest as the index boosts.
 */
export const boosts = indexFields.map((f) =>
  f === 'title' || f === 'tags' ? 4 * fieldBoosts.title : fieldBoosts[f],
);
/** How natural queries are relaxed and ranked (mutable for tuning experiments). */
export const relevanceTuning = {
  /**
   * Natural queries show only notes with all their words when at least this many have them
   * (more than a few pages: with fewer, a note lacking a common word may be the answer).
   */
  enoughAllWords: 50,
  /** Score × (share of the query's idf the note holds) ^ this. */
  coverageExponent: 0.5,
  /**
   * Score × (1 + this) for a note whose whole title (or title with aliases) is among the query's
   * words: the note named after what is asked about (`tar` for *unpack a tar file*).
   */
  titleMatch: 0.5,
};

/** Reusable per-note arrays for the main segment, so a query allocates nothing per note. */
export class ScoringScratch {
  score = new Float64Array(0);
  coverage = new Float64Array(0);
  acc = new Float64Array(0);
  /** One clause's occurrences in the title field, then the sum over clauses. */
  clauseTitle = new Uint32Array(0);
  title = new Uint32Array(0);
  matched = new Uint8Array(0);
  requiredCount = new Uint8Array(0);
  stamp = new Uint32Array(0);
  clauseStamp = new Uint32Array(0);
  excluded = new Uint32Array(0);
  epoch = 0;
  #clauseTick = 0;

  prepare(size: number): void {
    if (this.score.length < size) {
      this.score = new Float64Array(size);
      this.coverage = new Float64Array(size);
      this.acc = new Float64Array(size);
      this.clauseTitle = new Uint32Array(size);
      this.title = new Uint32Array(size);
      this.matched = new Uint8Array(size);
      this.requiredCount = new Uint8Array(size);
      this.stamp = new Uint32Array(size);
      this.clauseStamp = new Uint32Array(size);
      this.excluded = new Uint32Array(size);
      this.epoch = 0;
      this.#clauseTick = 0;
    }
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.excluded.fill(0);
      this.epoch = 1;
    }
  }

  /** A fresh mark for one clause's walk over the postings. */
  nextClause(): number {
    this.#clauseTick++;
    if (this.#clauseTick === 0xffffffff) {
      this.clauseStamp.fill(0);
      this.#clauseTick = 1;
    }
    return this.#clauseTick;
  }
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

/** lunr's idf: ln(1 + (N - df + 0.5) / (df + 0.5)). */
function idfOf(notes: number, df: number): number {
  return Math.log(1 + Math.abs((notes - df + 0.5) / (df + 0.5)));
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

/** Per-note language bits of a main segment (which query terms stand for the word in a note). */
const languageBitsOf = new WeakMap<MainSegment, Uint8Array>();

function mainLanguageBits(main: MainSegment): Uint8Array {
  let bits = languageBitsOf.get(main);
  if (!bits) {
    bits = Uint8Array.from(main.docs, (doc) => languageBit[doc.language]);
    languageBitsOf.set(main, bits);
  }
  return bits;
}

/** A clause's pseudo term frequency in one note: weighted, length-normalised, over fields. */
function deltaClauseTf(doc: DeltaDoc, clause: TermClause, stats: Stats): number {
  const bit = languageBit[doc.record.language];
  let acc = 0;
  for (const variant of clause.variants) {
    if ((variant.languages & bit) === 0) continue;
    for (const field of clause.fields) {
      const positions = doc.fields[field]!.get(variant.term);
      if (!positions) continue;
      acc +=
        (variant.factor * boosts[field]! * positions.length) /
        lengthNorm(doc.fieldLength[field]!, stats.averageLength[field]!);
    }
  }
  return acc;
}

/** A clause's occurrences in a delta note's title field (for {@link titleCovered}). */
function deltaTitleCount(doc: DeltaDoc, clause: TermClause): number {
  if (!clause.fields.includes(titleField)) return 0;
  const bit = languageBit[doc.record.language];
  let count = 0;
  for (const variant of clause.variants) {
    if ((variant.languages & bit) !== 0) {
      count += doc.fields[titleField]!.get(variant.term)?.length ?? 0;
    }
  }
  return count;
}

/** Whether the query's words account for every word of a title of this many words. */
function titleCovered(inTitle: number, titleLength: number): boolean {
  return titleLength > 0 && inTitle >= titleLength;
}

function lengthNorm(length: number, average: number): number {
  return 1 - bm25.b + (bm25.b * length) / average;
}

/** BM25 saturation of a pseudo term frequency, times idf and the clause's boost. */
function clauseScore(acc: number, weight: number): number {
  return (weight * acc * (bm25.k1 + 1)) / (bm25.k1 + acc);
}

/** What a note got from one clause, for `--explain`. */
export interface ClauseExplanation {
  word: string;
  /** The index terms found, with the fields they were found in. */
  found: { term: string; fields: string[]; weight?: number }[];
  idf: number;
  score: number;
}

export interface NoteExplanation {
  language: string;
  clauses: ClauseExplanation[];
  /** Share of the query's idf the note holds (natural queries), else 1. */
  coverage: number;
  /** The proximity bonus's factor (1: none). */
  proximity: number;
  /** The factor for a title made only of the query's words (1: none). */
  titleMatch: number;
  /** Words added to the query from its best notes (natural queries), and what each added here. */
  expansion: { term: string; weight: number; score: number }[];
  score: number;
}

/** Per clause of a plan: idf over the live notes, known once the plan has run. */
export interface ExecutedPlan {
  notes: ScoredNote[];
  /** idf of each clause of the plan, in order (0 for prohibited clauses). */
  idf: number[];
  stats: Stats;
  /** A natural query that shows notes with only some of its words. */
  relaxed: boolean;
  /** Words added to a natural query from its best notes (see feedbackExpansion). */
  expansion: ExpansionTerm[];
}

interface Tally {
  score: number;
  title: number;
  required: number;
  matched: number;
  coverage: number;
}

/** Scores every clause over main and delta; returns candidate main notes and delta tallies. */
function scoreClauses(
  view: IndexView,
  stats: Stats,
  plan: QueryPlan,
  scratch: ScoringScratch,
  idfs: number[],
): { candidates: number[]; delta: Map<DeltaDoc, Tally> } {
  const main = view.main;
  const candidates: number[] = [];
  const delta = new Map<DeltaDoc, Tally>();
  const bits = main ? mainLanguageBits(main) : null;
  const avg = stats.averageLength;
  for (const [k, clause] of plan.clauses.entries()) {
    if (clause.presence === 'prohibited') {
      idfs[k] = 0;
      continue;
    }
    const required = clause.presence === 'required' ? 1 : 0;
    // Main segment: accumulate each note's pseudo tf over variants and fields.
    const touched: number[] = [];
    if (main) {
      const { postDoc, postTf, fieldLength } = main.arrays;
      const { tombstones } = view;
      const { acc, clauseStamp, clauseTitle } = scratch;
      const tick = scratch.nextClause();
      for (const variant of clause.variants) {
        if (variant.mainId < 0) continue;
        for (const field of clause.fields) {
          const weight = variant.factor * boosts[field]!;
          if (weight === 0) continue;
          const end = main.postingEnd(variant.mainId, field);
          for (let i = main.postingStart(variant.mainId, field); i < end; i++) {
            const doc = postDoc[i]!;
            if (tombstones[doc] === 1 || (bits![doc]! & variant.languages) === 0) continue;
            const tf =
              (weight * postTf[i]!) /
              lengthNorm(fieldLength[doc * fieldCount + field]!, avg[field]!);
            const inTitle = field === titleField ? postTf[i]! : 0;
            if (clauseStamp[doc] !== tick) {
              clauseStamp[doc] = tick;
              acc[doc] = tf;
              clauseTitle[doc] = inTitle;
              touched.push(doc);
            } else {
              acc[doc]! += tf;
              clauseTitle[doc]! += inTitle;
            }
          }
        }
      }
    }
    const deltaTf = new Map<DeltaDoc, number>();
    for (const variant of clause.variants) {
      for (const doc of view.delta.termDocs.get(variant.term) ?? []) {
        if (deltaTf.has(doc)) continue;
        const tf = deltaClauseTf(doc, clause, stats);
        if (tf > 0) deltaTf.set(doc, tf);
      }
    }
    const df = touched.length + deltaTf.size;
    const idf = df > 0 ? idfOf(stats.notes, df) : 0;
    idfs[k] = idf;
    const weight = clause.boost * idf;
    const { score, stamp, epoch, matched, coverage, requiredCount, title } = scratch;
    for (const doc of touched) {
      if (stamp[doc] !== epoch) {
        stamp[doc] = epoch;
        score[doc] = 0;
        title[doc] = 0;
        matched[doc] = 0;
        coverage[doc] = 0;
        requiredCount[doc] = 0;
        candidates.push(doc);
      }
      score[doc]! += clauseScore(scratch.acc[doc]!, weight);
      title[doc]! += scratch.clauseTitle[doc]!;
      matched[doc]!++;
      coverage[doc]! += idf;
      requiredCount[doc]! += required;
    }
    for (const [doc, tf] of deltaTf) {
      let tally = delta.get(doc);
      if (!tally) {
        tally = { score: 0, title: 0, required: 0, matched: 0, coverage: 0 };
        delta.set(doc, tally);
      }
      tally.score += clauseScore(tf, weight);
      tally.title += deltaTitleCount(doc, clause);
      tally.matched++;
      tally.coverage += idf;
      tally.required += required;
    }
  }
  return { candidates, delta };
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
    if (pairs > 0) {
      note.proximity = 1 + (proximityWeight.value * pairs) / (words.length - 1);
      note.score *= note.proximity;
    }
  }
}

function topByScore(notes: ScoredNote[], k: number): ScoredNote[] {
  return topK(notes, k, (a, b) => b.score - a.score);
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

function deltaHasClause(doc: DeltaDoc, clause: TermClause): boolean {
  return clause.variants.some((v) => clause.fields.some((f) => doc.fields[f]!.has(v.term)));
}

/**
 * Every live note that matches the plan, with its score (unsorted), and what the ranking knew:
 * each clause's idf and whether a natural query was relaxed.
 */
export function executePlan(
  view: IndexView,
  plan: QueryPlan,
  scratch: ScoringScratch,
  options: {
    /** Expand a natural query with words of its best notes (see feedbackExpansion). */
    analyzer?: TextAnalyzer;
  } = {},
): ExecutedPlan {
  const stats = statsOf(view);
  const idf = plan.clauses.map(() => 0);
  const none: ExecutedPlan = { notes: [], idf, stats, relaxed: false, expansion: [] };
  if (plan.impossible) return none;
  const positive = plan.clauses.filter((c) => c.presence !== 'prohibited');
  if (positive.length === 0 && !plan.matchAll) return none;
  const requiredClauses = positive.filter((c) => c.presence === 'required').length;
  const passes = (record: DocRecord): boolean => plan.filters.every((filter) => filter(record));
  const main = view.main;
  if (main) scratch.prepare(main.docCount);
  const results: ScoredNote[] = [];
  const note = (
    mainId: number,
    delta: DeltaDoc | null,
    record: DocRecord,
    score: number,
    coverage: number,
    titleMatch = false,
  ): ScoredNote => ({
    mainId,
    delta,
    record,
    score,
    coverage,
    proximity: 1,
    titleMatch,
    expansion: 0,
  });
  // For natural queries: how many of the query's words each result holds.
  const matchedOf: number[] = [];
  if (positive.length > 0) {
    const { candidates, delta } = scoreClauses(view, stats, plan, scratch, idf);
    if (main) {
      markProhibited(view, main, plan, scratch);
      for (const doc of candidates) {
        if (scratch.requiredCount[doc] !== requiredClauses) continue;
        if (scratch.excluded[doc] === scratch.epoch) continue;
        const record = main.docs[doc]!;
        if (!passes(record)) continue;
        if (!plan.phrases.every((p) => mainHasPhrase(main, doc, p) !== p.negated)) continue;
        const inTitle = scratch.title[doc]!;
        const titleLength = main.arrays.fieldLength[doc * fieldCount + titleField]!;
        results.push(
          note(
            doc,
            null,
            record,
            scratch.score[doc]!,
            scratch.coverage[doc]!,
            titleCovered(inTitle, titleLength),
          ),
        );
        matchedOf.push(scratch.matched[doc]!);
      }
    }
    for (const [doc, tally] of delta) {
      if (tally.required !== requiredClauses || !passes(doc.record)) continue;
      if (plan.clauses.some((c) => c.presence === 'prohibited' && deltaHasClause(doc, c))) continue;
      if (!plan.phrases.every((p) => deltaHasPhrase(doc, p) !== p.negated)) continue;
      const titleMatch = titleCovered(tally.title, doc.fieldLength[titleField]!);
      results.push(note(-1, doc, doc.record, tally.score, tally.coverage, titleMatch));
      matchedOf.push(tally.matched);
    }
  } else {
    // Filters or `*` only: every note that passes, unranked.
    if (main) {
      markProhibited(view, main, plan, scratch);
      for (let doc = 0; doc < main.docCount; doc++) {
        if (view.tombstones[doc] === 1 || scratch.excluded[doc] === scratch.epoch) continue;
        const record = main.docs[doc]!;
        if (passes(record)) results.push(note(doc, null, record, 0, 0));
      }
    }
    for (const doc of view.delta.docs.values()) {
      if (!passes(doc.record)) continue;
      if (plan.clauses.some((c) => deltaHasClause(doc, c))) continue;
      results.push(note(-1, doc, doc.record, 0, 0));
    }
  }
  let notes = results;
  let relaxed = false;
  if (plan.natural && positive.length > 0) {
    const words = positive.length;
    const totalIdf = idf.reduce((sum, v) => sum + v, 0);
    const all = matchedOf.filter((m) => m === words).length;
    let least = words;
    if (all < relevanceTuning.enoughAllWords) {
      // Not enough notes with every word: those with at least half of them (any, if none has).
      least = words <= 2 ? 1 : Math.ceil(words / 2);
      if (!matchedOf.some((m) => m >= least)) least = 1;
    }
    notes = results.filter((_, i) => matchedOf[i]! >= least);
    relaxed = notes.length > all;
    for (const n of notes) {
      n.coverage = totalIdf > 0 ? n.coverage / totalIdf : 1;
      n.score *= n.coverage ** relevanceTuning.coverageExponent;
    }
  } else {
    for (const n of notes) n.coverage = 1;
  }
  for (const n of notes) if (n.titleMatch) n.score *= 1 + relevanceTuning.titleMatch;
  applyProximity(view, plan, notes);
  const expansion = options.analyzer
    ? feedbackTerms(view, plan, notes, stats, options.analyzer)
    : [];
  applyExpansion(
    notes,
    expansion,
    (n, term) => expansionTf(view, stats, n, term),
    clauseScore,
    (n) => n.coverage ** relevanceTuning.coverageExponent,
  );
  return { notes, idf, stats, relaxed, expansion };
}

/** An expansion word's pseudo term frequency in a note, over all fields (as a typed word's). */
function expansionTf(view: IndexView, stats: Stats, note: ScoredNote, term: ExpansionTerm): number {
  let acc = 0;
  for (const field of allFields) {
    let tf = 0;
    let length = 0;
    if (note.delta) {
      tf = note.delta.fields[field]!.get(term.term)?.length ?? 0;
      length = note.delta.fieldLength[field]!;
    } else if (view.main && term.mainId >= 0) {
      const posting = view.main.findPosting(term.mainId, field, note.mainId);
      if (posting >= 0) {
        tf = view.main.arrays.postTf[posting]!;
        length = view.main.arrays.fieldLength[note.mainId * fieldCount + field]!;
      }
    }
    if (tf > 0) acc += (boosts[field]! * tf) / lengthNorm(length, stats.averageLength[field]!);
  }
  return acc;
}

/** Why a note scored what it did: each clause's part, coverage and proximity (`--explain`). */
export function explainNote(
  view: IndexView,
  plan: QueryPlan,
  executed: ExecutedPlan,
  scored: ScoredNote,
): NoteExplanation {
  const clauses: ClauseExplanation[] = [];
  const bit = languageBit[scored.record.language];
  const main = view.main;
  const avg = executed.stats.averageLength;
  plan.clauses.forEach((clause, k) => {
    if (clause.presence === 'prohibited') return;
    const found: ClauseExplanation['found'] = [];
    let acc = 0;
    for (const variant of clause.variants) {
      if ((variant.languages & bit) === 0) continue;
      const fields: string[] = [];
      for (const field of clause.fields) {
        let tf = 0;
        let length = 0;
        if (scored.delta) {
          tf = scored.delta.fields[field]!.get(variant.term)?.length ?? 0;
          length = scored.delta.fieldLength[field]!;
        } else if (main && variant.mainId >= 0) {
          const posting = main.findPosting(variant.mainId, field, scored.mainId);
          if (posting >= 0) {
            tf = main.arrays.postTf[posting]!;
            length = main.arrays.fieldLength[scored.mainId * fieldCount + field]!;
          }
        }
        if (tf === 0) continue;
        fields.push(indexFields[field]!);
        acc += (variant.factor * boosts[field]! * tf) / lengthNorm(length, avg[field]!);
      }
      if (fields.length > 0)
        found.push({
          term: variant.term,
          fields,
          ...(variant.factor < 1 && { weight: variant.factor }),
        });
    }
    const idf = executed.idf[k]!;
    clauses.push({
      word: clause.word,
      found,
      idf,
      score: acc > 0 ? clauseScore(acc, clause.boost * idf) : 0,
    });
  });
  return {
    language: scored.record.language,
    clauses,
    coverage: scored.coverage,
    proximity: scored.proximity,
    titleMatch: scored.titleMatch ? 1 + relevanceTuning.titleMatch : 1,
    expansion: executed.expansion.map((term) => {
      const tf =
        (term.languages & bit) === 0 || scored.expansion === 0
          ? 0
          : expansionTf(view, executed.stats, scored, term);
      const part = tf > 0 ? clauseScore(tf, term.weight * term.idf) : 0;
      return {
        term: term.term,
        weight: term.weight,
        score: part * scored.coverage ** relevanceTuning.coverageExponent,
      };
    }),
    score: scored.score,
  };
}
