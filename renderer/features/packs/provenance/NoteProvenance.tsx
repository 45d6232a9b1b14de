import { useTranslation } from 'react-i18next';
import { noteOriginOf } from '../../../../shared/packs/noteOrigin';
import type { NoteToolbarItemProps } from '../../../services/extensionPoints';
import '../packs.css';

/**
 * In the toolbar of a note that came from a knowledge pack: "Imported from <pack> v<version>,
 * signed by <publisher>" (or that it was not signed), read from the note's `origin`.
 */
export function NoteProvenance({ frontMatter }: NoteToolbarItemProps) {
  const { t } = useTranslation('packs');
  const origin = noteOriginOf(frontMatter);
  if (!origin) return null;
  const publisher = origin.person ? `${origin.publisher} (${origin.person})` : origin.publisher;
  const values = { title: origin.title, version: origin.version, publisher };
  return (
    <p className="pack-provenance" data-testid="note-provenance">
      {t(origin.keyId ? 'provenance.signed' : 'provenance.unsigned', values)}
      {origin.conflictWith && ` — ${t('provenance.conflictCopy')}`}
    </p>
  );
}
