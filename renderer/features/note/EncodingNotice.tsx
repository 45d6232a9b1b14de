import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note, NoteEncoding } from '../../../shared/api/noteSchemas';
import { useApiClient } from '../../api/ApiContext';

export interface EncodingNoticeProps {
  path: string;
  /** The version shown: the conversion is refused (CONFLICT) if the file changed since. */
  version: string;
  /** How the note was decoded; anything but `utf-8` (for which nothing is shown). */
  encoding: Exclude<NoteEncoding, 'utf-8'>;
  /** The note was rewritten as UTF-8: it is editable from now on. */
  onConverted(note: Note): void;
}

/**
 * Says why an open note is read-only — its file is not UTF-8 text, so Praxis leaves its bytes as
 * they are — and offers to convert it (`notes.convertToUtf8`; the original goes to the trash).
 */
export function EncodingNotice({ path, version, encoding, onConverted }: EncodingNoticeProps) {
  const { t } = useTranslation('notes');
  const { api } = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const convert = async () => {
    setBusy(true);
    setError(null);
    try {
      onConverted(await api['notes.convertToUtf8']({ path, baseVersion: version }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="note-notice encoding-notice" aria-labelledby="encoding-notice-title">
      <div className="encoding-notice-text">
        <h2 id="encoding-notice-title" className="encoding-notice-title">
          {t('encoding.title')}
        </h2>
        <p>{t('encoding.message', { encoding: t(`encoding.names.${encoding}`) })}</p>
        {error && (
          <p className="field-error" role="alert">
            {t('encoding.failed', { message: error })}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => void convert()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('encoding.converting') : t('encoding.convert')}
      </button>
    </section>
  );
}
