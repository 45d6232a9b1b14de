import { useEffect, useId, useRef, useState } from 'react';
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
export function NoteTitle({
  title,
  focusRequest,
  disabled,
  busy,
  message,
  onCommit,
  onDone,
}: NoteTitleProps) {
  const { t } = useTranslation('notes');
  const field = useRef<HTMLTextAreaElement>(null);
  const messageId = useId();
  /** What the user is typing; null while not editing (the title as the vault has it shows). */
  const [editing, setEditing] = useState<string | null>(null);
  const draft = editing ?? title;
  // The same, readable at once: Enter commits and moves on to the text, and the blur that follows
  // comes before React renders; it must see that the edit is over, not the draft just committed.
  const editingNow = useRef<string | null>(null);
  const setDraft = (value: string | null) => {
    editingNow.current = value;
    setEditing(value);
  };
  const pending = useRef<Promise<boolean> | null>(null);
  /** Typed into since the last commit: the end of a rename must not throw that text away. */
  const typed = useRef(false);

  useEffect(() => {
    if (focusRequest === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [focusRequest]);

  /**
   * One rename at a time: a blur while the rename dialog is open joins the pending one, and a
   * title typed while a rename was finishing is committed after it.
   */
  const commit = (): Promise<boolean> => {
    if (pending.current) return pending.current.then((ok) => (typed.current ? commit() : ok));
    if (editingNow.current === null) return Promise.resolve(true);
    const next = editingNow.current.replace(/\s+/g, ' ').trim();
    typed.current = false;
    if (next === title) {
      setDraft(null);
      return Promise.resolve(true);
    }
    // Either way the vault's title shows again once the rename ends: the new one, or the old one.
    editingNow.current = null;
    pending.current = onCommit(next)
      .then((ok) => {
        if (!typed.current) setDraft(null);
        return ok;
      })
      .finally(() => {
        pending.current = null;
      });
    return pending.current;
  };

  return (
    <div className="note-title-block">
      {/* The title is the page's heading: heading navigation lands on it, and reads its text. */}
      <h1 className="note-title-heading">
        <textarea
          ref={field}
          className="note-title"
          aria-label={t('title.label')}
          aria-describedby={message ? messageId : undefined}
          aria-busy={busy}
          rows={1}
          value={draft}
          placeholder={t('title.placeholder')}
          disabled={disabled}
          spellCheck
          onFocus={() => setDraft(draft)}
          onChange={(event) => {
            typed.current = true;
            setDraft(event.target.value.replace(/[\r\n]+/g, ' '));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void commit().then((ok) => {
                if (ok) onDone();
              });
            } else if (event.key === 'Escape') {
              event.preventDefault();
              typed.current = false;
              setDraft(title);
            }
          }}
          onBlur={() => {
            void commit();
          }}
        />
      </h1>
      {message && (
        <p
          id={messageId}
          className={message.error ? 'field-error' : 'field-hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
