import { useCallback, useEffect, useState } from 'react';
import type { JournalEntrySummary } from '../../../shared/api/journalMethods';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { dateOfJournalPath } from '../../../shared/journal/journalPaths';
import { useApiClient } from '../../api/ApiContext';
import { useVaultChanges } from '../../services/useVaultChanges';

/** The days from `from` to `to` that have entries (a calendar's marks), kept current. */
export function useJournalDays(
  from: IsoDate,
  to: IsoDate,
): ReadonlyMap<IsoDate, readonly JournalEntrySummary[]> {
  const { api } = useApiClient();
  const [days, setDays] = useState<ReadonlyMap<IsoDate, readonly JournalEntrySummary[]>>(
    () => new Map(),
  );
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api['journal.days']({ from, to }).then(
      ({ days }) => {
        if (current) setDays(new Map(days.map((d) => [d.date, d.entries])));
      },
      // A calendar without marks still opens and creates days; nothing to tell the user.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, from, to, version]);

  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  useVaultChanges(refresh, (path) => dateOfJournalPath(path) !== null);
  // Marks of the month shown before stay until the new month's arrive (no flicker when paging).
  return days;
}
