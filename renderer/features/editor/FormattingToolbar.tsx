import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAccelerator } from '../../services/commands/accelerator';
import { isMacPlatform } from '../../services/commands/useGlobalShortcuts';
import { IconButton } from '../../ui/IconButton';
import type { IconName } from '../../ui/Icon';
import { formattingKeys, type FormattingCommand } from './formatting';

const BUTTONS: readonly { command: FormattingCommand; icon: IconName }[] = [
  { command: 'bold', icon: 'bold' },
  { command: 'italic', icon: 'italic' },
  { command: 'link', icon: 'link' },
  { command: 'heading', icon: 'heading' },
  { command: 'bullet', icon: 'listBullet' },
  { command: 'numbered', icon: 'listNumbered' },
  { command: 'task', icon: 'checkbox' },
];

/** `Mod-Shift-8` (CodeMirror) as the user's platform shows it: `Ctrl+Shift+8`, `⇧⌘8`. */
const keyLabel = (key: string, isMac: boolean) =>
  formatAccelerator(key.replace(/^Mod-/, 'CmdOrCtrl-').replaceAll('-', '+'), isMac);

export interface FormattingToolbarProps {
  disabled: boolean;
  onFormat(command: FormattingCommand): void;
}

/**
 * Bold, italic, link, heading and lists above the text, for those who reach for the mouse; each
 * button's tooltip says its shortcut. One tab stop, arrows move between buttons (the ARIA
 * toolbar pattern); a click leaves the focus and the selection in the editor.
 */
export function FormattingToolbar({ disabled, onFormat }: FormattingToolbarProps) {
  const { t } = useTranslation('notes');
  const isMac = isMacPlatform();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (index: number) => {
    const next = (index + BUTTONS.length) % BUTTONS.length;
    setCurrent(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const to = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: BUTTONS.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  };

  return (
    <div
      className="formatting-toolbar"
      role="toolbar"
      aria-label={t('format.toolbar')}
      aria-disabled={disabled || undefined}
      onKeyDown={onKeyDown}
    >
      {BUTTONS.map(({ command, icon }, index) => (
        <IconButton
          key={command}
          ref={(button) => {
            buttons.current[index] = button;
          }}
          icon={icon}
          label={t(`format.${command}`)}
          shortcut={keyLabel(formattingKeys[command], isMac)}
          tabIndex={index === current ? 0 : -1}
          disabled={disabled}
          // Keeps the editor's focus and selection for the command.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            setCurrent(index);
            onFormat(command);
          }}
        />
      ))}
    </div>
  );
}
