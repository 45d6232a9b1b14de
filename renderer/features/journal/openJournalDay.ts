import { useCallback } from 'react';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { useActiveNoteStore, type ActiveNote, type ActiveNoteStore } from '../../state/activeNote';
import { entryCaret } from './entryCaret';
import { useJournalCalendar } from './journalLocale';

/** How long to wait for an opened note to reach the editor before giving up on the cursor. */
const OPEN_TIMEOUT_MS = 10_000;

/**
 * The active note once the note at `path` is open in the editor (at once if it is), or null if
 * it does not open in time (it failed to load, or the user went elsewhere).
 */
export function whenNoteActive(
  store: ActiveNoteStore,
  path: string,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<ActiveNote | null> {
  const now = store.getSnapshot();
  if (now?.path === path) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (note: ActiveNote | null) => {
      clearTimeout(timer);
      stop();
      resolve(note);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    const stop = store.subscribe(() => {
      const active = store.getSnapshot();
      if (active?.path === path) done(active);
    });
  });
}

/**
 * Opens the journal entry of a day, creating it from the journal template if there is none, with
 * the cursor where writing starts (the first empty prompt). The day is the person's: dates come
 * from `useJournalCalendar` (their time zone), and a new entry's headings are in their language.
 */
export function useOpenJournalDay(): (date: IsoDate) => Promise<void> {
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const { notifyError } = useToasts();
  const activeNotes = useActiveNoteStore();
  const { locale } = useJournalCalendar();
  return useCallback(
    async (date: IsoDate) => {
      try {
        const { note } = await api['journal.openDay']({ date, locale });
        navigate({ view: 'note', path: note.path });
        const active = await whenNoteActive(activeNotes, note.path);
        active?.focusAt(entryCaret(active.getText()));
      } catch (error) {
        notifyError(error);
      }
    },
    [api, navigate, notifyError, activeNotes, locale],
  );
}
