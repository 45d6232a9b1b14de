import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

/** Confirms moving the open note to the trash. */
export function DeleteNoteDialog({
  title,
  onDelete,
  onClose,
}: {
  title: string;
  onDelete(): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation('notes');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={t('delete.title')} onClose={onClose}>
      <p>{t('delete.body', { title })}</p>
      {error && (
        <p className="field-error" role="alert">
          {t('delete.failed', { message: error })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('delete.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-autofocus
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            onDelete().catch((failure: unknown) => {
              setError(failure instanceof Error ? failure.message : String(failure));
              setBusy(false);
            });
          }}
        >
          {t('delete.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
