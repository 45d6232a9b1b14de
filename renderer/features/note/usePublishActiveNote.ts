import { useEffect } from 'react';
import { useActiveNoteStore, type ActiveNote } from '../../state/activeNote';
import type { NoteSession } from './noteSession';

/**
 * Publishes the open note as the window's active note (for the panels, the status bar and
 * commands), and withdraws it when the note closes unless another has taken its place.
 */
export function usePublishActiveNote(session: NoteSession, active: ActiveNote): void {
  const activeNoteStore = useActiveNoteStore();
  useEffect(() => {
    activeNoteStore.set(active);
  }, [activeNoteStore, active]);
  useEffect(
    () => () => {
      if (activeNoteStore.getSnapshot()?.path === session.path) activeNoteStore.set(null);
    },
    [activeNoteStore, session],
  );
}
