/**
 * Near-duplicate folding ("similar results omitted"): of the results that are copies of one
 * another — the same title and highly similar text, like one article shipped in five version
 * folders, or a procedure kept as v1 and v2 — the best-ranked stays and the others are folded
 * under it, so that one article does not fill the page. Never the title alone: two different
 * notes called "Meeting notes" both stay.
 *
 * Only the results of one query are folded, among themselves: a copy that is the only match, or
 * whose leader the query does not find, is shown as itself.
 */
import { foldDiacritics } from '../../../shared/text/foldDiacritics';
import type { DocRecord } from './docRecord';
import type { ScoredNote } from './scoredNote';
import { signatureSimilarity } from './textSignature';

/**
 * Estimated shingle Jaccard from which two same-titled notes are copies. Measured on the
 * PowerShell docs and tldr-pages (10,512 notes, 5,090 same-title pairs): at 0.5, 98.5 % of the
 * pairs of one article in two version folders fold, and every other pair that folds is the same
 * page copied (a tldr command under two platforms, a cmdlet moved to another module).
 */
export const nearDuplicateSimilarity = 0.5;

/** Leaders of one title a note is compared with, at most (guards a vault of 500 "Untitled"). */
const maxLeadersCompared = 16;

/** The title as compared: case, accents and runs of white space do not count. */
export function titleKey(title: string): string {
  return foldDiacritics(title.toLowerCase()).replace(/\s+/g, ' ').trim();
}

interface ClusterSeed {
  cluster: number;
  /** The signature of the cluster's first note, which every other member is similar to. */
  signature: string;
}

/** Joins `signature` to the first similar cluster of `seeds`, or returns -1. */
function similarSeed(seeds: readonly ClusterSeed[] | undefined, signature: string): number {
  if (!seeds) return -1;
  for (let i = 0; i < seeds.length && i < maxLeadersCompared; i++) {
    if (signatureSimilarity(seeds[i]!.signature, signature) >= nearDuplicateSimilarity)
      return seeds[i]!.cluster;
  }
  return -1;
}

/**
 * The near-duplicate clusters of a main segment, made once (at the worker's warm-up, or on the
 * first query after a build installs it; 7–22 ms for 10,500 notes): notes of one title, each
 * joined to the first cluster whose first note it is similar to. Similarity does not depend on
 * the query, so a query only has to keep the best-ranked note of each cluster: one array read per
 * result.
 */
export class DuplicateClusters {
  /** Main note → its cluster. */
  readonly #clusterOfMain: Int32Array;
  /** Cluster → 1 when it has two main notes or more (a lone note folds nothing). */
  readonly #multi: Uint8Array;
  /** Title key → the clusters of that title. */
  readonly #seeds = new Map<string, ClusterSeed[]>();
  /** A changed note's title key, and the main cluster it joins (-1: none): kept per record. */
  readonly #deltaKeys = new WeakMap<DocRecord, { key: string; mainCluster: number }>();

  constructor(mainDocs: readonly DocRecord[]) {
    this.#clusterOfMain = new Int32Array(mainDocs.length);
    const multi: number[] = [];
    mainDocs.forEach((record, id) => {
      const signature = record.signature;
      if (signature !== null) {
        const key = titleKey(record.title);
        const seeds = this.#seeds.get(key);
        const cluster = similarSeed(seeds, signature);
        if (cluster >= 0) {
          this.#clusterOfMain[id] = cluster;
          multi[cluster] = 1;
          return;
        }
        const seed = { cluster: multi.length, signature };
        if (seeds) seeds.push(seed);
        else this.#seeds.set(key, [seed]);
      }
      // A note too short to judge is a cluster of its own, which nothing joins.
      this.#clusterOfMain[id] = multi.push(0) - 1;
    });
    this.#multi = Uint8Array.from(multi);
  }

