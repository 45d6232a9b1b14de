import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../../shared/api/domainsMethods';
import { DOMAIN_PALETTE } from '../../../shared/domains/domainColour';
import { domainKey, slugify } from '../../../shared/domains/domainSlug';
import { useApiClient } from '../../api/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { Icon } from '../../ui/Icon';
import { errorField, errorText } from '../refactor/apiErrors';
import { useRefactorRunner } from '../refactor/useRefactorRunner';
import { ColourField } from './ColourField';
import { domainDirectoryFor, useDomainDirectory } from '../../services/domainDirectory';
import {
  checkDomainDraft,
  draftOf,
  moderatorsToSave,
  nameFromSlug,
  slugForDraft,
  type DomainDraft,
  type DomainField,
  type DomainFormErrors,
} from './domainForm';

export type DomainFormDialogProps = {
  onClose(): void;
  onSaved(domain: Domain): void;
} & (
  | {
      mode: 'create';
      /**
       * A slug notes already use that is not in the list: the form starts from it, and if the
       * domain gets another slug (the notes' one cannot be a slug), those notes are changed to
       * name the new domain (one undoable change).
       */
      adoptSlug?: string;
    }
  | { mode: 'edit'; domain: Domain }
);

const FIELD_ORDER: DomainField[] = ['name', 'slug', 'description', 'colour', 'moderators'];

