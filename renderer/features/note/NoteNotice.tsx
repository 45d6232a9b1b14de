import { useTranslation } from 'react-i18next';

/** A passing word about the open note (a draft restored, a file converted…), dismissable. */
export function NoteNotice({ text, onDismiss }: { text: string; onDismiss(): void }) {
  const { t } = useTranslation('notes');
  return (
    <p className="note-notice" role="status">
      {text}
      <button
        type="button"
        className="icon-button"
        aria-label={t('view.dismiss')}
        onClick={onDismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
