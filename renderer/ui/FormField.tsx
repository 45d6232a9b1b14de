import { useId, type ReactNode } from 'react';

/** What the one control of a field spreads onto itself: its id and how it is described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  /** The control's id, when the form must find it (to focus it); default: a new one. */
  id?: string;
  /** The control's accessible name. */
  label: ReactNode;
  /** Shown under the control and read with it. */
  hint?: ReactNode;
  /** What is wrong with the value, in the UI language; null when nothing is. */
  error: string | null;
  /** Extra class beside `form-field`. */
  className?: string;
  /** The control, given the props that tie it to the label, hint and error. */
  children(control: FieldControlProps): ReactNode;
}

/**
 * A labelled form control with an optional hint and error, wired so a screen reader says the
 * error, then the hint, after the control's name:
 *
 *   <FormField label={t('rename.newSlug')} error={problem}>
 *     {(control) => <input {...control} className="input" value={to} onChange={…} />}
 *   </FormField>
 */
export function FormField({
  id: givenId,
  label,
  hint,
  error,
  className,
  children,
}: FormFieldProps) {
  const newId = useId();
  const id = givenId ?? newId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [error !== null ? errorId : null, hint !== undefined ? hintId : null]
      .filter((part) => part !== null)
      .join(' ') || undefined;
  return (
    <div className={className === undefined ? 'form-field' : `form-field ${className}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error !== null, 'aria-describedby': describedBy })}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
