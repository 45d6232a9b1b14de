import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { domainKey, domainSlugProblem, slugify } from '../../../shared/domains/domainSlug';
import { useApiClient } from '../../api/ApiContext';
import { MergeIntoDialog } from '../refactor/MergeIntoDialog';
import { RefactorDialog, type RefactorRequest } from '../refactor/RefactorDialog';
import { RenameDialog } from '../refactor/RenameDialog';
import { useDomainDirectory } from '../../services/domainDirectory';

interface DomainDialogProps {
  /** The domain acted on: a listed one, or a slug only notes use. */
  slug: string;
  /** Its name (the slug for an unlisted one). */
  name: string;
  onClose(): void;
  onDone(report: RefactorReport): void;
}

/** Why `slug` cannot be a new slug, in the UI language, or null. */
function useSlugProblem() {
  const { t } = useTranslation('domains');
  return (slug: string): string | null => {
    if (slug.trim() === '') return t('form.slugRequired');
    if (domainSlugProblem(slug.trim()) === null) return null;
    const suggestion = slugify(slug);
    return suggestion === '' ? t('form.slugInvalid') : t('form.slugInvalidSuggest', { suggestion });
  };
}

/** Gives a domain a new slug, in the list and in every note that names it. */
export function RenameDomainDialog({ slug, name, onClose, onDone }: DomainDialogProps) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const problemOf = useSlugProblem();

  return (
    <RenameDialog
      title={t('rename.domainTitle', { name })}
      description={t('rename.domainDescription')}
      label={t('rename.newSlug')}
      initial={slug}
      mono
      fields={['to', 'slug']}
      plan={(to) => {
        const target = to.trim();
        if (domainKey(target) === domainKey(slug)) return { request: null, problem: null };
        const problem = problemOf(to);
        return {
          problem,
          request:
            problem !== null
              ? null
              : {
                  key: target,
                  run: (dryRun) => api['domains.rename']({ from: slug, to: target, dryRun }),
                },
        };
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

/** Folds a domain into another listed one: its notes name the other, and it leaves the list. */
export function MergeDomainDialog({ slug, name, onClose, onDone }: DomainDialogProps) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const directory = useDomainDirectory();
  const targets = directory.domains
    .filter((d) => domainKey(d.slug) !== domainKey(slug))
    .map((d) => ({ value: d.slug, label: t('merge.option', { name: d.name, slug: d.slug }) }));

  return (
    <MergeIntoDialog
      title={t('merge.domainTitle', { name })}
      description={t('merge.domainDescription')}
      placeholder={t('merge.choose')}
      targets={targets}
      merge={(into, dryRun) => api['domains.merge']({ sources: [slug], into, dryRun })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

/**
 * Takes a domain out of the list. When notes name it, the user chooses: remove it from them
 * too, or keep it there (it shows as a domain not in the list, which can be created again).
 */
export function DeleteDomainDialog({
  slug,
  name,
  noteCount,
  onClose,
  onDone,
}: DomainDialogProps & { noteCount: number }) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const group = useId();
  const [mode, setMode] = useState<'remove' | 'keep'>('remove');
  const request = useMemo<RefactorRequest>(
    () => ({
      key: mode,
      run: (dryRun) => api['domains.delete']({ slug, notes: mode, dryRun }),
    }),
    [api, mode, slug],
  );

  return (
    <RefactorDialog
      title={t('delete.title', { name })}
      description={
        noteCount === 0
          ? t('delete.descriptionEmpty')
          : t('delete.description', { count: noteCount })
      }
      request={request}
      confirmLabel={t('delete.confirm')}
      danger
      onClose={onClose}
      onDone={onDone}
    >
      {() =>
        noteCount === 0 ? null : (
          <fieldset className="form-field radio-group">
            <legend className="form-label">
              {t('delete.notesQuestion', { count: noteCount })}
            </legend>
            {(['remove', 'keep'] as const).map((value) => (
              <label key={value} className="radio-option">
                <input
                  type="radio"
                  name={group}
                  value={value}
                  checked={mode === value}
                  {...(value === 'remove' && { 'data-autofocus': true })}
                  onChange={() => setMode(value)}
                />
                <span>
                  {value === 'remove'
                    ? t('delete.remove', { count: noteCount })
                    : t('delete.keep', { count: noteCount })}
                </span>
              </label>
            ))}
          </fieldset>
        )
      }
    </RefactorDialog>
  );
}
