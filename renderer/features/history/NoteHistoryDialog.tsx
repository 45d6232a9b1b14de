import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryCause, HistoryVersion } from '../../../shared/api/historyMethods';
import { useApiClient } from '../../api/ApiContext';
import { useDateFormat } from '../../services/useDateFormat';
import { Dialog } from '../../ui/Dialog';
import { sideBySideRows } from '../note/conflict/lineDiff';
import { SideBySideDiff } from '../note/conflict/SideBySideDiff';
import './history.css';

export interface NoteHistoryDialogProps {
  /** The note's path (for a deleted note, the path it had). */
  path: string;
  title: string;
  /** The note's body now (without front matter), to diff against ('' for a deleted note). */
  currentText: string;
  /** Makes version `id` the note's text again; rejects with a message on failure. */
  onRestore(id: string): Promise<void>;
  onClose(): void;
}

type Selected =
  | { version: HistoryVersion; text: string; body: string }
  | { version: HistoryVersion; error: string };

/**
 * The History of a note: its earlier versions, newest first, each with when and why it was kept.
 * Choosing one shows what differs from the text now (the conflict view's side-by-side diff) and
 * its whole text; Restore makes it the note's text again, as a save the history keeps in turn.
 */
export function NoteHistoryDialog({
  path,
  title,
  currentText,
  onRestore,
  onClose,
}: NoteHistoryDialogProps) {
  const { t } = useTranslation('notes');
  const { api } = useApiClient();
  const date = useDateFormat();
  const listId = useId();
  const [versions, setVersions] = useState<HistoryVersion[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api['history.list']({ path }).then(
      (listing) => {
        if (!live) return;
        setVersions(listing.versions);
        setProblems(listing.problems);
      },
      (error: unknown) => live && setLoadError(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [api, path]);

  const choose = (version: HistoryVersion) => {
    setRestoreError(null);
    api['history.read']({ path, id: version.id }).then(
      (read) => setSelected({ version, text: read.text, body: read.body }),
      (error: unknown) => setSelected({ version, error: messageOf(error) }),
    );
  };

  const rows = useMemo(
    () => (selected && 'text' in selected ? sideBySideRows(selected.body, currentText) : []),
    [selected, currentText],
  );

  const restore = () => {
    if (!selected) return;
    setBusy(true);
    setRestoreError(null);
    onRestore(selected.version.id).catch((error: unknown) => {
      setRestoreError(messageOf(error));
      setBusy(false);
    });
  };

  const causeText = (cause: HistoryCause) =>
    cause.kind === 'import'
      ? t('history.cause.import', { pack: cause.pack })
      : t(`history.cause.${cause.kind}`);

  return (
    <Dialog title={t('history.title', { title })} onClose={onClose} className="history-dialog">
      {loadError && (
        <p className="field-error" role="alert">
          {t('history.loadFailed', { message: loadError })}
        </p>
      )}
      {problems.length > 0 && (
        <p className="field-hint" role="status">
          {t('history.damaged', { count: problems.length })}
        </p>
      )}
      {versions === null && !loadError && <p role="status">{t('history.loading')}</p>}
      {versions?.length === 0 && <p>{t('history.none')}</p>}
      {versions && versions.length > 0 && (
        <div className="history-body">
          <ul className="history-list" id={listId} aria-label={t('history.versions')}>
            {versions.map((version) => (
              <li key={version.id}>
                <button
                  type="button"
                  className="history-version"
                  aria-pressed={selected?.version.id === version.id}
                  onClick={() => choose(version)}
                >
                  <span className="history-version-when">{date.relative(version.time)}</span>
                  <span className="history-version-meta">
                    <time dateTime={version.time}>{date.dateTime(version.time)}</time>
                    {' · '}
                    {causeText(version.cause)}
                    {version.path !== path && ` · ${t('history.wasAt', { path: version.path })}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="history-preview" aria-live="polite">
            {!selected && <p className="field-hint">{t('history.choose')}</p>}
            {selected && 'error' in selected && (
              <p className="field-error" role="alert">
                {t('history.readFailed', { message: selected.error })}
              </p>
            )}
            {selected && 'text' in selected && (
              <>
                <h3 className="history-preview-title">
                  {t('history.versionOf', {
                    when: date.dateTime(selected.version.time),
                    cause: causeText(selected.version.cause),
                  })}
                </h3>
                {selected.body === currentText ? (
                  <p>{t('history.sameAsNow')}</p>
                ) : (
                  <SideBySideDiff
                    rows={rows}
                    labels={{
                      diff: t('history.diffLabel'),
                      left: t('history.thisVersion'),
                      right: t('history.now'),
                      leftOnly: t('history.lineOnlyThen'),
                      rightOnly: t('history.lineOnlyNow'),
                    }}
                  />
                )}
                <details className="history-text">
                  <summary>{t('history.wholeText')}</summary>
                  <pre tabIndex={0} aria-label={t('history.wholeText')}>
                    {selected.text}
                  </pre>
                </details>
              </>
            )}
          </div>
        </div>
      )}
      {restoreError && (
        <p className="field-error" role="alert">
          {t('history.restoreFailed', { message: restoreError })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('history.close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !selected || !('text' in selected)}
          onClick={restore}
        >
          {t('history.restore')}
        </button>
      </div>
    </Dialog>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
