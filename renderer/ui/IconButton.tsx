import type { ButtonHTMLAttributes, Ref } from 'react';
import { Icon, type IconName } from './Icon';

export interface IconButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'title' | 'children'
> {
  icon: IconName;
  /** The accessible name, also the tooltip. */
  label: string;
  /**
   * The shortcut of the command it runs, as shown on this platform (`shortcutLabel(id)`): added
   * to the tooltip (`Back (Alt+←)`).
   */
  shortcut?: string | null;
  ref?: Ref<HTMLButtonElement>;
}

/** A toolbar button showing only an icon: named for screen readers, with a tooltip that says so. */
export function IconButton({ icon, label, shortcut, className, ...button }: IconButtonProps) {
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
