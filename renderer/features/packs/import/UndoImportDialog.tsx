import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../../../../shared/api/apiError';
import type { ImportRecord } from '../../../../shared/api/packsMethods';
import { useApiClient } from '../../../api/ApiContext';
import { useDateFormat } from '../../../services/useDateFormat';
import { useToasts } from '../../../services/toasts';
import { Dialog } from '../../../ui/Dialog';
import './packImport.css';

/** What packs.undoImport's CONFLICT carries: the files edited since the import. */
const editedSinceSchema = z.object({ paths: z.array(z.string()) });
/** Imports listed under the question (the newest). */
const SHOWN_IMPORTS = 8;

/**
 * "Undo the last import": which import that is, what undoing it does, and the imports recorded
 * in this vault; nothing changes until the user confirms. When a file it wrote was edited since,
 * the core refuses and changes nothing, and the dialog names the files.
 */
export function UndoImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('packs');
  const { api } = useApiClient();
  const { notify } = useToasts();
  const dates = useDateFormat();
  const historyHeading = useId();
  const [imports, setImports] = useState<ImportRecord[] | null>(null);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api['packs.imports']({})
      .then((records) => live && setImports(records))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [api]);

  const last = imports?.find((r) => r.undoneAt === null) ?? null;

  const undo = async () => {
    setWorking(true);
    setError(null);
    try {
      const record = await api['packs.undoImport']({});
      notify({
        kind: 'success',
        message: t('undo.done', { title: record.title, version: record.version }),
      });
      onClose();
    } catch (e) {
      const edited =
        e instanceof ApiError && e.code === 'CONFLICT' ? editedSinceSchema.safeParse(e.data) : null;
      setError(
        [
          e instanceof Error ? e.message : String(e),
          edited?.success ? t('undo.editedSince', { paths: edited.data.paths.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      setWorking(false);
    }
  };

  return (
    <Dialog title={t('undo.title')} onClose={onClose} className="pack-import-dialog">
      {imports === null && !error && <p role="status">{t('undo.loading')}</p>}
      {imports !== null && !last && <p>{t('undo.none')}</p>}
      {last && (
        <>
          <p>
            {t('undo.question', {
              title: last.title,
              version: last.version,
              department: last.publisher.department,
              date: dates.dateTime(last.importedAt),
            })}
          </p>
          <p>{t('undo.files', { count: last.written.length })}</p>
        </>
      )}
      {imports && imports.length > 0 && (
        <section aria-labelledby={historyHeading}>
          <h3 id={historyHeading} className="pack-import-heading">
            {t('undo.historyHeading')}
          </h3>
          <ul className="pack-import-history">
            {imports.slice(0, SHOWN_IMPORTS).map((r) => (
              <li key={r.id}>
                {t('undo.historyItem', {
                  title: r.title,
                  version: r.version,
                  department: r.publisher.department,
                  date: dates.dateTime(r.importedAt),
                })}
                {r.undoneAt && (
                  <span className="plan-note-path">
                    {' '}
                    ({t('undo.undoneOn', { date: dates.dateTime(r.undoneAt) })})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {last ? t('undo.cancel') : t('undo.close')}
        </button>
        {last && (
          <button
            type="button"
            className="button button-danger-solid"
            disabled={working}
            onClick={() => void undo()}
          >
            {working ? t('undo.working') : t('undo.confirm')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
