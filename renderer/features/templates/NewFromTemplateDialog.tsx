import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/api/noteSchemas';
import type { NoteTemplate } from '../../../shared/api/templatesMethods';
import { addMonths, isIsoDate } from '../../../shared/dates/calendarDate';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import { domainFolder } from '../../../shared/domains/domainFolder';
import { pickLanguage } from '../../../shared/i18n/i18nResources';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useActiveNoteStore } from '../../state/activeNote';
import { useVault } from '../../state/VaultContext';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { FormField } from '../../ui/FormField';
import { DomainTokenField } from '../domains/DomainTokenField';
import { noteTypeLabel } from '../domains/noteTypeLabel';
import { localToday } from '../domains/StewardshipFields';
import { useLiveQuery } from '../../services/useLiveQuery';
import { folderOf, noteFileNameFor } from '../../../shared/notes/noteFileName';
import { errorField, errorText } from '../refactor/apiErrors';
import { whenNoteActive } from '../journal/openJournalDay';
import { newNoteCaret } from './newNoteCaret';
import '../domains/domains.css';

export interface NewFromTemplateDialogProps {
  /** Domains the new note starts with (e.g. from a domain's page). */
  initialDomains?: readonly string[];
  /**
   * The folder it goes in; default: where the first domain's notes live (see domainFolder), else
   * the vault's top. Choosing another domain moves it there too, until the person edits it.
   */
  initialFolder?: string;
  onClose(): void;
  /** Created; default: open it with its title ready to edit. */
  onCreated?(note: Note): void;
}

type Field = 'template' | 'title' | 'folder' | 'reviewBy';

/** Folders notes live in (templates aside), for the folder box's suggestions. */
export function vaultFolders(paths: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    if (isTemplatePath(path)) continue;
    let folder = folderOf(path);
    while (folder !== '' && !folders.has(folder)) {
      folders.add(folder);
      folder = folderOf(folder);
    }
  }
  return [...folders].sort((a, b) => a.localeCompare(b));
}

/**
 * "New from template": pick one of the vault's templates (solution, after-action review,
 * practice, CoP session, question, note, or the user's own), give the note a title, a folder
 * and its domains — and for solutions and practices a steward and a review date — and the note
 * is written with its placeholders filled, then opened.
 */
