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
 * PowerShell docs and tldr-pages (10,512 notes, 5,090 same-title pairs): at 0.5, 98.9 % of the
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

/**
 * Which notes share a title, per main segment (made once, on the first query after it is
 * installed): a note whose title no other note has is never compared with anything.
 */
export class TitleGroups {
  readonly #keyOfMain: Uint32Array;
  /** Main notes per key id (tombstoned ones included: an over-count only costs a comparison). */
  readonly #mainCount: Uint32Array;
  readonly #ids = new Map<string, number>();
  readonly #deltaKeys = new WeakMap<DocRecord, string>();

  constructor(mainDocs: readonly DocRecord[]) {
    this.#keyOfMain = new Uint32Array(mainDocs.length);
    const counts: number[] = [];
    mainDocs.forEach((record, id) => {
      const key = titleKey(record.title);
      let keyId = this.#ids.get(key);
      if (keyId === undefined) {
        keyId = counts.push(0) - 1;
        this.#ids.set(key, keyId);
      }
      counts[keyId]!++;
      this.#keyOfMain[id] = keyId;
    });
    this.#mainCount = Uint32Array.from(counts);
  }

  /**
   * For one query: a note's title group (a number), or -1 when no other live note has its title.
   * `delta` are the records of the notes changed since the main segment was built.
   */
  grouper(delta: Iterable<DocRecord>): (note: ScoredNote) => number {
    const mainKeys = this.#mainCount.length;
    const extra = new Map<string, number>();
    const deltaIds = new Map<DocRecord, number>();
    const deltaCount = new Map<number, number>();
    for (const record of delta) {
      let key = this.#deltaKeys.get(record);
      if (key === undefined) {
        key = titleKey(record.title);
        this.#deltaKeys.set(record, key);
      }
      let keyId = this.#ids.get(key) ?? extra.get(key);
      if (keyId === undefined) {
        keyId = mainKeys + extra.size;
        extra.set(key, keyId);
      }
      deltaIds.set(record, keyId);
      deltaCount.set(keyId, (deltaCount.get(keyId) ?? 0) + 1);
    }
    return (note) => {
      if (note.mainId >= 0) {
        const keyId = this.#keyOfMain[note.mainId]!;
        return this.#mainCount[keyId]! > 1 || deltaCount.has(keyId) ? keyId : -1;
      }
      const keyId = deltaIds.get(note.record);
      if (keyId === undefined) return -1;
      const inMain = keyId < mainKeys ? this.#mainCount[keyId]! : 0;
      return inMain + deltaCount.get(keyId)! > 1 ? keyId : -1;
    };
  }
}

export interface FoldedNotes {
  /** The notes that stay, in the order given: every note but the folded ones. */
  shown: readonly ScoredNote[];
  /** Each note that has copies among the results → those copies, best first. */
  similar: Map<ScoredNote, ScoredNote[]>;
  /** How many notes were folded under another. */
  folded: number;
}

/**
 * Folds the near-duplicates among `notes`: notes of one title group (see {@link TitleGroups}) are
 * taken best first (`compare`, the results' order); each is folded under the first better one it
 * is similar to, else it stays. Costs one lookup per note, and comparisons only within groups.
 */
export function foldNearDuplicates(
  notes: readonly ScoredNote[],
  groupOf: (note: ScoredNote) => number,
  compare: (a: ScoredNote, b: ScoredNote) => number,
): FoldedNotes {
  const groups = new Map<number, ScoredNote[]>();
  for (const note of notes) {
    // A text too short to judge is never a copy of anything.
    if (note.record.signature === null) continue;
    const group = groupOf(note);
    if (group < 0) continue;
    const members = groups.get(group);
    if (members) members.push(note);
    else groups.set(group, [note]);
  }
  const similar = new Map<ScoredNote, ScoredNote[]>();
  const folded = new Set<ScoredNote>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort(compare);
    const leaders: ScoredNote[] = [];
    for (const note of members) {
      const leader = leaders
        .slice(0, maxLeadersCompared)
        .find(
          (l) =>
            signatureSimilarity(l.record.signature, note.record.signature) >=
            nearDuplicateSimilarity,
        );
      if (!leader) {
        leaders.push(note);
        continue;
      }
      folded.add(note);
      const copies = similar.get(leader);
      if (copies) copies.push(note);
      else similar.set(leader, [note]);
    }
  }
  return {
    shown: folded.size === 0 ? notes : notes.filter((note) => !folded.has(note)),
    similar,
    folded: folded.size,
  };
}
