import type { ApiHandlers } from '../../../shared/api/contract';
import type { historyMethods } from '../../../shared/api/historyMethods';
import { splitFrontMatter } from '../vault/frontMatter';
import { parseNotePath } from '../vault/vaultPaths';
import { NoteHistory } from '../history/noteHistory';
import type { CoreServices } from '../coreServices';

export function createHistoryHandlers({
  repository,
  history,
}: CoreServices): Pick<ApiHandlers, keyof typeof historyMethods> {
  /** The note's id if it is in the vault; null for a deleted note (found by its last path). */
  const noteIdOf = (rel: string) => (repository.has(rel) ? repository.summary(rel)!.id : null);
  return {
    'history.list': async ({ path }) => {
      const rel = parseNotePath(path);
      return { path: rel, ...(await history.list(rel, noteIdOf(rel))) };
    },
    'history.read': async ({ path, id }) => {
      const rel = parseNotePath(path);
      const { version, bytes } = await history.read(rel, noteIdOf(rel), id);
      const { text, encoding } = NoteHistory.decode(bytes);
      return { ...version, text, body: splitFrontMatter(text).body, encoding };
    },
    'history.restore': async ({ path, id }) => {
      const rel = parseNotePath(path);
      const { bytes } = await history.read(rel, noteIdOf(rel), id);
      // A normal save of the old bytes: the text it replaces is kept (cause `restore`), and a
      // change another program makes meanwhile is never overwritten (CONFLICT).
      const current = repository.has(rel) ? await repository.readRaw(rel) : null;
      await repository.apply(
        [{ kind: 'write', path: rel, content: bytes, expectedVersion: current?.version ?? null }],
        { kind: 'restore' },
      );
      return repository.read(rel);
    },
  };
}
