import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useApiClient } from '../../api/ApiContext';
import { extractHeadings } from '../../services/markdownHeadings';
import { useVault, useVaultStore } from '../../state/VaultContext';
import { plannedNoteTargets, resolverFor, vaultTags } from '../../state/vaultLookups';
import type { EditorContext } from '../editor/editorContext';
import type { NoteEditor } from '../editor/noteEditor';
import type { NoteSession } from './noteSession';

/**
 * The editor's view of the vault for the open note (notes, tags, links to complete and check),
 * read from the latest vault snapshot whenever the editor asks; the editor re-checks its links
 * when the vault changes. `resolver()` resolves links against that same snapshot.
 */
export function useNoteEditorContext(
  session: NoteSession,
  editorRef: RefObject<NoteEditor | null>,
) {
  const { api } = useApiClient();
  const vault = useVault();
  const vaultStore = useVaultStore();
  const vaultRef = useRef(vault);
  useLayoutEffect(() => {
    vaultRef.current = vault;
  }, [vault]);
  const resolver = useCallback(() => resolverFor(vaultStore, vaultRef.current), [vaultStore]);
  const unresolvedCache = useRef<{ snapshot: object; targets: Promise<string[]> } | null>(null);
  const context = useMemo<EditorContext>(
    () => ({
      path: () => session.path,
      notes: () => vaultRef.current.notes,
      resolver,
      tags: () => vaultTags(vaultRef.current.notes),
      unresolvedTargets: () => {
        const snapshot = vaultRef.current;
        if (unresolvedCache.current?.snapshot !== snapshot) {
          unresolvedCache.current = {
            snapshot,
            targets: api['links.unresolved']({}).then(
              (links) => plannedNoteTargets(links.map((l) => l.target)),
              () => [],
            ),
          };
        }
        return unresolvedCache.current.targets;
      },
      headingsOf: async (target) => {
        if (target === session.path) return extractHeadings(editorRef.current?.getText() ?? '');
        try {
          return extractHeadings((await api['notes.read']({ path: target })).body);
        } catch {
          return [];
        }
      },
    }),
    [session, api, resolver, editorRef],
  );
  useEffect(() => {
    editorRef.current?.refreshLinks();
  }, [vault, editorRef]);

  return { context, resolver };
}
