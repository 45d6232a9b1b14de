import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../../shared/api/packsMethods';
import { PackListRow } from '../PackListRow';
import { formatBytes } from './exportWizardModel';

export interface ExportPreviewPanelProps {
  preview: ExportPreview | null;
  /** A preview is being computed for the latest criteria. */
  pending: boolean;
  error: string | null;
  /** Pick notes by hand (a linked note left out, a private note). */
  onPick(paths: string[]): void;
}

/**
 * What the pack would hold for the criteria chosen: its notes, attachments and size, the links
 * that will break (linked notes left out, each with an offer to add it) and the notes left out
 * on purpose (journal entries and private notes, unless picked by hand; templates).
 */
export function ExportPreviewPanel({ preview, pending, error, onPick }: ExportPreviewPanelProps) {
  const { t, i18n } = useTranslation('packs');
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const brokenTargets = preview ? [...new Set(preview.brokenLinks.map((l) => l.to))] : [];
  const privateLeftOut = preview?.leftOut.filter((n) => n.reason === 'private') ?? [];
  const otherLeftOut = preview?.leftOut.filter((n) => n.reason !== 'private') ?? [];

  return (
    <section className="pack-preview" aria-labelledby="pack-preview-title" aria-busy={pending}>
      <h3 id="pack-preview-title" className="pack-section-title">
        {t('export.preview.title')}
      </h3>
      <p className="pack-summary" role="status">
        {error
          ? error
          : preview === null
            ? pending
              ? t('export.preview.loading')
              : t('export.preview.empty')
            : t('export.preview.summary', {
                notes: preview.notes.length,
                count: preview.notes.length,
                attachments: preview.attachments.length,
                size: size(preview.totalBytes),
              })}
      </p>
      <p className="field-hint">{t('export.preview.privateRule')}</p>
      {preview && preview.notes.length > 0 && (
        <ul className="pack-list" aria-label={t('export.preview.notesList')}>
          {preview.notes.map((note) => (
            <li key={note.path} className="pack-list-item">
              <span className="pack-item-title">{note.title}</span>
              <span className="pack-item-detail">
                {note.path} · {size(note.size)}
                {note.private && ` · ${t('export.preview.private')}`}
                {note.via === 'linked' && ` · ${t('export.preview.viaLink')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {preview && preview.attachments.length > 0 && (
        <>
          <h4 className="pack-subtitle">
            {t('export.preview.attachments', { count: preview.attachments.length })}
          </h4>
          <ul className="pack-list" aria-label={t('export.preview.attachmentsList')}>
            {preview.attachments.map((file) => (
              <li key={file.path} className="pack-list-item">
                <span className="pack-item-title">{file.path}</span>
                <span className="pack-item-detail">{size(file.size)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview && preview.brokenLinks.length > 0 && (
        <>
          <h4 className="pack-subtitle" id="pack-broken-title">
            {t('export.broken.title', { count: preview.brokenLinks.length })}
          </h4>
          <p className="field-hint">{t('export.broken.hint')}</p>
          <ul className="pack-list" aria-labelledby="pack-broken-title">
            {preview.brokenLinks.map((link) => (
              <PackListRow
                key={`${link.from}\n${link.to}`}
                title={t('export.broken.link', { from: link.from, title: link.title })}
                detail={link.private ? t('export.broken.private') : undefined}
                action={{
                  label: t('export.broken.add'),
                  name: t('export.broken.addOne', { title: link.title }),
                  run: () => onPick([link.to]),
                }}
              />
            ))}
          </ul>
          {brokenTargets.length > 1 && (
            <button type="button" className="button" onClick={() => onPick(brokenTargets)}>
              {t('export.broken.addAll', { count: brokenTargets.length })}
            </button>
          )}
        </>
      )}
      {privateLeftOut.length > 0 && (
        <>
          <h4 className="pack-subtitle" id="pack-private-title">
            {t('export.leftOut.privateTitle', { count: privateLeftOut.length })}
          </h4>
          <ul className="pack-list" aria-labelledby="pack-private-title">
            {privateLeftOut.map((note) => (
              <PackListRow
                key={note.path}
                title={note.title}
                detail={note.path}
                action={{
                  label: t('export.leftOut.pick'),
                  name: t('export.leftOut.pickOne', { title: note.title }),
                  run: () => onPick([note.path]),
                }}
              />
            ))}
          </ul>
        </>
      )}
      {otherLeftOut.length > 0 && (
        <>
          <h4 className="pack-subtitle" id="pack-other-title">
            {t('export.leftOut.otherTitle', { count: otherLeftOut.length })}
          </h4>
          <ul className="pack-list" aria-labelledby="pack-other-title">
            {otherLeftOut.map((note) => (
              <li key={note.path} className="pack-list-item">
                <span className="pack-item-title">{note.title}</span>
                <span className="pack-item-detail">
                  {t(`export.leftOut.reason.${note.reason}`)}
                  {note.detail && ` · ${note.detail}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
