import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiContext';
import { useDateFormat } from '../../services/useDateFormat';
import { useLiveQuery } from '../../services/useLiveQuery';
import { refactorAction } from './refactorMessages';
import { useRefactorRunner } from './useRefactorRunner';

const SHOWN = 10;

/**
 * The vault-wide changes made lately (tag and domain renames, merges, deletions), newest first,
 * each with Undo while it stands — undo stays possible after the message that announced it is
 * gone, as long as the files it touched were not edited since.
 */
export function RefactorHistory() {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const date = useDateFormat();
  const { undo, naming } = useRefactorRunner();
  const [busy, setBusy] = useState<string | null>(null);
  const history = useLiveQuery('history', () => api['refactor.history']({}), ['refactor.changed']);
  const records = (history.data ?? []).slice(0, SHOWN);
  if (records.length === 0) return null;

  return (
    <section className="domain-section" aria-labelledby="refactor-history-title">
      <h2 id="refactor-history-title" className="section-title">
        {t('history.title')}
      </h2>
      <p className="section-hint">{t('history.hint')}</p>
      <ul className="history-list">
        {records.map((record) => (
          <li key={record.id} className={record.undoneAt ? 'is-undone' : undefined}>
            <span className="history-text">
              {refactorAction(record, 'done', t, naming)}{' '}
              <span className="history-meta">
                {t('history.meta', {
                  notes: t('report.notes', { count: record.fileCount }),
                  when: date.relative(record.time),
                })}
              </span>
            </span>
            {record.undoneAt ? (
              <span className="history-undone">{t('history.undone')}</span>
            ) : (
              <button
                type="button"
                className="button button-small"
                disabled={busy !== null}
                aria-label={t('history.undoNamed', {
                  what: refactorAction(record, 'done', t, naming),
                })}
                onClick={() => {
                  setBusy(record.id);
                  void undo(record.id).finally(() => {
                    setBusy(null);
                    history.reload();
                  });
                }}
              >
                {t('report.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
