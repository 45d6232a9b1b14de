import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useApiClient } from '../../api/ApiContext';
import type { DiskCheck, NoteSession } from './noteSession';

/**
 * Tells the session when its file changes on disk (`notes.changed`), except while a move or
 * delete started here is under way (`busyWithFile`); `onChecked` hears what the session made of
 * it (unchanged, reloaded, or now in conflict).
 */
export function useOutsideChanges(
  session: NoteSession,
  busyWithFile: RefObject<boolean>,
  onChecked: (result: DiskCheck) => void,
): void {
  const client = useApiClient();
  const onCheckedRef = useRef(onChecked);
  useLayoutEffect(() => {
    onCheckedRef.current = onChecked;
  }, [onChecked]);
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'notes.changed' || event.payload.path !== session.path) return;
        if (busyWithFile.current) return;
        session.diskChanged(event.payload.version).then(
          (result) => onCheckedRef.current(result),
          () => undefined,
        );
      }),
    [client, session, busyWithFile],
  );
}
