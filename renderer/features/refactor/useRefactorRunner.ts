import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { useApiClient } from '../../api/ApiContext';
import { useToasts } from '../../services/toasts';
import { useActiveNoteStore } from '../../state/activeNote';
import { findDomain, useDomainDirectory } from '../../services/domainDirectory';
import { describeRefactor, describeUndo, type ReportNaming } from './refactorMessages';

/** How reports name things now: domain names from the list, lists in the UI language. */
export function useReportNaming(): ReportNaming {
  const { i18n } = useTranslation();
  const directory = useDomainDirectory();
  return useMemo(
    () => ({
      language: i18n.language,
      domainName: (slug: string) => findDomain(directory, slug)?.name ?? slug,
    }),
    [directory, i18n.language],
  );
}

/**
 * What every vault-wide change (tag or domain rename, merge, delete) does around the call: save
 * the open note first (the change must see its latest text, and must not collide with an
 * autosave), then say what was done, with Undo.
 */
export function useRefactorRunner() {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const { notify, notifyError } = useToasts();
  const activeNotes = useActiveNoteStore();
  const naming = useReportNaming();

  const saveOpenNote = useCallback(async () => {
    // A note that cannot be saved now keeps its text in the editor; the change then reports a
    // conflict for that note (and changes nothing) rather than overwriting it.
    await activeNotes
      .getSnapshot()
      ?.flush()
      .catch(() => undefined);
  }, [activeNotes]);

  const undo = useCallback(
    async (id: string) => {
      try {
        await saveOpenNote();
        const report = await api['refactor.undo']({ id });
        notify({ kind: 'success', message: describeUndo(report, t) });
      } catch (error) {
        notifyError(error);
      }
    },
    [api, notify, notifyError, saveOpenNote, t],
  );

  /**
   * Shows what `report` did, with Undo. `names` is how domains were named before the change (a
   * merge takes its sources out of the list).
   */
  const announce = useCallback(
    (report: RefactorReport, names: ReportNaming = naming) => {
      const id = report.id;
      notify({
        kind: 'success',
        message: describeRefactor(report, t, names),
        ...(id !== null && { action: { label: t('report.undo'), run: () => void undo(id) } }),
      });
    },
    [naming, notify, t, undo],
  );

  return { saveOpenNote, announce, undo, naming };
}
