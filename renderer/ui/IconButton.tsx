import type { ButtonHTMLAttributes } from 'react';
import { shortcutLabel } from '../services/commands/shortcutLabel';
import { Icon, type IconName } from './Icon';

export interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'title' | 'children'
> {
  icon: IconName;
  /** The accessible name, also the tooltip. */
  label: string;
  /** The app command it runs: its shortcut is added to the tooltip (`Back (Alt+←)`). */
  shortcutOf?: string;
}

/** A toolbar button showing only an icon: named for screen readers, with a tooltip that says so. */
export function IconButton({ icon, label, shortcutOf, className, ...button }: IconButtonProps) {
  const shortcut = shortcutOf ? shortcutLabel(shortcutOf) : null;
  return (
    <button
      type="button"
      {...button}
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
    >
      <Icon name={icon} />
    </button>
  );
}
