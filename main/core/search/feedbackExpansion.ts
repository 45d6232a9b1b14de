/**
 * Pseudo-relevance feedback (RM3-style) for natural queries: people ask in their own words
 * (_unpack_ a tar file) while the note says it in its own (_extract_). The best notes the typed
 * words find say what the answer is about in their title and lead, in the vault's vocabulary;
 * the words several of them share, weighted by how well each note scored and how rare the word
 * is in the vault, are added to the query with a small weight. Everything comes from the index
 * itself, offline, at query time (no model, no list to keep).
 *
 * Expansion only re-ranks: it adds to the score of notes the typed words already found (the best
 * {@link feedbackTuning}`.depth` of them), scaled by how much of the query each holds, so it never
 * brings in a note without the typed words and never changes a query with operators.
 */
import { fieldCount, fieldIndex, leadParagraph } from './indexFields';
import type { IndexView, ScoredNote, Stats } from './scoredNote';
import type { QueryPlan } from './queryPlan';
import { languageBit, type AnalyzerLanguage, type TextAnalyzer } from './textAnalyzer';
import { topK } from './topK';

/** Mutable for tuning experiments (`npm run bench:relevance`), not for callers. */
export const feedbackTuning = {
  /** Feedback notes: the best this many. */
  docs: 8,
  /** Expansion words added at most. */
  terms: 6,
  /** A word must be in the title or lead of at least this many feedback notes. */
  minDocs: 2,
  /** An expansion word's weight at most, relative to a typed word's (1). */
  weight: 0.1,
  /** How many of the best notes are re-ranked. */
  depth: 200,
  /**
   * Words in more than this share of the notes are left out: common words (and a vault's
   * boilerplate, "synopsis", "more information") say nothing about one answer.
   */
  maxShare: 0.02,
};

/** A word added to a natural query, as `--explain` shows it. */
export interface ExpansionTerm {
  term: string;
  /** Its clause weight relative to a typed word (at most {@link feedbackTuning}`.weight`). */
  weight: number;
  idf: number;
  /** Languages (bits) of the feedback notes it came from: it stands for itself only in those. */
  languages: number;
  mainId: number;
}

const bodyField = fieldIndex.body;
const titleField = fieldIndex.title;

/** Notes holding the term in their body (or title), live notes only: its idf's df. */
function documentFrequency(view: IndexView, term: string, mainId: number): number {
  let df = 0;
  for (const field of [bodyField, titleField]) {
    let count = view.delta.dfOf(term, field);
    const main = view.main;
    if (main && mainId >= 0) {
      count += main.postingEnd(mainId, field) - main.postingStart(mainId, field);
      count -= view.tombstonedDf.get(mainId * fieldCount + field) ?? 0;
    }
    df = Math.max(df, count);
  }
  return df;
}

/** Links are addresses, not vocabulary. */
const urls = /<?\b(?:https?:\/\/|www\.)\S+/giu;

/** Characters of a saved note's body read for its lead (a long article is not read whole). */
const leadWindow = 1500;
/** A paragraph of one short line without a full stop: a heading (`SYNOPSIS`, `Steps`). */
const headingLike = /^[^\n.!?:]{1,60}$/u;

/** A note's title and lead, where it says what it is about. */
function noteText(view: IndexView, note: ScoredNote): string {
  let lead: string;
  if (note.delta) {
    lead = leadParagraph(note.delta.text.body, note.delta.text.headings);
  } else {
    // The headings are stored after the body: rather than read the whole note for them, a
    // paragraph that looks like a heading is passed over.
    const start = view.main!.readBody(note.mainId, 0, leadWindow).text;
    const headings = start.split(/\n[ \t]*\n/).filter((p) => headingLike.test(p.trim()));
    lead = leadParagraph(start, headings);
  }
  return `${note.record.title}\n\n${lead}`.replace(urls, ' ');
}

/**
 * The words to add to a natural query, from the title and lead of its best notes: Σ over the
 * feedback notes of (the note's share of their score × the word's share of its text), times the
 * word's idf; words of the query itself, and words in fewer than `minDocs` of the notes, left out.
 */
