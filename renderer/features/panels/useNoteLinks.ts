import { useEffect, useState } from 'react';
import { useApiClient } from '../../api/ApiContext';
import type { NoteLinks } from '../../services/extensionPoints';

const LOADING: NoteLinks = { status: 'loading', backlinks: [], outgoing: [] };
/** Autosave and outside edits come in bursts; one reload after the burst is enough. */
const RELOAD_DELAY_MS = 300;

/**
 * Backlinks and outgoing links of the note at `path`, reloaded when a change says they read
 * differently (`linksChanged`: a new link elsewhere is a new backlink here); typing that changes
 * no link reloads nothing.
 */
export function useNoteLinks(path: string | null): NoteLinks {
  const { api, onEvent } = useApiClient();
  const [links, setLinks] = useState<{ path: string | null; value: NoteLinks }>({
    path: null,
    value: LOADING,
  });

  useEffect(() => {
    if (!path) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = async () => {
      try {
        const [backlinks, outgoing] = await Promise.all([
          api['links.backlinks']({ path }),
          api['links.outgoing']({ path }),
        ]);
        if (live) setLinks({ path, value: { status: 'ready', backlinks, outgoing } });
      } catch {
        // NOT_FOUND while a note is being renamed or deleted: nothing to show for it.
        if (live) setLinks({ path, value: { status: 'error', backlinks: [], outgoing: [] } });
      }
    };
    void load();
    const stop = onEvent((event) => {
      // A note read after this one opened may link to it: the end of the load reloads too.
      const changed =
        event.type === 'vault.loaded' ||
        (event.type === 'notes.changed' && event.payload.linksChanged.includes(path));
      if (!changed) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(), RELOAD_DELAY_MS);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [api, onEvent, path]);

  // Until the new note's links arrive, show nothing rather than the previous note's.
  return links.path === path ? links.value : LOADING;
}
