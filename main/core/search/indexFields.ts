/**
 * The fields every note is indexed under, in the order the index stores them, and how each one
 * weighs in ranking. Changing this list or a boost changes scores, not the persisted format;
 * changing the order or the count needs a new `indexFormatVersion`.
 */
import type { SearchDocument } from './searchDocument';

export const indexFields = ['title', 'headings', 'body', 'tags', 'domains', 'type'] as const;
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
};

export const fieldIndex: Readonly<Record<IndexField, number>> = {
  title: 0,
  headings: 1,
  body: 2,
  tags: 3,
  domains: 4,
  type: 5,
};

/** Fields a query word searches when it names none (`title:` etc. narrow it). */
export const allFields: readonly number[] = indexFields.map((_, i) => i);

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
  ];
}

export type FieldSource = Pick<
  SearchDocument,
  'title' | 'aliases' | 'headings' | 'body' | 'tags' | 'domains' | 'type'
>;
