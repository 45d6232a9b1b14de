import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { FormField } from '../../ui/FormField';
import { RefactorDialog, type RefactorRequest } from './RefactorDialog';

/** What renaming to the name typed so far would do. */
export interface RenamePlan {
  /** The rename, or null while there is nothing to do (the name unchanged, or a `problem`). */
  request: RefactorRequest | null;
  /** Why the name cannot be used, in the UI language, found without asking main. */
  problem: string | null;
  /** Under the field (what the new name will mean). */
  hint?: string;
  /** The button's label, when not plain "Rename". */
  confirmLabel?: string;
}

export interface RenameDialogProps {
  title: string;
  description: string;
  /** The field's label. */
  label: string;
  /** The current name, the field's first value. */
  initial: string;
  /** Show the field in monospace (a slug). */
  mono?: boolean;
  plan(name: string): RenamePlan;
  /** The argument names under which main's refusal belongs to the field, first found shown. */
  fields: readonly string[];
  onClose(): void;
  onDone(report: RefactorReport): void;
}

/** Gives a tag or domain a new name typed in one field, with preview and Undo. */
export function RenameDialog({
  title,
  description,
  label,
  initial,
  mono,
  plan,
  fields,
  onClose,
  onDone,
}: RenameDialogProps) {
  const { t } = useTranslation('domains');
  const [name, setName] = useState(initial);
  const { request, problem, hint, confirmLabel } = plan(name);

  return (
    <RefactorDialog
      title={title}
      description={description}
      request={request}
      confirmLabel={confirmLabel ?? t('rename.confirm')}
      onClose={onClose}
      onDone={onDone}
    >
      {(fieldError) => (
        <FormField
          label={label}
          hint={hint}
          error={fields.reduce<string | null>(
            (error, field) => error ?? fieldError(field),
            problem,
          )}
        >
          {(control) => (
            <input
              {...control}
              className={mono ? 'input input-mono' : 'input'}
              value={name}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </FormField>
      )}
    </RefactorDialog>
  );
}
