/**
 * Electron accelerator strings (`CmdOrCtrl+Shift+P`, `Alt+Left`, `F2`) — the syntax of
 * shared/commands/appCommands.ts — matched against keyboard events and shown as labels, so the
 * palette, the web edition's shortcuts and the desktop menu all use the same definition.
 */
export interface Accelerator {
  key: string;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const KEY_ALIASES: Record<string, string> = {
  left: 'ArrowLeft',
  right: 'ArrowRight',
  up: 'ArrowUp',
  down: 'ArrowDown',
  esc: 'Escape',
  escape: 'Escape',
  enter: 'Enter',
  return: 'Enter',
  space: ' ',
  plus: '+',
  tab: 'Tab',
  delete: 'Delete',
  backspace: 'Backspace',
};

export function parseAccelerator(accelerator: string, isMac: boolean): Accelerator {
  const parts = accelerator.split('+');
  const result: Accelerator = { key: '', ctrl: false, meta: false, alt: false, shift: false };
  for (const raw of parts) {
    const part = raw.toLowerCase();
    if (part === 'cmdorctrl' || part === 'commandorcontrol') {
      if (isMac) result.meta = true;
      else result.ctrl = true;
    } else if (part === 'ctrl' || part === 'control') result.ctrl = true;
    else if (part === 'cmd' || part === 'command' || part === 'meta' || part === 'super')
      result.meta = true;
    else if (part === 'alt' || part === 'option') result.alt = true;
    else if (part === 'shift') result.shift = true;
    else result.key = KEY_ALIASES[part] ?? raw;
  }
  return result;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function matchesAccelerator(event: KeyLike, accelerator: Accelerator): boolean {
  if (
    event.ctrlKey !== accelerator.ctrl ||
    event.metaKey !== accelerator.meta ||
    event.altKey !== accelerator.alt ||
    event.shiftKey !== accelerator.shift
  )
    return false;
  const wanted = accelerator.key;
  if (event.key.toLowerCase() === wanted.toLowerCase()) return true;
  // With Shift or Alt held, `key` may be another character; the physical key still matches.
  if (/^[a-z]$/i.test(wanted)) return event.code === `Key${wanted.toUpperCase()}`;
  if (/^[0-9]$/.test(wanted)) return event.code === `Digit${wanted}`;
  if (wanted === '\\') return event.code === 'Backslash';
  return false;
}

/** How a shortcut is shown to the user: `Ctrl+Shift+P`, or `⇧⌘P` on macOS. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const a = parseAccelerator(accelerator, isMac);
  const key =
    { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', ' ': 'Space' }[a.key] ??
    (a.key.length === 1 ? a.key.toUpperCase() : a.key);
  if (isMac)
    return `${a.ctrl ? '⌃' : ''}${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.meta ? '⌘' : ''}${key}`;
  return [a.ctrl && 'Ctrl', a.meta && 'Win', a.alt && 'Alt', a.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}
