import { useEffect, useRef, type ReactNode } from 'react';

export interface SidePanelOverlayProps {
  side: 'left' | 'right';
  onClose(): void;
  children: ReactNode;
}

/**
 * A side panel shown over the view in a narrow window (App.tsx, NARROW_WINDOW_QUERY) rather than
 * beside it: focus moves into it when it opens and goes back where it was when it closes;
 * Escape, or a click in the view, closes it. Not modal: the rest of the window stays usable.
 */
export function SidePanelOverlay({ side, onClose, children }: SidePanelOverlayProps) {
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const overlay = ref.current!;
    const returnFocus = document.activeElement as HTMLElement | null;
    const first = overlay.querySelector<HTMLElement>(
      '[tabindex="0"], button:not([disabled]), input, select, textarea, a[href]',
    );
    (first ?? overlay).focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element;
      // The activity bar and the toolbar's toggles open and close it themselves.
      if (overlay.contains(target) || target.closest('.activity-bar, [data-panel-toggle]')) return;
      onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      // Focus was in the panel (gone with it now, so on <body>): back where it came from.
      const lost =
        document.activeElement === document.body || overlay.contains(document.activeElement);
      if (returnFocus?.isConnected && lost) returnFocus.focus();
    };
  }, []);

  return (
    <div
      ref={ref}
      className={`side-overlay side-overlay-${side}`}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </div>
  );
}
