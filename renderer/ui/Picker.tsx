import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Dialog } from './Dialog';

export interface PickModifiers {
  /** Shift was held (e.g. "create a note with this name" in the quick switcher). */
  shift: boolean;
}

export interface PickerProps<T> {
  /** The dialog's accessible name (visually hidden). */
  title: string;
  inputLabel: string;
  placeholder: string;
  query: string;
  onQueryChange(query: string): void;
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T): ReactNode;
  /** Whether an item can be picked (disabled items are shown but skipped). */
  isDisabled?(item: T): boolean;
  onPick(item: T, modifiers: PickModifiers): void;
  onClose(): void;
  /** Shown when `items` is empty. */
  emptyText: string;
  /** Announced to screen readers as results change, e.g. "12 notes". */
  resultsText: string;
  /** Key hints under the list. */
  footer?: ReactNode;
  /**
   * The items are not yet those of `query` (they are computed in a deferred render). Enter then
   * waits for them, so that it opens what matches what was typed, not what matched before.
   */
  pending?: boolean;
}

/**
 * A modal filter-and-pick list (quick switcher, command palette): a text box that drives a
 * listbox (WAI-ARIA combobox pattern with `aria-activedescendant`, so focus stays in the text box
 * while Up/Down move the active option). Enter picks, Escape closes and focus returns to where it
 * was.
 */
export function Picker<T>({
  title,
  inputLabel,
  placeholder,
  query,
  onQueryChange,
  items,
  itemKey,
  renderItem,
  isDisabled,
  onPick,
  onClose,
  emptyText,
  resultsText,
  footer,
  pending = false,
}: PickerProps<T>) {
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, items.length - 1);

  useLayoutEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  });

  const pick = (index: number, shift: boolean) => {
    const item = items[index];
    if (item !== undefined && !isDisabled?.(item)) onPick(item, { shift });
  };

  const queuedPick = useRef<PickModifiers | null>(null);
  const latestPick = useRef(pick);
  useEffect(() => {
    latestPick.current = pick;
  });
  useEffect(() => {
    const queued = queuedPick.current;
    if (pending || !queued) return;
    queuedPick.current = null;
    // A new query made the first item active.
    latestPick.current(0, queued.shift);
  }, [pending, items]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const page = 8;
    const move = (to: number) => {
      event.preventDefault();
      if (items.length > 0) setActive(((to % items.length) + items.length) % items.length);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(activeIndex + 1);
      case 'ArrowUp':
        return move(activeIndex - 1);
      case 'PageDown':
        return move(Math.min(items.length - 1, activeIndex + page));
      case 'PageUp':
        return move(Math.max(0, activeIndex - page));
      case 'Enter':
        if (event.nativeEvent.isComposing) return;
        event.preventDefault();
        if (pending) queuedPick.current = { shift: event.shiftKey };
        else pick(activeIndex, event.shiftKey);
        return;
    }
  };

  return (
    <Dialog title={title} hideTitle onClose={onClose} className="picker">
      <input
        className="picker-input"
        type="text"
        role="combobox"
        aria-label={inputLabel}
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(event) => {
          // A new query starts again from the best match.
          setActive(0);
          onQueryChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      {items.length > 0 && (
        <ul id={listId} role="listbox" aria-label={inputLabel} className="picker-list">
          {items.map((item, index) => (
            <li
              key={itemKey(item)}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              aria-disabled={isDisabled?.(item) || undefined}
              className={`picker-option${index === activeIndex ? ' is-active' : ''}`}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => pick(index, event.shiftKey)}
            >
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      {items.length === 0 && <p className="picker-empty">{emptyText}</p>}
      <p className="visually-hidden" role="status">
        {resultsText}
      </p>
      {footer && <div className="picker-footer">{footer}</div>}
    </Dialog>
  );
}
