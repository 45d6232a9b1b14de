/**
 * Builds a {@link MainSegment} from notes streamed in one at a time. Memory stays flat: each
 * posting is three integers in growable typed arrays (no object per posting), positions are
 * written once and never moved, and the final layout is produced by one counting sort.
 *
 *     const builder = new SegmentBuilder(analyzer, generationDir);
 *     for (const { doc, fingerprint } of notes) builder.add(doc, fingerprint);
 *     const segment = runToEnd(builder.finish());
 */
import { fieldCount, fieldIndex, fieldTexts } from './indexFields';
import { toDocRecord, type DocRecord } from './docRecord';
import { GrowableUint16Array } from './growableUint16Array';
import { GrowableUint32Array } from './growableUint32Array';
import { countPositions, encodePositions } from './positionCodec';
import { checkpointEvery, MainSegment, type SegmentArrays } from './mainSegment';
import type { SearchDocument } from './searchDocument';
import type { TextAnalyzer } from './textAnalyzer';
import path from 'node:path';
import type { SegmentFile } from './segmentFiles';
import { TextStoreReader, TextStoreWriter, type StoredText } from './textStore';

const bodyField = fieldIndex.body;

/** Posting keys pack the field into the low 3 bits of the term number. */
const fieldBits = 3;

export class SegmentBuilder {
  readonly #analyzer: TextAnalyzer;
  readonly #textFile: string;
  readonly #text: TextStoreWriter;
  readonly #docs: DocRecord[] = [];
  readonly #termIds = new Map<string, number>();
  readonly #termList: string[] = [];
  // One record per (term, note, field): key = term << 3 | field, note, start of its positions.
  readonly #recKey = new GrowableUint32Array(1 << 16);
  readonly #recDoc = new GrowableUint32Array(1 << 16);
  readonly #recPos = new GrowableUint32Array(1 << 16);
  readonly #positions = new GrowableUint16Array(1 << 18);
  #grouped = new Uint32Array(1 << 12);
  readonly #fieldLength = new GrowableUint32Array(1 << 12);
  readonly #textStart: number[] = [];
  readonly #textLength: number[] = [];
  readonly #ckStart = new GrowableUint32Array(1 << 12);
  readonly #ckPos = new GrowableUint32Array(1 << 14);
  readonly #ckChar = new GrowableUint32Array(1 << 14);
  readonly #ckLine = new GrowableUint32Array(1 << 14);
  // Checkpointing state while the body field is analysed (null for other fields).
  #ckBody: string | null = null;
  #ckNext = 0;
  #ckLastChar = 0;
  #ckLastLine = 0;
  // Scratch for one field of one note: the term number and position of each indexed word.
  #scratchTerm = new Uint32Array(1 << 12);
  #scratchPos = new Uint32Array(1 << 12);
  #scratchCount = 0;
  // Per term: which (note, field) last saw it, how often, where its next position goes.
  #stamp = new Uint32Array(1 << 14);
  #count = new Uint32Array(1 << 14);
  #fill = new Uint32Array(1 << 14);
  #stampValue = 0;
  #distinct = new Uint32Array(1 << 12);
  #finished = false;

  /** Writes the notes' text to `text.bin` in `dir` as they are added. */
  constructor(analyzer: TextAnalyzer, dir: string) {
    this.#analyzer = analyzer;
    this.#textFile = path.join(dir, 'text.bin');
    this.#text = new TextStoreWriter(this.#textFile);
  }

