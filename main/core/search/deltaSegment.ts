/**
 * The delta segment: notes created or changed since the main segment was built, kept as small
 * mutable maps so that adding or replacing one note costs time proportional to that note only.
 * The main segment's copy of a changed note is hidden by a tombstone (see SearchEngine).
 */
import { analyzeNote, type DocRecord } from './docRecord';
import { fieldCount } from './indexFields';
import type { TextAnalyzer } from './textAnalyzer';
import type { StoredText } from './textStore';

export interface DeltaDoc {
  record: DocRecord;
  text: StoredText;
  /** Per field: term → its positions, ascending. */
  fields: Map<string, number[]>[];
  fieldLength: Uint32Array;
}

export function analyzeDeltaDoc(
  analyzer: TextAnalyzer,
  record: DocRecord,
  text: StoredText,
): DeltaDoc {
  const fields = Array.from({ length: fieldCount }, () => new Map<string, number[]>());
  const fieldLength = analyzeNote(analyzer, record, text, (field, term, position) => {
    const map = fields[field]!;
    const positions = map.get(term);
    if (positions) positions.push(position);
    else map.set(term, [position]);
  });
  return { record, text, fields, fieldLength };
}

export class DeltaSegment {
  readonly docs = new Map<string, DeltaDoc>();
  /** term → notes of the delta that contain it in any field. */
  readonly termDocs = new Map<string, Set<DeltaDoc>>();
  /** term → number of delta notes containing it, per field. */
  readonly df = new Map<string, Int32Array>();
  readonly totalFieldLength = new Float64Array(fieldCount);

  get size(): number {
    return this.docs.size;
  }

  add(doc: DeltaDoc): void {
    this.remove(doc.record.path);
    this.docs.set(doc.record.path, doc);
    for (let field = 0; field < fieldCount; field++) {
      this.totalFieldLength[field]! += doc.fieldLength[field]!;
      for (const term of doc.fields[field]!.keys()) {
        let counts = this.df.get(term);
        if (!counts) {
          counts = new Int32Array(fieldCount);
          this.df.set(term, counts);
        }
        counts[field]!++;
        let holders = this.termDocs.get(term);
        if (!holders) {
          holders = new Set();
          this.termDocs.set(term, holders);
        }
        holders.add(doc);
      }
    }
  }

  remove(path: string): DeltaDoc | undefined {
    const doc = this.docs.get(path);
    if (!doc) return undefined;
    this.docs.delete(path);
    const terms = new Set<string>();
    for (let field = 0; field < fieldCount; field++) {
      this.totalFieldLength[field]! -= doc.fieldLength[field]!;
      for (const term of doc.fields[field]!.keys()) {
        this.df.get(term)![field]!--;
        terms.add(term);
      }
    }
    for (const term of terms) {
      const holders = this.termDocs.get(term)!;
      holders.delete(doc);
      if (holders.size === 0) {
        this.termDocs.delete(term);
        this.df.delete(term);
      }
    }
    return doc;
  }

  dfOf(term: string, field: number): number {
    return this.df.get(term)?.[field] ?? 0;
  }
}
