import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface TokenInputProps {
  /** The field's name, e.g. "Tags"; also the accessible name of its text box. */
  label: string;
  placeholder: string;
  values: readonly string[];
  /** Values from the vault to offer while typing. */
  suggestions: readonly string[];
  /** The value to store for what was typed, or null if it cannot be one. */
  normalize(value: string): string | null;
  onChange(values: string[]): void;
  disabled?: boolean;
}

const MAX_SUGGESTIONS = 8;

/**
 * A list of short values (tags, domains, aliases) edited as tokens: type and press Enter or comma
 * to add (or pick a suggestion with the arrow keys), Backspace in the empty box removes the last,
 * each token has its own remove button. The box is an ARIA combobox with a listbox of
 * suggestions; additions and removals are announced.
 */
export function TokenInput({
  label,
  placeholder,
  values,
  suggestions,
  normalize,
  onChange,
  disabled,
}: TokenInputProps) {
  const { t } = useTranslation('notes');
  const labelId = useId();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const matches = useMemo(() => {
    const typed = text.trim().replace(/^#/, '').toLowerCase();
    const present = new Set(values.map((v) => v.toLowerCase()));
    const candidates = suggestions.filter((s) => !present.has(s.toLowerCase()));
    if (typed === '') return candidates.slice(0, MAX_SUGGESTIONS);
    const starts = candidates.filter((s) => s.toLowerCase().startsWith(typed));
    const contains = candidates.filter(
      (s) => !s.toLowerCase().startsWith(typed) && s.toLowerCase().includes(typed),
    );
    return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
  }, [text, values, suggestions]);

  const expanded = open && matches.length > 0;

  const add = (raw: string): boolean => {
    const value = normalize(raw);
    setText('');
    setActive(-1);
    if (value === null) return false;
    if (values.some((v) => v.toLowerCase() === value.toLowerCase())) return false;
    onChange([...values, value]);
    setAnnouncement(t('fields.added', { value }));
    return true;
  };

  const remove = (value: string) => {
    onChange(values.filter((v) => v !== value));
    setAnnouncement(t('fields.removed', { value }));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (matches.length === 0 ? -1 : (i + 1) % matches.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (matches.length === 0 ? -1 : (i <= 0 ? matches.length : i) - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          add(matches[active]!);
        } else if (text.trim() !== '') {
          event.preventDefault();
          add(text);
        }
        break;
      case ',':
        event.preventDefault();
        if (text.trim() !== '') add(text);
        break;
      case 'Tab':
        if (expanded && active >= 0) add(matches[active]!);
        else if (text.trim() !== '') add(text);
        setOpen(false);
        break;
      case 'Backspace':
        if (text === '' && values.length > 0) {
          event.preventDefault();
          remove(values[values.length - 1]!);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  };

  return (
    <div className="token-field">
      <span id={labelId} className="field-label">
        {label}
      </span>
      <div
        className={`token-input${disabled ? ' is-disabled' : ''}`}
        onMouseDown={(event) => {
          if (event.target === event.currentTarget) {
            event.preventDefault();
            input.current?.focus();
          }
        }}
      >
        {values.length > 0 && (
          <ul className="token-list" aria-labelledby={labelId}>
            {values.map((value) => (
              <li key={value} className="token">
                <span className="token-text">{value}</span>
                <button
                  type="button"
                  className="token-remove"
                  aria-label={t('fields.remove', { value })}
                  disabled={disabled}
                  onClick={() => remove(value)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="token-combobox">
          <input
            ref={input}
            className="token-text-input"
            role="combobox"
            aria-labelledby={labelId}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder={placeholder}
            value={text}
            disabled={disabled}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              setOpen(false);
              if (text.trim() !== '') add(text);
            }}
            onKeyDown={onKeyDown}
          />
          <ul
            id={listId}
            role="listbox"
            className="token-suggestions"
            aria-label={t('fields.suggestions', { field: label })}
            hidden={!expanded}
          >
            {expanded &&
              matches.map((match, index) => (
                <li
                  key={match}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'is-active' : undefined}
                  onMouseDown={(event) => {
                    // Keep focus in the box; the option is added on mouse down.
                    event.preventDefault();
                    add(match);
                  }}
                >
                  {match}
                </li>
              ))}
          </ul>
        </div>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
