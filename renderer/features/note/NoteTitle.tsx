import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface NoteTitleProps {
  title: string;
  /** Each new value focuses the title and selects it (F2, a new note). */
  focusRequest: number;
  disabled: boolean;
  busy: boolean;
  /** A message about the last rename (an error, or what was updated). */
  message: { text: string; error: boolean } | null;
  /** Renames the note; resolves false when the title was not taken (the old one comes back). */
  onCommit(title: string): Promise<boolean>;
  /** Enter: go on to the text. */
  onDone(): void;
}

/**
 * The note's title, editable in place. Committing a new title (Enter or leaving the field) renames
 * the note; Escape puts the title back. Enter then moves on to the editor.
 */
export function NoteTitle({ title, focusRequest, disabled, busy, message, onCommit, onDone }: NoteTitleProps) {
  const { t } = useTranslation('notes');
  const field = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(title);
  const [editing, setEditing] = useState(false);
  const pending = useRef<Promise<boolean> | null>(null);

  // Follow the title from outside (a rename elsewhere, an edit on disk) while not editing it.
  useEffect(() => {
    if (!editing) setDraft(title);
  }, [title, editing]);

  useEffect(() => {
    if (focusRequest === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [focusRequest]);

  /** One rename at a time: a blur while the rename dialog is open joins the pending one. */
  const commit = (): Promise<boolean> => {
    if (pending.current) return pending.current;
    const next = draft.replace(/\s+/g, ' ').trim();
    if (next === title) {
      setDraft(title);
      return Promise.resolve(true);
    }
    const previous = title;
    pending.current = onCommit(next)
      .then((ok) => {
        if (!ok) setDraft(previous);
        return ok;
      })
      .finally(() => {
        pending.current = null;
      });
    return pending.current;
  };

  return (
    <div className="note-title-block">
      <textarea
        ref={field}
        className="note-title"
        aria-label={t('title.label')}
        aria-describedby={message ? 'note-title-message' : undefined}
        aria-busy={busy}
        rows={1}
        value={draft}
        placeholder={t('title.placeholder')}
        disabled={disabled}
        spellCheck
        onFocus={() => setEditing(true)}
        onChange={(event) => setDraft(event.target.value.replace(/[\r\n]+/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit().then((ok) => {
              if (ok) onDone();
            });
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(title);
          }
        }}
        onBlur={() => {
          void commit().finally(() => setEditing(false));
        }}
      />
      {message && (
        <p
          id="note-title-message"
          className={message.error ? 'field-error' : 'field-hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
