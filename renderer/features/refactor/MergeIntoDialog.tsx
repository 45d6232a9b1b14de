import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { FormField } from '../../ui/FormField';
import { RefactorDialog, type RefactorRequest } from './RefactorDialog';

export interface MergeTarget {
  value: string;
  label: string;
}

export interface MergeIntoDialogProps {
  title: string;
  description: string;
  /** The empty first choice ("Choose a tag…"). */
  placeholder: string;
  /** What the subject may be merged into (never the subject itself). */
  targets: readonly MergeTarget[];
  /** Main's merge of the subject into `into`. */
  merge(into: string, dryRun: boolean): Promise<RefactorReport>;
  onClose(): void;
  onDone(report: RefactorReport): void;
}

/** Folds a tag or domain into another one chosen from a list, with preview and Undo. */
export function MergeIntoDialog({
  title,
  description,
  placeholder,
  targets,
  merge,
  onClose,
  onDone,
}: MergeIntoDialogProps) {
  const { t } = useTranslation('domains');
  const [into, setInto] = useState('');
  // The dialog previews again when `key` changes; `run` is read when it does.
  const request: RefactorRequest | null =
    into === '' ? null : { key: into, run: (dryRun) => merge(into, dryRun) };

  return (
    <RefactorDialog
      title={title}
      description={description}
      request={request}
      confirmLabel={t('merge.confirm')}
      onClose={onClose}
      onDone={onDone}
    >
      {(fieldError) => (
        <FormField label={t('merge.into')} error={fieldError('into') ?? fieldError('sources')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={into}
              data-autofocus
              onChange={(event) => setInto(event.target.value)}
            >
              <option value="">{placeholder}</option>
              {targets.map((target) => (
                <option key={target.value} value={target.value}>
                  {target.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    </RefactorDialog>
  );
}