export function NewFromTemplateDialog({
  initialDomains = [],
  initialFolder,
  onClose,
  onCreated,
}: NewFromTemplateDialogProps) {
  const { t, i18n } = useTranslation('domains');
  const { api } = useApiClient();
  const vault = useVault();
  const { navigate } = useNavigation();
  const activeNotes = useActiveNoteStore();
  const ids = { title: useId(), folder: useId(), reviewBy: useId() };
  const templateGroup = useId();
  const folderList = useId();
  const templates = useLiveQuery('templates', () => api['templates.list']({}), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const folderFor = (chosen: readonly string[]) =>
    initialFolder ?? (chosen[0] === undefined ? null : domainFolder(vault.notes, chosen[0])) ?? '';
  const [folder, setFolder] = useState(() => folderFor(initialDomains));
  /** Whether the person has written the folder themselves (then domains no longer move it). */
  const [folderEdited, setFolderEdited] = useState(false);
  const [domains, setDomains] = useState<string[]>([...initialDomains]);
  const [steward, setSteward] = useState('');
  const [reviewBy, setReviewBy] = useState(() => addMonths(localToday(), 12));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);
  /** The field to move focus to once rendered (the one a message is about). */
  const [focusRequest, setFocusRequest] = useState<{ selector: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const folders = useMemo(() => vaultFolders(vault.byPath.keys()), [vault.byPath]);

  const list = templates.data ?? [];
  const template: NoteTemplate | undefined =
    list.find((candidate) => candidate.path === chosen) ?? list[0];

  useLayoutEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>(focusRequest.selector)?.focus();
  }, [focusRequest]);

  // The templates are still on their way: Create (or Enter) is taken now and carried out as
  // soon as they arrive, never dropped without a word.
  const templatesLoading = templates.data === null && templates.error === null;
  const submitWhenLoaded = useRef(false);
  /** Shown on the button meanwhile. */
  const [queued, setQueued] = useState(false);
  useEffect(() => {
    if (templatesLoading || !submitWhenLoaded.current) return;
    submitWhenLoaded.current = false;
    formRef.current?.requestSubmit();
  }, [templatesLoading]);

  const fail = (field: Field, message: string) => {
    setErrors({ [field]: message });
    setFocusRequest({
      selector:
        field === 'template'
          ? `input[name="${CSS.escape(templateGroup)}"]:checked`
          : `#${CSS.escape(ids[field])}`,
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!template) {
      if (templatesLoading) {
        submitWhenLoaded.current = true;
        setQueued(true);
      }
      return;
    }
    setFormError(null);
    const text = title.trim().replace(/\s+/g, ' ');
    if (text === '') return fail('title', t('template.titleRequired'));
    if (template.stewarded && reviewBy !== '' && !isIsoDate(reviewBy))
      return fail('reviewBy', t('template.reviewByInvalid'));
    setErrors({});
    setBusy(true);
    const name = noteFileNameFor(text);
    try {
      const note = await api['templates.createNote']({
        template: template.path,
        folder: folder.trim().replace(/^\/+|\/+$/g, ''),
        name,
        ...(name !== text && { title: text }),
        domains,
        ...(template.stewarded && {
          ...(steward.trim() !== '' && { steward: steward.trim() }),
          ...(reviewBy !== '' && { reviewBy }),
        }),
      });
      onClose();
      if (onCreated) onCreated(note);
      else {
        // Named already: the note opens for writing (in the editor, whatever mode was used
        // last) at its first empty section.
        navigate({ view: 'note', path: note.path });
        const active = await whenNoteActive(activeNotes, note.path);
        active?.focusAt(newNoteCaret(active.getText()));
      }
    } catch (error) {
      setBusy(false);
      const field = errorField(error);
      const message = errorText(error, t('errors.unexpected'));
      if (field === 'name') fail('title', message);
      else if (field === 'template' || field === 'folder' || field === 'reviewBy')
        fail(field, message);
      else setFormError(message);
    }
  };

  const restoreDefaults = async () => {
    setRestoring(true);
    try {
      await api['templates.restoreDefaults']({ language: pickLanguage(i18n.language) });
      templates.reload();
    } catch (error) {
      setFormError(errorText(error, t('errors.unexpected')));
    } finally {
      setRestoring(false);
    }
  };

  const templateErrorId = `${templateGroup}-error`;
  const fileName = title.trim() === '' ? '' : noteFileNameFor(title.trim().replace(/\s+/g, ' '));
  const place = `${folder.trim().replace(/^\/+|\/+$/g, '')}${folder.trim() ? '/' : ''}${fileName}.md`;

  return (
    <Dialog title={t('template.title')} onClose={onClose} className="template-dialog">
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        {templates.data === null ? (
          <p className="field-hint" aria-busy={templates.error === null}>
            {templates.error === null
              ? t('template.loading')
              : errorText(templates.error, t('errors.unexpected'))}
          </p>
        ) : list.length === 0 ? (
          <div className="form-field">
            <p>{t('template.none')}</p>
            <button
              type="button"
              className="button"
              disabled={restoring}
              onClick={() => void restoreDefaults()}
            >
              {t('template.restore')}
            </button>
          </div>
        ) : (
          <fieldset
            className="form-field template-choices"
            aria-describedby={errors.template ? templateErrorId : undefined}
          >
            <legend className="form-label">{t('template.choose')}</legend>
            {list.map((candidate) => {
              const descriptionId = `${templateGroup}-${candidate.path}`;
              return (
                <label key={candidate.path} className="template-choice">
                  <input
                    type="radio"
                    name={templateGroup}
                    value={candidate.path}
                    checked={candidate.path === template?.path}
                    aria-describedby={candidate.description ? descriptionId : undefined}
                    onChange={() => setChosen(candidate.path)}
                  />
                  <span className="template-choice-text">
                    <span className="template-choice-name">
                      {candidate.name}
                      {candidate.name.toLowerCase() !==
                        noteTypeLabel(candidate.type, t).toLowerCase() && (
                        <span className="template-choice-type">
                          {noteTypeLabel(candidate.type, t)}
                        </span>
                      )}
                    </span>
                    {candidate.description && (
                      <span id={descriptionId} className="template-choice-description">
                        {candidate.description}
                      </span>
                    )}
                  </span>
                </label>
              );
            })}
            {errors.template && (
              <p id={templateErrorId} className="field-error">
                {errors.template}
              </p>
            )}
            <p className="field-hint">{t('template.editHint')}</p>
          </fieldset>
        )}

        <FormField
          id={ids.title}
          label={t('template.noteTitle')}
          hint={fileName === '' ? t('template.titleHint') : t('template.fileHint', { path: place })}
          error={errors.title ?? null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={title}
              autoComplete="off"
              data-autofocus
              onChange={(event) => {
                setTitle(event.target.value);
                if (errors.title) setErrors({});
              }}
            />
          )}
        </FormField>

        <FormField id={ids.folder} label={t('template.folder')} error={errors.folder ?? null}>
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                value={folder}
                list={folderList}
                placeholder={t('template.folderPlaceholder')}
                autoComplete="off"
                onChange={(event) => {
                  setFolder(event.target.value);
                  setFolderEdited(true);
                  if (errors.folder) setErrors({});
                }}
              />
              <datalist id={folderList}>
                {folders.map((f) => (
                  <option key={f} value={f} />
                ))}
              </datalist>
            </>
          )}
        </FormField>

        <div className="form-field template-domains">
          <DomainTokenField
            label={t('template.domains')}
            placeholder={t('template.addDomain')}
            values={domains}
            onChange={(next) => {
              setDomains(next);
              if (!folderEdited) setFolder(folderFor(next));
            }}
          />
        </div>

        {template?.stewarded && (
          <div className="form-row">
            <FormField label={t('field.steward')} error={null}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={steward}
                  placeholder={t('field.stewardPlaceholder')}
                  autoComplete="off"
                  onChange={(event) => setSteward(event.target.value)}
                />
              )}
            </FormField>
            <FormField
              id={ids.reviewBy}
              label={t('field.reviewBy')}
              hint={t('template.reviewByHint')}
              error={errors.reviewBy ?? null}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="input"
                  value={reviewBy}
                  onChange={(event) => setReviewBy(event.target.value)}
                />
              )}
            </FormField>
          </div>
        )}

        <FormActions
          error={formError}
          cancelLabel={t('dialog.cancel')}
          onCancel={onClose}
          submitLabel={
            busy || (queued && templatesLoading) ? t('dialog.working') : t('template.create')
          }
          disabled={busy || (!template && !templatesLoading)}
        />
      </form>
    </Dialog>
  );
}