/** Creates a domain or edits one: name, slug (new domains), description, colour, moderators. */
export function DomainFormDialog(props: DomainFormDialogProps) {
  const { t } = useTranslation('domains');
  const client = useApiClient();
  const { api } = client;
  const directory = useDomainDirectory();
  const { announce, naming, saveOpenNote } = useRefactorRunner();
  const ids = {
    name: useId(),
    slug: useId(),
    description: useId(),
    colour: useId(),
    moderators: useId(),
  };
  const adoptSlug = props.mode === 'create' ? (props.adoptSlug ?? null) : null;

  const [draft, setDraft] = useState<DomainDraft>(() => {
    if (props.mode === 'edit') return draftOf(props.domain);
    const used = new Set(directory.domains.map((d) => d.colour));
    return {
      name: adoptSlug ? nameFromSlug(adoptSlug) : '',
      slug: adoptSlug ? slugify(adoptSlug) : '',
      description: '',
      colour: DOMAIN_PALETTE.find((c) => !used.has(c)) ?? DOMAIN_PALETTE[0],
      moderators: [],
    };
  });
  const [slugTouched, setSlugTouched] = useState(adoptSlug !== null);
  const [errors, setErrors] = useState<DomainFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A field to move focus to once rendered (the first invalid one, a new moderator row). */
  const [focusRequest, setFocusRequest] = useState<{ selector: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusField = (field: DomainField | 'newModerator') => {
    const id = (name: DomainField) => `#${CSS.escape(ids[name])}`;
    setFocusRequest({
      selector:
        field === 'newModerator'
          ? '.moderator-row:last-child input'
          : field === 'colour'
            ? `${id('colour')} input:checked, ${id('colour')} .colour-hex`
            : field === 'moderators'
              ? `${id('moderators')} input, ${id('moderators')} button`
              : id(field),
    });
  };

  useLayoutEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>(focusRequest.selector)?.focus();
  }, [focusRequest]);

  const change = (patch: Partial<DomainDraft>, fields: DomainField[]) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (fields.some((f) => errors[f]))
      setErrors((e) =>
        Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k as DomainField))),
      );
    setFormError(null);
  };

  const slug =
    props.mode === 'edit' ? props.domain.slug : slugTouched ? draft.slug : slugify(draft.name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkDomainDraft({ ...draft, slug }, props.mode, t);
    if (props.mode === 'create' && slug.trim() === '' && !found.name)
      found.slug = t('form.slugRequired');
    const first = FIELD_ORDER.find((f) => found[f]);
    setErrors(found);
    setFormError(null);
    if (first) {
      focusField(first);
      return;
    }
    setBusy(true);
    const fields = {
      name: draft.name,
      description: draft.description,
      colour: draft.colour,
      moderators: moderatorsToSave(draft.moderators),
    };
    try {
      let saved: Domain;
      if (props.mode === 'edit') {
        saved = await api['domains.update']({ slug: props.domain.slug, ...fields });
      } else {
        const names = naming;
        saved = await api['domains.create']({ slug: slugForDraft({ ...draft, slug }), ...fields });
        if (adoptSlug !== null && domainKey(adoptSlug) !== domainKey(saved.slug)) {
          await saveOpenNote();
          const report = await api['domains.merge']({ sources: [adoptSlug], into: saved.slug });
          announce(report, names);
        }
      }
      await domainDirectoryFor(client).reload();
      props.onSaved(saved);
    } catch (error) {
      setBusy(false);
      const field = errorField(error) as DomainField | null;
      const message = errorText(error, t('errors.unexpected'));
      if (field && FIELD_ORDER.includes(field)) {
        setErrors({ [field]: message });
        focusField(field);
      } else setFormError(message);
    }
  };

  const errorId = (field: DomainField) => `${ids[field]}-error`;
  const describedBy = (field: DomainField, hint?: string) =>
    [errors[field] ? errorId(field) : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: DomainField) =>
    errors[field] ? (
      <p id={errorId(field)} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  const title =
    props.mode === 'edit'
      ? t('form.editTitle', { name: props.domain.name })
      : t('form.createTitle');

  return (
    <Dialog title={title} onClose={props.onClose} className="domain-form-dialog">
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        {adoptSlug !== null && (
          <p className="field-hint">{t('form.adoptHint', { slug: adoptSlug })}</p>
        )}
        <div className="form-field">
          <label className="form-label" htmlFor={ids.name}>
            {t('form.name')}
          </label>
          <input
            id={ids.name}
            className="input"
            value={draft.name}
            autoComplete="off"
            data-autofocus
            aria-invalid={Boolean(errors.name)}
            aria-describedby={describedBy('name')}
            onChange={(event) => change({ name: event.target.value }, ['name', 'slug'])}
          />
          {fieldError('name')}
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor={ids.slug}>
            {t('form.slug')}
          </label>
          {props.mode === 'create' ? (
            <input
              id={ids.slug}
              className="input input-mono"
              value={slug}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={Boolean(errors.slug)}
              aria-describedby={describedBy('slug', `${ids.slug}-hint`)}
              onChange={(event) => {
                setSlugTouched(true);
                change({ slug: event.target.value }, ['slug']);
              }}
            />
          ) : (
            <input
              id={ids.slug}
              className="input input-mono"
              value={slug}
              readOnly
              aria-describedby={`${ids.slug}-hint`}
            />
          )}
          <p id={`${ids.slug}-hint`} className="field-hint">
            {props.mode === 'create'
              ? t('form.slugHint', { slug: slug || 'slug' })
              : t('form.slugEditHint')}
            {adoptSlug !== null && domainKey(adoptSlug) !== domainKey(slug) && slug !== ''
              ? ` ${t('form.adoptRename', { from: adoptSlug, to: slug })}`
              : ''}
          </p>
          {fieldError('slug')}
        </div>
        <div className="form-field">
          <label className="form-label" htmlFor={ids.description}>
            {t('form.description')}
          </label>
          <textarea
            id={ids.description}
            className="input"
            rows={3}
            value={draft.description}
            aria-invalid={Boolean(errors.description)}
            aria-describedby={describedBy('description')}
            onChange={(event) => change({ description: event.target.value }, ['description'])}
          />
          {fieldError('description')}
        </div>
        <div id={ids.colour}>
          <ColourField
            value={draft.colour}
            error={errors.colour ?? null}
            sampleText={draft.name}
            onChange={(colour) => change({ colour }, ['colour'])}
          />
        </div>
        <fieldset id={ids.moderators} className="form-field moderators-field">
          <legend className="form-label">{t('form.moderators')}</legend>
          <p className="field-hint">{t('form.moderatorsHint')}</p>
          {draft.moderators.length > 0 && (
            <ul className="moderator-rows">
              {draft.moderators.map((moderator, i) => (
                <li key={i} className="moderator-row">
                  <input
                    className="input"
                    value={moderator.name}
                    placeholder={t('form.moderatorNamePlaceholder')}
                    aria-label={t('form.moderatorName', { number: i + 1 })}
                    autoComplete="off"
                    onChange={(event) =>
                      change(
                        {
                          moderators: draft.moderators.map((m, j) =>
                            j === i ? { ...m, name: event.target.value } : m,
                          ),
                        },
                        ['moderators'],
                      )
                    }
                  />
                  <input
                    className="input"
                    value={moderator.contact}
                    placeholder={t('form.moderatorContactPlaceholder')}
                    aria-label={t('form.moderatorContact', { number: i + 1 })}
                    autoComplete="off"
                    onChange={(event) =>
                      change(
                        {
                          moderators: draft.moderators.map((m, j) =>
                            j === i ? { ...m, contact: event.target.value } : m,
                          ),
                        },
                        ['moderators'],
                      )
                    }
                  />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('form.removeModerator', { number: i + 1 })}
                    title={t('form.removeModerator', { number: i + 1 })}
                    onClick={() => {
                      change({ moderators: draft.moderators.filter((_, j) => j !== i) }, [
                        'moderators',
                      ]);
                      focusField('moderators');
                    }}
                  >
                    <Icon name="close" size={14} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              change({ moderators: [...draft.moderators, { name: '', contact: '' }] }, []);
              focusField('newModerator');
            }}
          >
            <Icon name="plus" size={14} />
            {t('form.addModerator')}
          </button>
          {fieldError('moderators')}
        </fieldset>
        <FormActions
          error={formError}
          cancelLabel={t('dialog.cancel')}
          onCancel={props.onClose}
          submitLabel={
            busy ? t('dialog.working') : props.mode === 'edit' ? t('form.save') : t('form.create')
          }
          disabled={busy}
        />
      </form>
    </Dialog>
  );
}
