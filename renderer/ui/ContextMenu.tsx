import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface ContextMenuItem {
  id: string;
  label: string;
  run(): void;
  /** Drawn in the danger colour (deletions). */
  danger?: boolean;
}

export interface ContextMenuProps {
  /** Accessible name of the menu, e.g. the item it acts on. */
  label: string;
  items: readonly ContextMenuItem[];
  /** Where it opens, in window coordinates (kept inside the window). */
  x: number;
  y: number;
  onClose(): void;
}

/**
 * A context menu following the WAI-ARIA menu pattern: focus moves to its first item, Up/Down
 * (wrapping), Home/End and first letters move between items, Enter or Space runs one, Escape or
 * Tab closes it and focus returns to where it was; a click outside closes it too.
 */
export function ContextMenu({ label, items, x, y, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const menu = ref.current!;
    const returnFocus = document.activeElement as HTMLElement | null;
    // Kept inside the window, whatever the size of the menu.
    const box = menu.getBoundingClientRect();
    menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - box.width))}px`;
    menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - box.height))}px`;
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.contains(event.target as Node)) onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, [x, y]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...ref.current!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => buttons[(index + buttons.length) % buttons.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(buttons.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default: {
        if (event.key.length !== 1 || !event.key.trim()) return;
        const letter = event.key.toLocaleLowerCase();
        const next = items.findIndex(
          (item, i) => i > at && item.label.toLocaleLowerCase().startsWith(letter),
        );
        const first = items.findIndex((item) => item.label.toLocaleLowerCase().startsWith(letter));
        if (next >= 0 || first >= 0) focus(next >= 0 ? next : first);
      }
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`context-menu-item${item.danger ? ' is-danger' : ''}`}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            onClose();
            item.run();
          }}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
