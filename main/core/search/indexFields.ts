/**
 * The fields every note is indexed under, in the order the index stores them, and how each one
 * weighs in ranking. Changing this list or a boost changes scores, not the persisted format;
 * changing the order or the count needs a new `indexFormatVersion`.
 */
import type { SearchDocument } from './searchDocument';

export const indexFields = [
  'title',
  'headings',
  'body',
  'tags',
  'domains',
  'type',
  'lead',
] as const;
export type IndexField = (typeof indexFields)[number];
export const fieldCount = indexFields.length;

/** Field weights: a word in the title says more about a note than the same word in its body. */
export const fieldBoosts: Readonly<Record<IndexField, number>> = {
  title: 4,
  // Headings are in the body too: a small boost on top is enough.
  headings: 1,
  body: 1,
  tags: 2,
  domains: 1.5,
  type: 1,
  // The lead paragraph is in the body too (see leadParagraph): this is on top of the body's.
  lead: 4,
};

export const fieldIndex: Readonly<Record<IndexField, number>> = {
  title: 0,
  headings: 1,
  body: 2,
  tags: 3,
  domains: 4,
  type: 5,
  lead: 6,
};

/** Fields a query word searches when it names none (`title:` etc. narrow it). */
export const allFields: readonly number[] = indexFields.map((_, i) => i);

/** A lead longer than this many characters is cut (at a word's end): a lead, not a chapter. */
const leadLength = 400;

/**
 * The note's lead: its first paragraph that is not a heading. What a note is about is most often
 * said there (a synopsis, a summary, a problem statement: the inverted pyramid of technical
 * writing), so its words count again, in their own field, on top of the body's.
 */
export function leadParagraph(body: string, headings: readonly string[]): string {
  const isHeading = new Set(headings.map((h) => h.trim()));
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    const text = paragraph.trim();
    if (text === '' || isHeading.has(text)) continue;
    if (text.length <= leadLength) return text;
    const cut = text.lastIndexOf(' ', leadLength);
    return text.slice(0, cut > 0 ? cut : leadLength);
  }
  return '';
}

/** The text of each field, in `indexFields` order. */
export function fieldTexts(doc: {
  title: string;
  aliases?: string[] | undefined;
  headings: string[];
  body: string;
  tags: string[];
  domains: string[];
  type: string;
}): string[] {
  const title = doc.aliases && doc.aliases.length > 0 ? [doc.title, ...doc.aliases] : [doc.title];
  return [
    title.join('\n'),
    doc.headings.join('\n'),
    doc.body,
    doc.tags.join('\n'),
    doc.domains.join('\n'),
    doc.type,
    leadParagraph(doc.body, doc.headings),
  ];
}

export type FieldSource = Pick<
  SearchDocument,
  'title' | 'aliases' | 'headings' | 'body' | 'tags' | 'domains' | 'type'
>;