  /**
   * For one query: a note's cluster, or -1 when no other live note is a near-duplicate of it.
   * `delta` are the records of the notes changed since the main segment was built: each joins a
   * main cluster of its title, or one of other delta notes.
   */
  clusterer(delta: Iterable<DocRecord>): Clusterer {
    const mainClusters = this.#multi.length;
    const deltaCluster = new Map<DocRecord, number>();
    const active = new Set<number>();
    const newSeeds = new Map<string, ClusterSeed[]>();
    let next = mainClusters;
    for (const record of delta) {
      const signature = record.signature;
      if (signature === null) continue;
      let known = this.#deltaKeys.get(record);
      if (known === undefined) {
        const key = titleKey(record.title);
        known = { key, mainCluster: similarSeed(this.#seeds.get(key), signature) };
        this.#deltaKeys.set(record, known);
      }
      const key = known.key;
      let cluster = known.mainCluster;
      if (cluster < 0) {
        const seeds = newSeeds.get(key);
        cluster = similarSeed(seeds, signature);
        if (cluster < 0) {
          const seed = { cluster: next++, signature };
          if (seeds) seeds.push(seed);
          else newSeeds.set(key, [seed]);
          deltaCluster.set(record, seed.cluster);
          continue;
        }
      }
      deltaCluster.set(record, cluster);
      active.add(cluster);
    }
    const clusterOfMain = this.#clusterOfMain;
    const multi = this.#multi;
    return {
      count: next,
      of(note) {
        if (note.mainId >= 0) {
          const cluster = clusterOfMain[note.mainId]!;
          return multi[cluster] === 1 || (active.size > 0 && active.has(cluster)) ? cluster : -1;
        }
        const cluster = deltaCluster.get(note.record) ?? -1;
        return cluster >= 0 && (cluster < mainClusters || active.has(cluster)) ? cluster : -1;
      },
    };
  }
}

/** A note's near-duplicate cluster for one query (see {@link DuplicateClusters.clusterer}). */
export interface Clusterer {
  /** The note's cluster (below `count`), or -1 when no other live note is a near-duplicate. */
  of(note: ScoredNote): number;
  count: number;
}

export interface FoldedNotes {
  /** The notes that stay, in the order given: every note but the folded ones. */
  shown: readonly ScoredNote[];
  /** How many notes were folded under another. */
  folded: number;
  /** The copies folded under each of `leaders` (those that have any), best first. */
  similarOf(leaders: readonly ScoredNote[]): Map<ScoredNote, ScoredNote[]>;
}

const noneFolded = (notes: readonly ScoredNote[]): FoldedNotes => ({
  shown: notes,
  folded: 0,
  similarOf: () => new Map(),
});

/**
 * Folds the near-duplicates among `notes`: of each cluster (see {@link DuplicateClusters}) only
 * the best in `compare` order (the results' order) stays. One pass to find each cluster's best,
 * one to keep them: no sorting, no comparison of texts.
 */
export function foldNearDuplicates(
  notes: readonly ScoredNote[],
  clusterer: Clusterer,
  compare: (a: ScoredNote, b: ScoredNote) => number,
): FoldedNotes {
  const clusters = new Int32Array(notes.length);
  // Cluster → 1 + the position of its best note so far (0: none yet).
  const best = new Int32Array(clusterer.count);
  // The members of each cluster as a chain: its last member's position + 1, then each member's
  // previous one's (0 ends it). Walking a page's clusters costs their members only.
  const last = new Int32Array(clusterer.count);
  const previous = new Int32Array(notes.length);
  let members = 0;
  let leaders = 0;
  for (let i = 0; i < notes.length; i++) {
    const cluster = clusterer.of(notes[i]!);
    clusters[i] = cluster;
    if (cluster < 0) continue;
    members++;
    previous[i] = last[cluster]!;
    last[cluster] = i + 1;
    const at = best[cluster]! - 1;
    if (at < 0) leaders++;
    if (at < 0 || compare(notes[i]!, notes[at]!) < 0) best[cluster] = i + 1;
  }
  if (members === leaders) return noneFolded(notes);
  const shown: ScoredNote[] = [];
  for (let i = 0; i < notes.length; i++) {
    const cluster = clusters[i]!;
    if (cluster < 0 || best[cluster] === i + 1) shown.push(notes[i]!);
  }
  return {
    shown,
    folded: members - leaders,
    similarOf(page) {
      const result = new Map<ScoredNote, ScoredNote[]>();
      for (const leader of page) {
        const cluster = clusterer.of(leader);
        if (cluster < 0) continue;
        const copies: ScoredNote[] = [];
        for (let at = last[cluster]!; at > 0; at = previous[at - 1]!) {
          if (notes[at - 1] !== leader) copies.push(notes[at - 1]!);
        }
        if (copies.length > 0) result.set(leader, copies.sort(compare));
      }
      return result;
    },
  };
}
