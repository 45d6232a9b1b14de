import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import type { TagCount } from '../../../shared/api/tagsMethods';
import { tagKey } from '../../../shared/tags/tagMatch';
import { useApiClient } from '../../api/ApiContext';
import { RefactorDialog, type RefactorRequest } from '../refactor/RefactorDialog';
import { tagInputProblem } from './tagTree';

interface TagDialogProps {
  tag: string;
  /** The vault's tags (to tell a rename that merges, and to offer merge targets). */
  tags: readonly TagCount[];
  onClose(): void;
  onDone(report: RefactorReport): void;
}

/**
 * Renames a tag in every note — front matter and inline `#tags`, nested tags following — as one
 * undoable change. Renaming to a tag already in use merges the two.
 */
export function RenameTagDialog({ tag, tags, onClose, onDone }: TagDialogProps) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const inputId = useId();
  const [to, setTo] = useState(tag);
  const target = to.trim().replace(/^#/, '');
  const unchanged = target === tag;
  const problem = unchanged ? null : tagInputProblem(target, t);
  const existing =
    !unchanged && tagKey(target) !== tagKey(tag)
      ? tags.find((entry) => tagKey(entry.tag) === tagKey(target))
      : undefined;
  const request = useMemo<RefactorRequest | null>(
    () =>
      unchanged || problem !== null
        ? null
        : { key: target, run: (dryRun) => api['tags.rename']({ from: tag, to: target, dryRun }) },
    [api, problem, tag, target, unchanged],
  );

  return (
    <RefactorDialog
      title={t('tags.renameTitle', { tag })}
      description={t('tags.renameDescription')}
      request={request}
      confirmLabel={existing ? t('tags.renameMerge') : t('rename.confirm')}
      onClose={onClose}
      onDone={onDone}
    >
      {(fieldError) => {
        const error = problem ?? fieldError('to') ?? fieldError('from');
        const hintId = `${inputId}-hint`;
        return (
          <div className="form-field">
            <label className="form-label" htmlFor={inputId}>
              {t('tags.newName')}
            </label>
            <input
              id={inputId}
              className="input"
              value={to}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              aria-invalid={error !== null}
              aria-describedby={error !== null ? `${inputId}-error ${hintId}` : hintId}
              onChange={(event) => setTo(event.target.value)}
            />
            <p id={hintId} className="field-hint">
              {existing ? t('tags.mergeHint', { tag: existing.tag }) : t('tags.renameHint')}
            </p>
            {error !== null && (
              <p id={`${inputId}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      }}
    </RefactorDialog>
  );
}

/** Folds a tag into another tag in use: every note tagged with it gets the other instead. */
export function MergeTagDialog({ tag, tags, onClose, onDone }: TagDialogProps) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const selectId = useId();
  const [into, setInto] = useState('');
  // Not the tag itself nor anything nested under it (a tag cannot be merged into its branch).
  const targets = tags.filter(
    (entry) =>
      tagKey(entry.tag) !== tagKey(tag) && !tagKey(entry.tag).startsWith(`${tagKey(tag)}/`),
  );
  const request = useMemo<RefactorRequest | null>(
    () =>
      into === ''
        ? null
        : {
            key: into,
            run: (dryRun) => api['tags.merge']({ sources: [tag], into, dryRun }),
          },
    [api, into, tag],
  );

  return (
    <RefactorDialog
      title={t('tags.mergeTitle', { tag })}
      description={t('tags.mergeDescription')}
      request={request}
      confirmLabel={t('merge.confirm')}
      onClose={onClose}
      onDone={onDone}
    >
      {(fieldError) => {
        const error = fieldError('into') ?? fieldError('sources');
        return (
          <div className="form-field">
            <label className="form-label" htmlFor={selectId}>
              {t('merge.into')}
            </label>
            <select
              id={selectId}
              className="input"
              value={into}
              data-autofocus
              aria-invalid={error !== null}
              aria-describedby={error !== null ? `${selectId}-error` : undefined}
              onChange={(event) => setInto(event.target.value)}
            >
              <option value="">{t('tags.chooseTag')}</option>
              {targets.map((entry) => (
                <option key={entry.tag} value={entry.tag}>
                  {t('tags.option', { tag: entry.tag, count: entry.count })}
                </option>
              ))}
            </select>
            {error !== null && (
              <p id={`${selectId}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      }}
    </RefactorDialog>
  );
}
