import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { tokenOptions, type TokenLook, type TokenOption } from './tokenOptions';

export type { TokenLook } from './tokenOptions';

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
 * A list of short values (tags, domains, aliases) edited as tokens. Typing shows the matching
 * suggestions with the first highlighted: Enter (or Tab) takes the highlighted one, the arrows
 * move, the last option (“Add …”) creates what was typed, a comma adds the text as typed, Esc
 * closes the list. Backspace in the empty box removes the last token,
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

  const options = useMemo(
    () => tokenOptions({ text, values, suggestions, normalize, describe, max: MAX_SUGGESTIONS }),
    [text, values, suggestions, normalize, describe],
  );
  const pick = (option: TokenOption) => add(option.value);

  const expanded = open && options.length > 0;

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
        setActive((i) => (options.length === 0 ? -1 : (i + 1) % options.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (options.length === 0 ? -1 : (i <= 0 ? options.length : i) - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          pick(options[active]!);
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
        if (expanded && active >= 0) pick(options[active]!);
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
              // The first match is highlighted as soon as something is typed: Enter takes it.
              setActive(event.target.value.trim() === '' ? -1 : 0);
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
              options.map((option, index) => {
                const look = describe?.(option.value);
                return (
                  <li
                    key={`${option.kind}:${option.value}`}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className={
                      [
                        index === active ? 'is-active' : '',
                        option.kind === 'create' ? 'is-create' : '',
                      ]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                    onMouseDown={(event) => {
                      // Keep focus in the box; the option is added on mouse down.
                      event.preventDefault();
                      pick(option);
                    }}
                  >
                    {option.kind === 'create' ? (
                      t('fields.create', { value: look?.label ?? option.value })
                    ) : (
                      <>
                        {look?.colour && (
                          <span
                            className="token-swatch"
                            style={{ background: look.colour }}
                            aria-hidden="true"
                          />
                        )}
                        {look?.label ?? option.value}
                        {look?.detail && <span className="token-detail"> {look.detail}</span>}
                      </>
                    )}
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
