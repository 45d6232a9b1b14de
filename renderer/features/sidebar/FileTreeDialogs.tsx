import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { FormField } from '../../ui/FormField';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface TextDialogProps {
  title: string;
  label: string;
  hint?: string;
  initial: string;
  submitLabel: string;
  /** Folders offered as suggestions while typing (a folder is picked or typed). */
  suggestions?: readonly string[];
  /** Does the work; a thrown error is shown in the dialog, which stays open. */
  onSubmit(value: string): Promise<void>;
  onClose(): void;
}

/**
 * One text field and a submit button: naming a note or a folder, or typing (or picking from the
 * suggestions) the folder to move a note to. Enter submits, Escape cancels.
 */
export function TextDialog({
  title,
  label,
  hint,
  initial,
  submitLabel,
  suggestions,
  onSubmit,
  onClose,
}: TextDialogProps) {
  const { t } = useTranslation('app');
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    onSubmit(value.trim()).then(onClose, (failure: unknown) => {
      setError(messageOf(failure));
      setBusy(false);
    });
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <FormField label={label} hint={hint} error={null}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={value}
              autoComplete="off"
              list={suggestions ? listId : undefined}
              data-autofocus
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </FormField>
        {suggestions && (
          <datalist id={listId}>
            {suggestions.map((folder) => (
              <option key={folder} value={folder} />
            ))}
          </datalist>
        )}
        <FormActions
          error={error}
          cancelLabel={t('fileTree.cancel')}
          onCancel={onClose}
          submitLabel={submitLabel}
          disabled={busy}
        />
      </form>
    </Dialog>
  );
}

/** Confirms moving a note, or a folder's notes, to the trash. */
export function TrashDialog({
  title,
  body,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation('app');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          onConfirm().then(onClose, (failure: unknown) => {
            setError(messageOf(failure));
            setBusy(false);
          });
        }}
      >
        <p>{body}</p>
        <FormActions
          error={error}
          cancelLabel={t('fileTree.cancel')}
          onCancel={onClose}
          submitLabel={t('fileTree.moveToTrash')}
          disabled={busy}
          danger
          autoFocusSubmit
        />
      </form>
    </Dialog>
  );
}
