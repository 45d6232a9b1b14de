import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/api/apiError';
import { undoConflictSchema, type RefactorRecord } from '../../../shared/api/refactorMethods';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useDateFormat } from '../../services/useDateFormat';
import { useLiveQuery } from '../../services/useLiveQuery';
import { useToasts } from '../../services/toasts';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { describeUndo, refactorAction, type ReportNaming } from './refactorMessages';
import { useRefactorRunner } from './useRefactorRunner';

/** What a recorded change did, as a name inside a sentence (without the final full stop). */
function changeName(record: RefactorRecord, t: TFunction, naming: ReportNaming): string {
  return refactorAction(record, 'done', t, naming).replace(/[.。]$/, '');
}

/** The change "Undo last vault-wide change" undoes: the newest one that still stands. */
export function lastUndoable(history: readonly RefactorRecord[]): RefactorRecord | null {
  return history.find((record) => record.undoneAt === null) ?? null;
}

/**
 * Edit › "Undo last vault-wide change…" and its palette entry, which names the change ("Undo last
 * vault-wide change: Renamed #budget to #finance"). Undo of a tag, domain, note or folder rename
 * no longer lives only in the toast that announced it. Nothing changes before the user confirms
 * in a dialog that says what will be undone; when there is nothing to undo, or a file it touched
 * was edited since (the core then refuses and changes nothing), the dialog says so. Text undo
 * (Ctrl/Cmd+Z in the editor and fields) is untouched: it stays the editor's.
 */
export function UndoVaultChangeCommand() {
  const { t } = useTranslation('commands');
  const { api } = useApiClient();
  const { naming } = useRefactorRunner();
  const [open, setOpen] = useState(false);
  const history = useLiveQuery('refactor-history', () => api['refactor.history']({}), [
    'refactor.changed',
  ]);
  const last = lastUndoable(history.data ?? []);
  const tDomains = useTranslation('domains').t;
  useCommandHandler(
    'edit.undoVaultChange',
    () => setOpen(true),
    true,
    last === null
      ? undefined
      : t('edit.undoVaultChangeNamed', { what: changeName(last, tDomains, naming) }),
  );
  return open ? <UndoVaultChangeDialog onClose={() => setOpen(false)} /> : null;
}

export function UndoVaultChangeDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const { notify } = useToasts();
  const date = useDateFormat();
  const { saveOpenNote, naming } = useRefactorRunner();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Read afresh when the dialog opens: it must name the change it will undo, not an older one.
  const history = useLiveQuery('refactor-history-dialog', () => api['refactor.history']({}), [
    'refactor.changed',
  ]);
  const last = history.data === null ? undefined : lastUndoable(history.data);

  const undo = async (record: RefactorRecord) => {
    setWorking(true);
    setError(null);
    try {
      await saveOpenNote();
      const report = await api['refactor.undo']({ id: record.id });
      notify({ kind: 'success', message: describeUndo(report, t) });
      onClose();
    } catch (e) {
      const changed =
        e instanceof ApiError && e.code === 'CONFLICT'
          ? undoConflictSchema.safeParse(e.data)
          : null;
      setError(
        changed?.success
          ? t('undoLast.conflict', {
              changes: [...changed.data.paths, ...changed.data.domains].join(', '),
            })
          : e instanceof Error
            ? e.message
            : String(e),
      );
      setWorking(false);
    }
  };

  return (
    <Dialog title={t('undoLast.title')} onClose={onClose}>
      {last === undefined && !history.error && <p role="status">{t('undoLast.loading')}</p>}
      {history.error !== null && last === undefined && (
        <p className="field-error" role="alert">
          {history.error instanceof Error ? history.error.message : String(history.error)}
        </p>
      )}
      {last === null && <p>{t('undoLast.none')}</p>}
      {last && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void undo(last);
          }}
        >
          <p>
            {t('undoLast.question', {
              what: changeName(last, t, naming),
              when: date.relative(last.time),
            })}
          </p>
          <p>
            {last.fileCount === 0
              ? t('undoLast.listOnly')
              : t('undoLast.effect', { count: last.fileCount })}
          </p>
          <FormActions
            error={error}
            cancelLabel={t('undoLast.cancel')}
            onCancel={onClose}
            submitLabel={working ? t('undoLast.working') : t('undoLast.confirm')}
            disabled={working}
          />
        </form>
      )}
      {!last && (
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('undoLast.close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