export function feedbackTerms(
  view: IndexView,
  plan: QueryPlan,
  notes: ScoredNote[],
  stats: Stats,
  analyzer: TextAnalyzer,
): ExpansionTerm[] {
  const { docs, terms: maxTerms, minDocs, weight } = feedbackTuning;
  if (!plan.natural || notes.length < minDocs || maxTerms === 0 || weight === 0) return [];
  const best = topK(notes, docs, (a, b) => b.score - a.score).filter((n) => n.score > 0);
  const total = best.reduce((sum, n) => sum + n.score, 0);
  if (best.length < minDocs || total <= 0) return [];
  const typed = new Set<string>();
  for (const clause of plan.clauses) for (const v of clause.variants) typed.add(v.term);
  const model = new Map<string, { mass: number; docs: number; languages: number }>();
  // The same text twice (an article in several versions) is one voice, not several.
  const seen = new Set<string>();
  for (const note of best) {
    const language: AnalyzerLanguage = note.record.language;
    const text = noteText(view, note);
    if (seen.has(text)) continue;
    seen.add(text);
    const counts = new Map<string, number>();
    let length = 0;
    analyzer.analyze(text, language, (term) => {
      length++;
      // Numbers and one- or two-letter stems say little about what a note is about.
      if (term.length < 3 || /^\d/.test(term) || typed.has(term)) return;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    });
    const share = note.score / total;
    for (const [term, count] of counts) {
      const entry = model.get(term) ?? { mass: 0, docs: 0, languages: 0 };
      entry.mass += (share * count) / length;
      entry.docs++;
      entry.languages |= languageBit[language];
      model.set(term, entry);
    }
  }
  const candidates: ExpansionTerm[] = [];
  const strength = new Map<string, number>();
  for (const [term, entry] of model) {
    if (entry.docs < minDocs) continue;
    const mainId = view.main ? view.main.termId(term) : -1;
    const df = documentFrequency(view, term, mainId);
    if (df === 0 || df > Math.max(minDocs, stats.notes * feedbackTuning.maxShare)) continue;
    const idf = Math.log(1 + (stats.notes - df + 0.5) / (df + 0.5));
    strength.set(term, entry.mass * idf);
    candidates.push({ term, weight: 0, idf, languages: entry.languages, mainId });
  }
  const chosen = topK(candidates, maxTerms, (a, b) => {
    const d = strength.get(b.term)! - strength.get(a.term)!;
    return d !== 0 ? d : a.term < b.term ? -1 : 1;
  });
  const strongest = chosen.length > 0 ? strength.get(chosen[0]!.term)! : 0;
  for (const t of chosen)
    t.weight = strongest > 0 ? (weight * strength.get(t.term)!) / strongest : 0;
  return chosen.filter((t) => t.weight > 0);
}

/** One expansion word's pseudo term frequency in a note (as a typed word's, over all fields). */
export type ClauseTf = (note: ScoredNote, term: ExpansionTerm) => number;

/**
 * Adds the expansion words' part to the best notes' scores: each word scored as a typed word
 * would be (BM25F over all fields, its idf), times its weight and the note's coverage factor.
 * Returns each re-ranked note's part, for `--explain`.
 */
export function applyExpansion(
  notes: ScoredNote[],
  expansion: ExpansionTerm[],
  tfOf: ClauseTf,
  score: (tf: number, weight: number) => number,
  coverageFactor: (note: ScoredNote) => number,
): void {
  if (expansion.length === 0 || notes.length === 0) return;
  const { depth } = feedbackTuning;
  const best = notes.length <= depth ? notes : topK(notes, depth, (a, b) => b.score - a.score);
  for (const note of best) {
    const bit = languageBit[note.record.language];
    let added = 0;
    for (const term of expansion) {
      if ((term.languages & bit) === 0) continue;
      const tf = tfOf(note, term);
      if (tf > 0) added += score(tf, term.weight * term.idf);
    }
    if (added > 0) {
      note.expansion = added * coverageFactor(note);
      note.score += note.expansion;
    }
  }
}
