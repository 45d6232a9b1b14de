import { ApiError } from '../../../shared/api/apiError';
import type { NoteRepository } from '../vault/noteRepository';
import { toSearchDocument } from './searchDocument';
import type { SearchSource, SourceEntry } from './searchSource';

/**
 * The notes of a {@link NoteRepository} as the search index reads them. A note's fingerprint is
 * its content version (a hash the repository computes anyway), so a saved index is compared with
 * the vault without reading a single file, and a touched but unchanged file is not re-indexed.
 *
 * `loaded` resolves when the repository has read the vault: the index can open (and answer from
 * its saved state) while the repository is still loading, and compares only afterwards.
 */
export function createRepositorySearchSource(
  repository: NoteRepository,
  loaded: Promise<unknown> = Promise.resolve(),
): SearchSource {
  return {
    async *list(): AsyncGenerator<SourceEntry> {
      await loaded;
      // One synchronous snapshot: no change can slip in between listing and comparing. Most
      // recently updated first: a first build makes those searchable first.
      const entries: (SourceEntry & { updated: string })[] = [];
      for (const summary of repository.list()) {
        const fingerprint = repository.versionOf(summary.path);
        if (fingerprint !== undefined)
          entries.push({ path: summary.path, fingerprint, updated: summary.updated });
      }
      entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
      for (const { path, fingerprint } of entries) yield { path, fingerprint };
    },
    async read(path) {
      try {
        // From disk, the source of truth; an outside edit found on the way is also reported to
        // the repository's subscribers. Not `read`: indexing is not a person opening the note,
        // and must not copy every note of the vault into the history.
        const note = await repository.readForIndex(path);
        if (!note) return null;
        return {
          doc: toSearchDocument({ summary: note, body: note.body, frontMatter: note.frontMatter }),
          fingerprint: note.version,
        };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
  };
}
