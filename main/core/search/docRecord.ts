/**
 * What the index keeps about each note besides its terms: enough to show a hit, apply filters,
 * compute facets, and re-analyse the note exactly when it is replaced or removed.
 */
import { fieldCount, fieldTexts } from './indexFields';
import type { SearchDocument } from './searchDocument';
import type { AnalyzerLanguage, TextAnalyzer } from './textAnalyzer';
import type { StoredText } from './textStore';
import { textSignature } from './textSignature';

export interface DocRecord {
  path: string;
  fingerprint: string;
  title: string;
  aliases: string[];
  type: string;
  domains: string[];
  tags: string[];
  created: string | null;
  updated: string;
  from: string | null;
  language: AnalyzerLanguage;
  /**
   * MinHash signature of the body (textSignature.ts): results with the same title and similar
   * signatures are folded as near-duplicates. Null when the body is too short to judge.
   */
  signature: string | null;
}

/**
 * What the index keeps of a note. Its language is the front matter's `lang` when there is one,
 * else what the analyzer's detector reads from its title, headings and body.
 */
export function toDocRecord(
  doc: SearchDocument,
  fingerprint: string,
  analyzer: TextAnalyzer,
): DocRecord {
  return {
    path: doc.path,
    fingerprint,
    title: doc.title,
    aliases: doc.aliases ?? [],
    type: doc.type,
    domains: doc.domains,
    tags: doc.tags,
    created: doc.created,
    updated: doc.updated,
    from: doc.from,
    language: analyzer.noteLanguage(doc.language, () =>
      [doc.title, ...doc.headings, doc.body].join('\n'),
    ),
    signature: textSignature(doc.body),
  };
}

/**
 * Runs every field of a note through the analyzer. `visit` gets the field number, the term and
 * its position; the returned array has the number of indexed terms per field (BM25's length).
 */
export function analyzeNote(
  analyzer: TextAnalyzer,
  record: DocRecord,
  text: StoredText,
  visit: (field: number, term: string, position: number) => void,
): Uint32Array {
  const lengths = new Uint32Array(fieldCount);
  const texts = fieldTexts({ ...record, body: text.body, headings: text.headings });
  for (let field = 0; field < fieldCount; field++) {
    let count = 0;
    analyzer.analyze(texts[field]!, record.language, (term, position) => {
      count++;
      visit(field, term, position);
    });
    lengths[field] = count;
  }
  return lengths;
}
