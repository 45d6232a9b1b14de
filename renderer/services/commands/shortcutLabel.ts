import { findAppCommand } from '../../../shared/commands/appCommands';
import { formatAccelerator } from './accelerator';
import { isMacPlatform } from './useGlobalShortcuts';

/** How the shortcut of a command is shown on this platform (`Ctrl+N`, `⌘N`), or null. */
export function shortcutLabel(commandId: string): string | null {
  const accelerator = findAppCommand(commandId)?.accelerator;
  return accelerator ? formatAccelerator(accelerator, isMacPlatform()) : null;
}
