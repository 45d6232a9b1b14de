import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { Note } from '../../../shared/api/noteSchemas';
import { domainKey } from '../../../shared/domains/domainSlug';
import { noteFileNameFor } from '../../../shared/notes/noteFileName';
import { LESSON_NOTE_TYPES, type LessonNoteType } from '../../../shared/notes/noteTypes';
import { useApiClient } from '../../api/ApiContext';
import { useVault } from '../../state/VaultContext';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { knowledgeFolders, normalizeFolder, suggestLessonFolder } from './promoteModel';
import { useDomainList } from '../../services/domainDirectory';

export interface PromoteRequest {
  /** The journal entry. */
  path: string;
  /** The selected text and where it starts in the entry's body. */
  selection: { from: number; text: string };
  /** What `journal.promotionDraft` proposed. */
  draft: { title: string; domains: string[] };
}

export interface PromoteDialogProps {
  request: PromoteRequest;
  locale: string;
  /** Writes the editor's pending edits, so the entry on disk is what the user sees. */
  flush(): Promise<void>;
  onClose(): void;
  onPromoted(result: { note: Note; entry: Note }): void;
}

const QUOTE_CHARS = 280;

/**
 * Journal → lesson: the selected text becomes a new solution or practice note. Everything is
 * filled in from the entry (title from the text, domains from the entry, the folder where that
 * domain's notes live), so one click on "Create note" is enough; each field can be changed.
 * The entry's version is taken just before writing, after its pending edits are saved: if the
 * file changed meanwhile, nothing is written and the dialog says so.
 */
export function PromoteDialog({ request, locale, flush, onClose, onPromoted }: PromoteDialogProps) {
  const { t } = useTranslation('journal');
  const { api } = useApiClient();
  const vault = useVault();
  const domainList = useDomainList();
  const ids = { title: useId(), titleHint: useId(), folder: useId(), folders: useId() };
  const [type, setType] = useState<LessonNoteType>('solution');
  const [title, setTitle] = useState(request.draft.title);
  const [domains, setDomains] = useState<string[]>(request.draft.domains);
  const [folder, setFolder] = useState(() =>
    suggestLessonFolder(vault.notes, request.draft.domains),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: 'title' | null; message: string } | null>(null);
  const folders = useMemo(() => knowledgeFolders(vault.notes), [vault.notes]);

  // The registry's domains, then any the entry names that the registry does not know.
  const domainChoices = useMemo(() => {
    const known = domainList.domains.map((d) => ({ slug: d.slug, name: d.name }));
    const keys = new Set(known.map((d) => domainKey(d.slug)));
    const extra = request.draft.domains
      .filter((slug) => !keys.has(domainKey(slug)))
      .map((slug) => ({ slug, name: slug }));
    return [...known, ...extra];
  }, [domainList.domains, request.draft.domains]);

  const name = noteFileNameFor(title, '');
  const place = normalizeFolder(folder);
  const fileName = name === '' ? '' : `${place === '' ? '' : `${place}/`}${name}.md`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '' || name === '') {
      setError({ field: 'title', message: t('promote.titleNeeded') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await flush();
      const { version } = await api['notes.read']({ path: request.path });
      const result = await api['journal.promote']({
        path: request.path,
        baseVersion: version,
        selection: { text: request.selection.text, start: request.selection.from },
        type,
        title: title.trim(),
        folder: place,
        domains,
        locale,
      });
      onPromoted(result);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError)
        setError({ field: failure.code === 'EXISTS' ? 'title' : null, message: failure.message });
      else setError({ field: null, message: t('promote.failed') });
    }
  };

  const quote =
    request.selection.text.length > QUOTE_CHARS
      ? `${request.selection.text.slice(0, QUOTE_CHARS).trimEnd()}…`
      : request.selection.text;

  return (
    <Dialog title={t('promote.title')} onClose={onClose} className="promote-dialog">
      <form className="promote-form" onSubmit={(event) => void submit(event)} noValidate>
        <blockquote className="promote-quote" aria-label={t('promote.selection')}>
          {quote}
        </blockquote>

        <fieldset className="promote-field">
          <legend className="promote-label">{t('promote.type')}</legend>
          <div className="segmented">
            {LESSON_NOTE_TYPES.map((value) => (
              <label key={value} className="segmented-option">
                <input
                  type="radio"
                  name="promote-type"
                  value={value}
                  checked={type === value}
                  onChange={() => setType(value)}
                />
                <span>{t(`promote.types.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="promote-field">
          <label className="promote-label" htmlFor={ids.title}>
            {t('promote.noteTitle')}
          </label>
          <input
            id={ids.title}
            className="input"
            value={title}
            maxLength={300}
            aria-invalid={error?.field === 'title' ? true : undefined}
            aria-describedby={ids.titleHint}
            onChange={(event) => {
              setTitle(event.target.value);
              if (error?.field === 'title') setError(null);
            }}
          />
          {error?.field === 'title' ? (
            <p id={ids.titleHint} className="field-error" role="alert">
              {error.message}
            </p>
          ) : (
            <p id={ids.titleHint} className="field-hint">
              {fileName === ''
                ? t('promote.titleNeeded')
                : t('promote.fileName', { path: fileName })}
            </p>
          )}
        </div>

        {domainChoices.length > 0 && (
          <fieldset className="promote-field">
            <legend className="promote-label">{t('promote.domains')}</legend>
            <div className="promote-domains">
              {domainChoices.map((domain) => {
                const key = domainKey(domain.slug);
                const checked = domains.some((d) => domainKey(d) === key);
                return (
                  <label key={key} className="promote-domain">
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() =>
                        setDomains((current) =>
                          checked
                            ? current.filter((d) => domainKey(d) !== key)
                            : [...current, domain.slug],
                        )
                      }
                    />
                    {domain.name}
                  </label>
                );
              })}
            </div>
          </fieldset>
        )}

        <div className="promote-field">
          <label className="promote-label" htmlFor={ids.folder}>
            {t('promote.folder')}
          </label>
          <input
            id={ids.folder}
            className="input"
            value={folder}
            list={ids.folders}
            placeholder={t('promote.folderTop')}
            onChange={(event) => setFolder(event.target.value)}
          />
          <datalist id={ids.folders}>
            {folders.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </div>

        <p className="field-hint">{t('promote.linksHint')}</p>
        <FormActions
          error={error?.field === null ? error.message : null}
          cancelLabel={t('promote.cancel')}
          onCancel={onClose}
          submitLabel={busy ? t('promote.creating') : t('promote.create')}
          disabled={busy}
          autoFocusSubmit
        />
      </form>
    </Dialog>
  );
}
