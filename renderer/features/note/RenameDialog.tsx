import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { countRewrites, type RenamePlan } from './renameNote';

/** Confirms a rename that rewrites links elsewhere, or gives the file another name than the title. */
export function RenameDialog({
  from,
  plan,
  onConfirm,
  onCancel,
}: {
  from: string;
  plan: RenamePlan;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('notes');
  const { links, notes } = countRewrites(plan);
  return (
    <Dialog title={t('title.confirmTitle')} onClose={onCancel}>
      <p>{t('title.confirmBody', { from, to: plan.title })}</p>
      {links > 0 && (
        <p className="rename-links">
          {t('title.linksToUpdate', {
            links: t('title.linkCount', { count: links }),
            notes: t('title.noteCount', { count: notes }),
          })}
        </p>
      )}
      {plan.notUtf8.length > 0 && (
        <p className="field-hint">{t('title.notUtf8', { count: plan.notUtf8.length })}</p>
      )}
      {plan.sanitized && (
        <p className="field-hint">{t('title.fileNameNote', { fileName: plan.fileName })}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('title.cancel')}
        </button>
        <button type="button" className="button button-primary" data-autofocus onClick={onConfirm}>
          {t('title.rename')}
        </button>
      </div>
    </Dialog>
  );
}
