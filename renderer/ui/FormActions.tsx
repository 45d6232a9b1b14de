export interface FormActionsProps {
  /** Why the last submit failed, not about any one field; announced when it appears. */
  error: string | null;
  cancelLabel: string;
  onCancel(): void;
  /** The submit button's label (what it does, or that it is under way). */
  submitLabel: string;
  /** The submit button cannot be pressed (working, or the form is incomplete). */
  disabled: boolean;
  /** Submitting removes something: the button says so. */
  danger?: boolean;
  /** The submit button takes focus when the dialog opens (a form filled in for the user). */
  autoFocusSubmit?: boolean;
}

/** The end of a dialog's form: the form's error, if any, then Cancel and the submit button. */
export function FormActions({
  error,
  cancelLabel,
  onCancel,
  submitLabel,
  disabled,
  danger,
  autoFocusSubmit,
}: FormActionsProps) {
  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="submit"
          className={danger ? 'button button-danger-solid' : 'button button-primary'}
          disabled={disabled}
          {...(autoFocusSubmit && { 'data-autofocus': true })}
        >
          {submitLabel}
        </button>
      </div>
    </>
  );
}
