import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { errorField, errorText } from './apiErrors';
import { refactorAction, refactorChanges, type ReportNaming } from './refactorMessages';
import { useRefactorRunner } from './useRefactorRunner';

/** The operation a dialog's inputs describe now; `key` changes whenever they do. */
export interface RefactorRequest {
  key: string;
  run(dryRun: boolean): Promise<RefactorReport>;
}

export interface RefactorDialogProps {
  title: string;
  description?: string;
  /** What would be done with the inputs as they are; null while they are incomplete. */
  request: RefactorRequest | null;
  confirmLabel: string;
  /** The action removes something (a domain): the button says so. */
  danger?: boolean;
  /** The inputs, given the error to show on each (`field` as main names it). */
  children(fieldError: (field: string) => string | null): ReactNode;
  onClose(): void;
  /** Done: the dialog's owner closes it; the report is announced with Undo. */
  onDone(report: RefactorReport): void;
}

const PREVIEW_DELAY_MS = 250;
const FILES_SHOWN = 200;

type Preview =
  | { key: string; status: 'ready'; report: RefactorReport }
  | { key: string; status: 'error'; error: unknown };

/**
 * A vault-wide change asked for in a dialog: the inputs, a preview of exactly what would change
 * (main's dry run: every note and how many occurrences, and notes that cannot be changed fully)
 * refreshed as the inputs change, then the change itself, announced with Undo.
 */
export function RefactorDialog({
  title,
  description,
  request,
  confirmLabel,
  danger,
  children,
  onClose,
  onDone,
}: RefactorDialogProps) {
  const { t } = useTranslation('domains');
  const { saveOpenNote, announce, naming } = useRefactorRunner();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // Names as they were when the dialog opened: a merge or delete takes domains out of the list.
  const [namesBefore] = useState(naming);

  const latestRequest = useRef(request);
  useEffect(() => {
    latestRequest.current = request;
  });
  const requestKey = request?.key ?? null;
  useEffect(() => {
    const wanted = latestRequest.current;
    if (wanted === null) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      wanted.run(true).then(
        (report) => !cancelled && setPreview({ key: wanted.key, status: 'ready', report }),
        (error: unknown) => !cancelled && setPreview({ key: wanted.key, status: 'error', error }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [requestKey]);

  const current = request !== null && preview?.key === request.key ? preview : null;
  const shownError = failure ?? (current?.status === 'error' ? current.error : null);
  const fieldOfError = shownError === null ? null : errorField(shownError);
  const fieldError = (field: string) =>
    fieldOfError === field ? errorText(shownError, t('errors.unexpected')) : null;
  const formError =
    shownError !== null && fieldOfError === null
      ? errorText(shownError, t('errors.unexpected'))
      : null;

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (request === null || current?.status !== 'ready' || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await saveOpenNote();
      const report = await request.run(false);
      announce(report, namesBefore);
      onDone(report);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} description={description} onClose={onClose} className="refactor-dialog">
      <form
        onSubmit={(event) => void confirm(event)}
        onChange={() => failure !== null && setFailure(null)}
      >
        {children(fieldError)}
        <div
          className="refactor-preview"
          aria-live="polite"
          aria-busy={request !== null && !current}
        >
          {request === null ? null : current === null ? (
            <p className="field-hint">{t('report.checking')}</p>
          ) : current.status === 'ready' ? (
            <RefactorPreview report={current.report} naming={namesBefore} />
          ) : null}
        </div>
        <FormActions
          error={formError}
          cancelLabel={t('dialog.cancel')}
          onCancel={onClose}
          submitLabel={busy ? t('dialog.working') : confirmLabel}
          disabled={busy || current?.status !== 'ready'}
          danger={danger}
        />
      </form>
    </Dialog>
  );
}

/** What a dry run found: the operation, the count, the notes, and notes it cannot fully change. */
export function RefactorPreview({
  report,
  naming,
}: {
  report: RefactorReport;
  naming: ReportNaming;
}) {
  const { t } = useTranslation('domains');
  const listId = useId();
  const shown = report.files.slice(0, FILES_SHOWN);
  return (
    <div className="refactor-report">
      <p className="refactor-summary">
        <strong>{refactorAction(report, 'preview', t, naming)}</strong>{' '}
        {refactorChanges(report, 'preview', t)}
      </p>
      {report.files.length > 0 && (
        <details className="refactor-files">
          <summary>{t('report.showNotes', { count: report.files.length })}</summary>
          <ul id={listId} className="refactor-file-list">
            {shown.map((file) => (
              <li key={file.path}>
                <span className="refactor-file-path">{file.path}</span>
                <span className="refactor-file-count">
                  {t('report.occurrencesShort', { count: file.occurrences })}
                </span>
              </li>
            ))}
            {report.files.length > shown.length && (
              <li className="field-hint">
                {t('report.moreNotes', { count: report.files.length - shown.length })}
              </li>
            )}
          </ul>
        </details>
      )}
      {report.notUtf8.length > 0 && (
        <div className="refactor-skipped" role="note">
          <p>{t('report.notUtf8', { count: report.notUtf8.length })}</p>
          <ul>
            {report.notUtf8.slice(0, FILES_SHOWN).map((path) => (
              <li key={path}>
                <span className="refactor-file-path">{path}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.skipped.length > 0 && (
        <div className="refactor-skipped" role="note">
          <p>{t('report.skipped', { count: report.skipped.length })}</p>
          <ul>
            {report.skipped.slice(0, FILES_SHOWN).map((entry) => (
              <li key={entry.path}>
                <span className="refactor-file-path">{entry.path}</span> — {entry.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
