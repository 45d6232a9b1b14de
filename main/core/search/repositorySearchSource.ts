import { ApiError } from '../../../shared/api/apiError';
import type { NoteRepository, VaultChange } from '../vault/noteRepository';
import { toSearchDocument } from './searchDocument';
import type { SearchSource, SourceEntry, SourceNote } from './searchSource';

/**
 * Text the load's hand-over keeps for a build that has not taken it yet, at most (characters of
 * note bodies). Beyond it notes are not kept (the build reads them from disk afterwards), so
 * memory stays bounded when the build is slower than the load, as it is: on the 52k tldr vault
 * the build took in about a third of the notes by the end of the load, and with 8 M characters
 * 32,528 notes were read again; 32 M (the text of about 50,000 short notes) reads none there.
 */
const maxHandOverChars = 32_000_000;

export interface RepositorySearchSourceOptions {
  /**
   * Hand the notes the load reads to a first build (default true); false: a first build reads
   * every note again from disk once the load is over (the way before; tests and the benchmark
   * compare both).
   */
  handOver?: boolean;
}

/**
 * The notes of a {@link NoteRepository} as the search index reads them. A note's fingerprint is
 * its content version (a hash the repository computes anyway), so a saved index is compared with
 * the vault without reading a single file, and a touched but unchanged file is not re-indexed.
 *
 * `loaded` resolves when the repository has read the vault: the index can open (and answer from
 * its saved state) while the repository is still loading, and compares only afterwards. With no
 * saved index, the notes the load reads are handed to the build as they come (`loadedNotes`), so
 * a cold start reads each note once.
 */
export function createRepositorySearchSource(
  repository: NoteRepository,
  loaded: Promise<unknown> = Promise.resolve(),
  options: RepositorySearchSourceOptions = {},
): SearchSource {
  const handOver = options.handOver === false ? null : loadHandOver(repository, loaded);
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
    loadedNotes: (wanted) => handOver?.take(wanted) ?? null,
  };
}

/**
 * The notes the repository's load reads from disk (not those it takes from its cache, whose text
 * it mostly has not got), kept until a build takes them. What the repository records is what is
 * handed over: a note the load read but Praxis or another program changed meanwhile is dropped by
 * the repository, and one changed live after it was handed over is upserted live, which wins over
 * the build (SearchEngine.finishBuild); the build compares everything with the repository's
 * versions at the end anyway (SearchService, settleBuild).
 */
function loadHandOver(repository: NoteRepository, loaded: Promise<unknown>) {
  let queue: SourceNote[] = [];
  let queuedChars = 0;
  let wanted: boolean | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const follow = (change: VaultChange) => {
    if (change.origin === 'load') {
      if (change.kind !== 'note-set' || change.fromCache || wanted === false) return;
      if (queuedChars >= maxHandOverChars) return;
      const { summary, body, frontMatter, version } = change.note;
      queue.push({ note: { summary, body, frontMatter }, fingerprint: version });
      queuedChars += body.length;
      notify();
      return;
    }
    if (change.kind !== 'note-set' && change.kind !== 'note-removed') return;
    // Changed live: that change is indexed as it happens; what the load read of it is older.
    const path = change.kind === 'note-set' ? change.note.summary.path : change.path;
    if (queue.some(({ note }) => note.summary.path === path))
      queue = queue.filter(({ note }) => note.summary.path !== path);
  };
  const unsubscribe = repository.subscribe(follow);
  const end = () => {
    ended = true;
    unsubscribe();
    notify();
  };
  loaded.then(end, end);
  return {
    take(want: boolean): AsyncIterable<SourceNote[]> | null {
      wanted = want;
      if (!want) {
        queue = [];
        queuedChars = 0;
        unsubscribe();
        return null;
      }
      return (async function* () {
        for (;;) {
          if (queue.length > 0) {
            const batch = queue;
            queue = [];
            queuedChars = 0;
            yield batch;
          } else if (ended) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      })();
    },
  };
}
