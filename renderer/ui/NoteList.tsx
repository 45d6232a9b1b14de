import { useRef, useState, type KeyboardEvent } from 'react';

export interface NoteListItem {
  path: string;
  title: string;
  /** Secondary text, e.g. "3 minutes ago". */
  detail?: string;
}

/**
 * A short list of notes (recent notes): a listbox with one tab stop; Up/Down/Home/End move,
 * Enter or a click opens. Short by design — long lists belong in a TreeView, which is windowed.
 */
export function NoteList({
  label,
  items,
  selectedPath,
  onOpen,
}: {
  label: string;
  items: readonly NoteListItem[];
  selectedPath: string | null;
  onOpen(path: string): void;
}) {
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const activeIndex = Math.min(active, items.length - 1);

  const focusAt = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusAt(activeIndex + 1),
      ArrowUp: () => focusAt(activeIndex - 1),
      Home: () => focusAt(0),
      End: () => focusAt(items.length - 1),
      Enter: () => items[activeIndex] && onOpen(items[activeIndex].path),
      ' ': () => items[activeIndex] && onOpen(items[activeIndex].path),
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };

  return (
    <ul ref={listRef} role="listbox" aria-label={label} className="note-list" onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <li
          key={item.path}
          role="option"
          aria-selected={item.path === selectedPath}
          tabIndex={index === activeIndex ? 0 : -1}
          className={`note-list-item${item.path === selectedPath ? ' is-selected' : ''}`}
          title={item.path}
          onClick={() => {
            setActive(index);
            onOpen(item.path);
          }}
        >
          <span className="note-list-title">{item.title}</span>
          {item.detail && <span className="note-list-detail">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
