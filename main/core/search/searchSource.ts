import type { NoteInput, SearchDocument } from './searchDocument';

/** A note ready to index, with its fingerprint. */
export interface SourceDocument {
  doc: SearchDocument;
  fingerprint: string;
}

/** A note as its reader parsed it, with its fingerprint: the search worker makes its document. */
export interface SourceNote {
  note: NoteInput;
  fingerprint: string;
}

/** One note as the index sees it before reading it: where it is and what version it is. */
export interface SourceEntry {
  path: string;
  /**
   * Changes whenever the note's content may have changed, e.g. `${mtimeMs}:${size}` or a content
   * hash. The index stores it and re-reads only notes whose fingerprint differs.
   */
  fingerprint: string;
}

/**
 * Where the search service gets notes from: the note repository in the app, a folder walk in the
 * CLI and the benchmark. Both methods are called from the thread that opened the service.
 */
export interface SearchSource {
  /** Every note in the vault. */
  list(): AsyncIterable<SourceEntry> | Iterable<SourceEntry>;
  /** The note at `path` ready to index, or null if it is gone or unreadable. */
  read(path: string): Promise<SourceDocument | null>;
  /**
   * The notes someone else is reading anyway (the vault's load), handed over as they are read,
   * in batches, ending when that reading ends (as parsed: the search worker, not the thread that
   * reads them, turns them into documents): a first build takes them in instead of reading
   * each note a second time, and reads only what they lack (see SearchService). Called once by
   * the service, with `wanted` false when it has a saved index and needs none of them (the
   * source then stops keeping any). Optional; null: nothing to hand over.
   */
  loadedNotes?(wanted: boolean): AsyncIterable<SourceNote[]> | null;
}
