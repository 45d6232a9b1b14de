import type { SearchDocument } from './searchDocument';

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
  read(path: string): Promise<{ doc: SearchDocument; fingerprint: string } | null>;
}
