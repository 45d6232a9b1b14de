/**
 * F6 / Shift+F6 move the keyboard between the parts of the window — activity bar, sidebar, the
 * view, right panel — as in VS Code and most desktop apps, so that no part is far away by Tab.
 * A part is any element marked `data-window-part`, in document order; hidden parts are skipped.
 */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex], [contenteditable="true"]';

function firstTabbable(part: HTMLElement): HTMLElement | null {
  // In the centre, the view itself comes before its toolbar.
  const preferred = part.querySelector<HTMLElement>('[data-window-part-focus]');
  const candidates = [
    ...(preferred ? preferred.querySelectorAll<HTMLElement>(TABBABLE) : []),
    ...part.querySelectorAll<HTMLElement>(TABBABLE),
  ];
  return candidates.find((el) => el.tabIndex >= 0 && el.getClientRects().length > 0) ?? null;
}

export function focusWindowPart(direction: 1 | -1): void {
  const parts = [...document.querySelectorAll<HTMLElement>('[data-window-part]')].filter(
    (part) => part.getClientRects().length > 0 && firstTabbable(part),
  );
  if (parts.length === 0) return;
  const current = parts.findIndex((part) => part.contains(document.activeElement));
  const next =
    current < 0
      ? direction === 1
        ? 0
        : parts.length - 1
      : (current + direction + parts.length) % parts.length;
  firstTabbable(parts[next]!)?.focus();
}
