/**
 * The main index segment: every note as of the last full build or compaction, immutable, in flat
 * typed arrays (a few bytes per posting, loaded from disk without parsing). Terms are sorted; a
 * lunr TokenSet over them expands wildcard and fuzzy query terms exactly as lunr would.
 *
 * Postings of term `t` in field `f` are the range `termFieldStart[t * F + f] ..
 * termFieldStart[t * F + f + 1]` of `postDoc` (ascending note numbers), `postTf` (occurrences) and
 * `postPos` (where that posting's gap-encoded positions start in `positions`).
 */
import { fieldCount } from './indexFields';
import type { DocRecord } from './docRecord';
import { lunrTokenSet, type LunrTokenSet, type LunrTokenSetBuilder } from './lunrPatched';
import { decodePositions, firstPosition } from './positionCodec';
import type { TextStoreReader } from './textStore';

export interface SegmentArrays {
  termFieldStart: Uint32Array;
  postDoc: Uint32Array;
  postTf: Uint32Array;
  postPos: Uint32Array;
  /** Gap-encoded positions (positionCodec.ts). */
  positions: Uint16Array;
  /** Indexed terms per note and field (`doc * F + field`). */
  fieldLength: Uint32Array;
  /** Byte range of each note's text in the text store. */
  textStart: Float64Array;
  textLength: Uint32Array;
  /**
   * Body checkpoints, about every {@link checkpointEvery} words: note `d`'s are the range
   * `ckStart[d] .. ckStart[d + 1]` of `ckPos` (word position), `ckChar` (its character offset in
   * the body) and `ckLine` (its line). Snippets start reading at the one before a match.
   */
  ckStart: Uint32Array;
  ckPos: Uint32Array;
  ckChar: Uint32Array;
  ckLine: Uint32Array;
}

export const checkpointEvery = 32;

/** Where reading a body can start to reach a word: a known word position, offset and line. */
export interface BodyCheckpoint {
  position: number;
  char: number;
  line: number;
}

export class MainSegment {
  readonly terms: readonly string[];
  readonly docs: readonly DocRecord[];
  readonly arrays: SegmentArrays;
  readonly text: TextStoreReader;
  /** Sum over notes of `fieldLength`, per field. */
  readonly totalFieldLength: Float64Array;
  readonly #idByPath = new Map<string, number>();
  #tokenSet: LunrTokenSet | null = null;
  #tokenSetBuilder: { builder: LunrTokenSetBuilder; next: number } | null = null;

  constructor(
    terms: readonly string[],
    docs: readonly DocRecord[],
    arrays: SegmentArrays,
    text: TextStoreReader,
  ) {
    this.terms = terms;
    this.docs = docs;
    this.arrays = arrays;
    this.text = text;
    this.totalFieldLength = new Float64Array(fieldCount);
    const { fieldLength } = arrays;
    for (let i = 0; i < fieldLength.length; i++)
      this.totalFieldLength[i % fieldCount]! += fieldLength[i]!;
    docs.forEach((doc, id) => this.#idByPath.set(doc.path, id));
  }

  get docCount(): number {
    return this.docs.length;
  }

  idOf(path: string): number | undefined {
    return this.#idByPath.get(path);
  }

  /** The term's number, or -1. */
  termId(term: string): number {
    const terms = this.terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = terms[mid]!;
      if (value === term) return mid;
      if (value < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Terms starting with `prefix`: a binary search for the range, since terms are sorted. */
  termsWithPrefix(prefix: string): string[] {
    const terms = this.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) found.push(terms[i]!);
    return found;
  }

  postingStart(termId: number, field: number): number {
    return this.arrays.termFieldStart[termId * fieldCount + field]!;
  }

  postingEnd(termId: number, field: number): number {
    return this.arrays.termFieldStart[termId * fieldCount + field + 1]!;
  }

  /** Index of `doc` in the postings of (term, field), or -1. */
  findPosting(termId: number, field: number, doc: number): number {
    const postDoc = this.arrays.postDoc;
    let lo = this.postingStart(termId, field);
    let hi = this.postingEnd(termId, field) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = postDoc[mid]!;
      if (value === doc) return mid;
      if (value < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  positionsAt(posting: number): Uint32Array {
    return decodePositions(
      this.arrays.positions,
      this.arrays.postPos[posting]!,
      this.arrays.postTf[posting]!,
    );
  }

  firstPositionAt(posting: number): number {
    return firstPosition(this.arrays.positions, this.arrays.postPos[posting]!);
  }

  readText(doc: number): { body: string; headings: string[] } {
    return this.text.read(this.arrays.textStart[doc]!, this.arrays.textLength[doc]!);
  }

  /** The last checkpoint at or before word `position` of a note's body. */
  checkpointBefore(doc: number, position: number): BodyCheckpoint {
    const { ckStart, ckPos, ckChar, ckLine } = this.arrays;
    let lo = ckStart[doc]!;
    let hi = ckStart[doc + 1]! - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (ckPos[mid]! <= position) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0
      ? { position: 0, char: 0, line: 0 }
      : { position: ckPos[found]!, char: ckChar[found]!, line: ckLine[found]! };
  }

  readBody(doc: number, from: number, maxChars: number): { text: string; atEnd: boolean } {
    return this.text.readBody(
      this.arrays.textStart[doc]!,
      this.arrays.textLength[doc]!,
      from,
      maxChars,
    );
  }

  get tokenSetReady(): boolean {
    return this.#tokenSet !== null;
  }

  /**
   * Builds part of the TokenSet (`budget` terms); true when done. Lets a worker build it between
   * queries right after loading instead of stalling the first wildcard query.
   */
  buildTokenSetStep(budget: number): boolean {
    if (this.#tokenSet) return true;
    this.#tokenSetBuilder ??= { builder: new lunrTokenSet.Builder(), next: 0 };
    const state = this.#tokenSetBuilder;
    const end = Math.min(this.terms.length, state.next + budget);
    for (let i = state.next; i < end; i++) state.builder.insert(this.terms[i]!);
    state.next = end;
    if (end < this.terms.length) return false;
    state.builder.finish();
    this.#tokenSet = state.builder.root;
    this.#tokenSetBuilder = null;
    return true;
  }

  /** lunr's TokenSet of every term (built on first use if the background build has not ended). */
  get tokenSet(): LunrTokenSet {
    if (!this.#tokenSet) this.buildTokenSetStep(Number.MAX_SAFE_INTEGER);
    return this.#tokenSet!;
  }

  close(): void {
    this.text.close();
  }
}
