import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  /** The dialog's accessible name, shown as its heading unless `hideTitle`. */
  title: string;
  hideTitle?: boolean;
  onClose(): void;
  children: ReactNode;
  /** Extra class for sizing (e.g. a palette at the top of the window). */
  className?: string;
  /** Accessible description, if the title is not enough. */
  description?: string;
}

/**
 * A modal dialog on the native <dialog> element: the page behind is inert, focus moves into the
 * dialog, Escape closes it, and focus returns to where it was when the dialog closes.
 */
export function Dialog({
  title,
  hideTitle,
  onClose,
  children,
  className,
  description,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current!;
    const returnFocus = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element; a control marked `data-autofocus` (the
    // safe choice of a confirmation, say) takes focus instead. React's autoFocus runs too early.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onMouseDown={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === ref.current) onCloseRef.current();
      }}
    >
      <div className="dialog-content">
        <h2 id={titleId} className={hideTitle ? 'visually-hidden' : 'dialog-title'}>
          {title}
        </h2>
        {description && (
          <p id={descriptionId} className="dialog-description">
            {description}
          </p>
        )}
        {children}
      </div>
    </dialog>
  );
}
