import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** How a value shows (a domain slug as its name and colour), if not as written. */
export interface TokenLook {
  label: string;
  /** A `#rrggbb` swatch before the label. */
  colour?: string;
  /** Shown after a suggestion's label, e.g. the slug it stands for. */
  detail?: string;
  /** The value is suspect, e.g. "not in the domain list": marked and said. */
  flag?: string;
}

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
  /** How tokens and suggestions show; suggestions also match what it labels them. */
  describe?(value: string): TokenLook | undefined;
  /**
   * Makes each token a button that opens what it stands for (a domain's page, a tag's notes);
   * `label` is the button's accessible name, given the token's label as shown.
   */
  link?: { open(value: string): void; label(shown: string): string };
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
  describe,
  link,
}: TokenInputProps) {
  const { t } = useTranslation('notes');
  const labelId = useId();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const labelOf = (value: string) => describe?.(value)?.label ?? value;

  const matches = useMemo(() => {
    const typed = text.trim().replace(/^#/, '').toLowerCase();
    const present = new Set(values.map((v) => v.toLowerCase()));
    const candidates = suggestions.filter((s) => !present.has(s.toLowerCase()));
    if (typed === '') return candidates.slice(0, MAX_SUGGESTIONS);
    const texts = (s: string) => {
      const label = describe?.(s)?.label;
      return label === undefined ? [s.toLowerCase()] : [s.toLowerCase(), label.toLowerCase()];
    };
    const starts = candidates.filter((s) => texts(s).some((x) => x.startsWith(typed)));
    const contains = candidates.filter(
      (s) => !starts.includes(s) && texts(s).some((x) => x.includes(typed)),
    );
    return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
  }, [text, values, suggestions, describe]);

  const expanded = open && matches.length > 0;

  const add = (raw: string): boolean => {
    const value = normalize(raw);
    setText('');
    setActive(-1);
    if (value === null) return false;
    if (values.some((v) => v.toLowerCase() === value.toLowerCase())) return false;
    onChange([...values, value]);
    setAnnouncement(t('fields.added', { value: labelOf(value) }));
    return true;
  };

  const remove = (value: string) => {
    onChange(values.filter((v) => v !== value));
    setAnnouncement(t('fields.removed', { value: labelOf(value) }));
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
            {values.map((value) => {
              const look = describe?.(value);
              return (
                <li
                  key={value}
                  className={`token${look?.flag ? ' is-flagged' : ''}`}
                  title={look && look.label !== value ? value : undefined}
                >
                  {look?.colour && (
                    <span
                      className="token-swatch"
                      style={{ background: look.colour }}
                      aria-hidden="true"
                    />
                  )}
                  {link ? (
                    <button
                      type="button"
                      className="token-text token-open"
                      aria-label={link.label(look?.label ?? value)}
                      title={link.label(look?.label ?? value)}
                      onClick={() => link.open(value)}
                    >
                      {look?.label ?? value}
                    </button>
                  ) : (
                    <span className="token-text">{look?.label ?? value}</span>
                  )}
                  {look?.flag && (
                    <span className="token-flag" title={look.flag}>
                      <Icon name="warning" size={12} />
                      <span className="visually-hidden">({look.flag})</span>
                    </span>
                  )}
                  <button
                    type="button"
                    className="token-remove"
                    aria-label={t('fields.remove', { value: look?.label ?? value })}
                    disabled={disabled}
                    onClick={() => remove(value)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
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
              matches.map((match, index) => {
                const look = describe?.(match);
                return (
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
                    {look?.colour && (
                      <span
                        className="token-swatch"
                        style={{ background: look.colour }}
                        aria-hidden="true"
                      />
                    )}
                    {look?.label ?? match}
                    {look?.detail && <span className="token-detail"> {look.detail}</span>}
                  </li>
                );
              })}
          </ul>
        </div>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
