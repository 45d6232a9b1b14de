/**
 * Keys a focused widget handles itself, before the app's shortcuts. A widget that gives a key
 * its own meaning where it has focus (F2 renames the focused tag in the tag pane, while the app's
 * F2 renames the open note) marks its container with `data-widget-keys="F2"` (key names as
 * `KeyboardEvent.key` gives them, separated by spaces); the global shortcuts then leave that key
 * to the widget, as VS Code's focus-scoped keybindings do.
 */
export const WIDGET_KEYS_ATTRIBUTE = 'data-widget-keys';

/** Whether the focused widget the event comes from claims its key. */
export function isKeyClaimedByWidget(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const target = event.target;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  for (
    let owner = (target as Element).closest(`[${WIDGET_KEYS_ATTRIBUTE}]`);
    owner !== null;
    owner = owner.parentElement?.closest(`[${WIDGET_KEYS_ATTRIBUTE}]`) ?? null
  ) {
    const keys = (owner.getAttribute(WIDGET_KEYS_ATTRIBUTE) ?? '').split(/\s+/);
    if (keys.includes(event.key)) return true;
  }
  return false;
}