  /** The manifest entry of text.bin, once finished. */
  get textFile(): SegmentFile {
    return { name: 'text.bin', size: this.#text.size, crc32: this.#text.crc32 };
  }

  get docCount(): number {
    return this.#docs.length;
  }

  add(doc: SearchDocument, fingerprint: string): void {
    this.addRecord(toDocRecord(doc, fingerprint, this.#analyzer), {
      body: doc.body,
      headings: doc.headings,
    });
  }

  addRecord(record: DocRecord, text: StoredText): void {
    if (this.#finished) throw new Error('This segment is already built.');
    const docId = this.#docs.length;
    this.#docs.push(record);
    const range = this.#text.append(text);
    this.#textStart.push(range.start);
    this.#textLength.push(range.length);
    const texts = fieldTexts({ ...record, body: text.body, headings: text.headings });
    this.#fieldLength.reserve(fieldCount);
    this.#ckStart.push(this.#ckPos.length);
    for (let field = 0; field < fieldCount; field++) {
      this.#scratchCount = 0;
      // Offsets into the lower-cased body are offsets into the body unless lower-casing changed
      // its length (rare letters): then this note gets no checkpoints and snippets scan it.
      const body = texts[field]!;
      const checkpoints = field === bodyField && body.toLowerCase().length === body.length;
      this.#ckBody = checkpoints ? body : null;
      this.#ckNext = 0;
      this.#ckLastChar = 0;
      this.#ckLastLine = 0;
      this.#analyzer.analyze(texts[field]!, record.language, this.#collect);
      this.#ckBody = null;
      this.#fieldLength.push(this.#scratchCount);
      if (this.#scratchCount > 0) this.#emitField(docId, field);
    }
  }

  readonly #collect = (term: string, position: number, start: number): void => {
    if (this.#ckBody !== null && position >= this.#ckNext) this.#checkpoint(position, start);
    let id = this.#termIds.get(term);
    if (id === undefined) {
      id = this.#termList.length;
      this.#termList.push(term);
      this.#termIds.set(term, id);
      if (id >= this.#stamp.length) this.#growTermScratch();
    }
    const n = this.#scratchCount;
    if (n === this.#scratchTerm.length) {
      this.#scratchTerm = grow(this.#scratchTerm);
      this.#scratchPos = grow(this.#scratchPos);
    }
    this.#scratchTerm[n] = id;
    this.#scratchPos[n] = position;
    this.#scratchCount = n + 1;
  };

  #checkpoint(position: number, start: number): void {
    const body = this.#ckBody!;
    let line = this.#ckLastLine;
    for (
      let at = body.indexOf('\n', this.#ckLastChar);
      at >= 0 && at < start;
      at = body.indexOf('\n', at + 1)
    ) {
      line++;
    }
    this.#ckPos.push(position);
    this.#ckChar.push(start);
    this.#ckLine.push(line);
    this.#ckLastChar = start;
    this.#ckLastLine = line;
    this.#ckNext = (Math.floor(position / checkpointEvery) + 1) * checkpointEvery;
  }

  #growTermScratch(): void {
    this.#stamp = grow(this.#stamp);
    this.#count = grow(this.#count);
    this.#fill = grow(this.#fill);
  }

  /** Groups the field's words by term (linear, no sort) and appends one record per term. */
  #emitField(docId: number, field: number): void {
    const n = this.#scratchCount;
    const terms = this.#scratchTerm;
    const stamp = this.#stamp;
    const count = this.#count;
    const fill = this.#fill;
    const stampValue = ++this.#stampValue;
    let distinctCount = 0;
    for (let k = 0; k < n; k++) {
      const id = terms[k]!;
      if (stamp[id] !== stampValue) {
        stamp[id] = stampValue;
        count[id] = 0;
        if (distinctCount === this.#distinct.length) this.#distinct = grow(this.#distinct);
        this.#distinct[distinctCount++] = id;
      }
      count[id]!++;
    }
    // Group the positions by term in scratch (linear: each term's slot range comes from its
    // count), then append each term's run, gap-encoded, with one record for it.
    if (this.#grouped.length < n)
      this.#grouped = new Uint32Array(Math.max(n, this.#grouped.length * 2));
    const grouped = this.#grouped;
    let cursor = 0;
    for (let d = 0; d < distinctCount; d++) {
      const id = this.#distinct[d]!;
      fill[id] = cursor;
      cursor += count[id]!;
    }
    const pos = this.#scratchPos;
    for (let k = 0; k < n; k++) grouped[fill[terms[k]!]!++] = pos[k]!;
    this.#recKey.reserve(distinctCount);
    this.#recDoc.reserve(distinctCount);
    this.#recPos.reserve(distinctCount);
    let from = 0;
    for (let d = 0; d < distinctCount; d++) {
      const id = this.#distinct[d]!;
      this.#recKey.array[this.#recKey.length++] = (id << fieldBits) | field;
      this.#recDoc.array[this.#recDoc.length++] = docId;
      this.#recPos.array[this.#recPos.length++] = this.#positions.length;
      encodePositions(this.#positions, grouped, from, count[id]!);
      from += count[id]!;
    }
  }

  /**
   * Sorts terms, lays postings out by (term, field) and opens the result. A generator so a
   * worker can run it in slices between queries; {@link runToEnd} runs it at once.
   */
  *finish(): Generator<void, MainSegment> {
    if (this.#finished) throw new Error('This segment is already built.');
    this.#finished = true;
    this.#text.close();
    const termList = this.#termList;
    const termCount = termList.length;
    const order = Array.from({ length: termCount }, (_, i) => i);
    order.sort((a, b) => (termList[a]! < termList[b]! ? -1 : 1));
    yield;
    const rank = new Uint32Array(termCount);
    const terms = new Array<string>(termCount);
    for (let i = 0; i < termCount; i++) {
      rank[order[i]!] = i;
      terms[i] = termList[order[i]!]!;
    }
    const termFieldStart = yield* this.#sortPostings(rank, termCount);
    // The installed segment keeps its arrays for as long as it serves queries: exact-size copies,
    // not views into the growable buffers (up to half their size again is spare capacity). Each
    // buffer is dropped as soon as it is copied, so the peak holds one array twice, not all.
    const postTf = this.#recKey.toArray();
    this.#recKey.clear();
    const postDoc = this.#recDoc.toArray();
    this.#recDoc.clear();
    const postPos = this.#recPos.toArray();
    this.#recPos.clear();
    const positions = this.#positions.toArray();
    this.#positions.clear();
    this.#termIds.clear();
    const arrays: SegmentArrays = {
      termFieldStart,
      postDoc,
      postTf,
      postPos,
      positions,
      fieldLength: this.#fieldLength.toArray(),
      textStart: Float64Array.from(this.#textStart),
      textLength: Uint32Array.from(this.#textLength),
      ckStart: Uint32Array.from([...this.#ckStart.view(), this.#ckPos.length]),
      ckPos: this.#ckPos.toArray(),
      ckChar: this.#ckChar.toArray(),
      ckLine: this.#ckLine.toArray(),
    };
    const segment = new MainSegment(terms, this.#docs, arrays, new TextStoreReader(this.#textFile));
    while (!segment.buildTokenSetStep(4000)) yield;
    return segment;
  }

  /**
   * Lays the records out in posting order, in place in their own arrays (their first `records`
   * values become postDoc, postTf — the key replaced by the term frequency — and postPos);
   * returns where each (term, field) range starts. Its scratch arrays go when it returns.
   */
  *#sortPostings(rank: Uint32Array, termCount: number): Generator<void, Uint32Array> {
    const records = this.#recKey.length;
    const recKey = this.#recKey.array;
    const recDoc = this.#recDoc.array;
    const recPos = this.#recPos.array;
    const positionCount = this.#positions.length;
    const positionData = this.#positions.array;
    // Counting sort by (term rank, field); records were appended in note order, so each
    // (term, field) range comes out with ascending note numbers.
    const termFieldStart = new Uint32Array(termCount * fieldCount + 1);
    for (let r = 0; r < records; r++) {
      const key = recKey[r]!;
      termFieldStart[rank[key >>> fieldBits]! * fieldCount + (key & 7) + 1]!++;
    }
    for (let k = 1; k < termFieldStart.length; k++) termFieldStart[k]! += termFieldStart[k - 1]!;
    yield;
    // Lay the records out in posting order in place (their arrays become the postings), so
    // the peak holds one copy of them, not two: each record's slot goes to `slots`, its term
    // frequency replaces its key, then a cycle-following permutation moves all three.
    const cursor = termFieldStart.slice(0, termFieldStart.length - 1);
    const slots = new Uint32Array(records);
    for (let r = 0; r < records; r++) {
      const key = recKey[r]!;
      slots[r] = cursor[rank[key >>> fieldBits]! * fieldCount + (key & 7)]!++;
      const end = r + 1 < records ? recPos[r + 1]! : positionCount;
      recKey[r] = countPositions(positionData, recPos[r]!, end);
      if ((r & 0x3ffff) === 0x3ffff) yield;
    }
    const recTf = recKey;
    for (let r = 0; r < records; r++) {
      // Follow the cycle through r: move each record to its slot until r's slot is filled.
      while (slots[r] !== r) {
        const to = slots[r]!;
        const tf = recTf[to]!;
        const doc = recDoc[to]!;
        const pos = recPos[to]!;
        const next = slots[to]!;
        recTf[to] = recTf[r]!;
        recDoc[to] = recDoc[r]!;
        recPos[to] = recPos[r]!;
        slots[to] = to;
        recTf[r] = tf;
        recDoc[r] = doc;
        recPos[r] = pos;
        slots[r] = next;
      }
      if ((r & 0x3ffff) === 0x3ffff) yield;
    }
    return termFieldStart;
  }

  /** Gives up the build (e.g. superseded); the caller deletes the files. */
  abandon(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#text.close();
  }
}

function grow(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(array.length * 2);
  next.set(array);
  return next;
}

/** Runs a sliced computation to its end. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
