import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import type { RenameReport } from '../../../shared/api/notesMethods';
import { countRewrites, renamedFileName } from './renameNote';

/**
 * Confirms a rename (as its dry run reported it) that rewrites links elsewhere, or gives the file
 * another name than the title.
 */
export function RenameDialog({
  from,
  report,
  onConfirm,
  onCancel,
}: {
  from: string;
  report: RenameReport;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('notes');
  const { links, notes } = countRewrites(report);
  return (
    <Dialog title={t('title.confirmTitle')} onClose={onCancel}>
      <p>{t('title.confirmBody', { from, to: report.title })}</p>
      {links > 0 && (
        <p className="rename-links">
          {t('title.linksToUpdate', {
            links: t('title.linkCount', { count: links }),
            notes: t('title.noteCount', { count: notes }),
          })}
        </p>
      )}
      {report.headingUpdated && <p className="field-hint">{t('title.headingNote')}</p>}
      {report.notUtf8.length > 0 && (
        <p className="field-hint">{t('title.notUtf8', { count: report.notUtf8.length })}</p>
      )}
      {report.sanitized && (
        <p className="field-hint">
          {t('title.fileNameNote', { fileName: renamedFileName(report) })}
        </p>
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
