import { lunr } from '../../search/lunrPatched';

/** What the edition's search reads of a note: the text a reader sees, not the markdown. */
export interface EditionIndexNote {
  title: string;
  text: string;
  tags: readonly string[];
}

/**
 * lunr's serialised index without its inverted index, which the page rebuilds from the field
 * vectors (editionRuntime.js, `loadIndex`): with no metadata kept (no positions), every posting
 * of the inverted index is exactly one entry of a field vector, so shipping both would say
 * everything twice. Term numbers in a vector are delta-coded.
 */
export interface CompactEditionIndex {
  fields: string[];
  pipeline: string[];
  /** Terms in the order of their `_index`. */
  terms: string[];
  /** `[fieldRef, [termDelta, score, termDelta, score, …]]`, as lunr's `fieldVectors`. */
  vectors: [string, number[]][];
}

/** Lower case without diacritics, so `gestión` is found by `gestion` and the reverse. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const FOLD_LABEL = 'praxisFold';
const foldToken: lunr.PipelineFunction = (token) => token.update(foldForSearch);
if (
  !(lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> })
    .registeredFunctions[FOLD_LABEL]
)
  lunr.Pipeline.registerFunction(foldToken, FOLD_LABEL);

interface SerialisedIndex {
  fields: string[];
  pipeline: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
}

/**
 * Builds the edition's search index with lunr at export time. No stemmer and no stop words: the
 * page searches by prefix while the reader types, in any of the languages notes are written in,
 * and its lunr has no language packs. Document refs are the notes' positions in `notes`.
 */
export function buildEditionIndex(notes: readonly EditionIndexNote[]): CompactEditionIndex {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, foldToken);
  builder.searchPipeline.add(foldToken);
  builder.metadataWhitelist = [];
  builder.ref('ref');
  builder.field('title', { boost: 10 });
  builder.field('tags', { boost: 3 });
  builder.field('text');
  notes.forEach((note, i) =>
    builder.add({ ref: String(i), title: note.title, tags: note.tags.join(' '), text: note.text }),
  );
  const serialised = builder.build().toJSON() as unknown as SerialisedIndex;
  const terms: string[] = [];
  for (const [term, posting] of serialised.invertedIndex) terms[posting._index] = term;
  const vectors = serialised.fieldVectors.map(([ref, cells]): [string, number[]] => {
    const coded: number[] = [];
    let previous = 0;
    for (let i = 0; i < cells.length; i += 2) {
      coded.push(cells[i]! - previous, cells[i + 1]!);
      previous = cells[i]!;
    }
    return [ref, coded];
  });
  return { fields: serialised.fields, pipeline: serialised.pipeline, terms, vectors };
}
