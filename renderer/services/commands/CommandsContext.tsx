import { createContext, useContext, useEffect, useRef } from 'react';
import type { AppCommandId } from '../../../shared/commands/appCommands';
import type { CommandRegistry } from './commandRegistry';

export const CommandsContext = createContext<CommandRegistry | null>(null);

export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(CommandsContext);
  if (!registry)
    throw new Error('useCommandRegistry must be used inside <CommandsContext.Provider>.');
  return registry;
}

/**
 * Handles a command while the calling component is mounted. `run` and `enabled` may change on
 * every render; the latest ones are used.
 */
export function useCommandHandler(
  id: AppCommandId,
  run: () => void | Promise<void>,
  enabled = true,
  /** The label the palette shows for it now, when it says more than the command's name. */
  label?: string,
) {
  const registry = useCommandRegistry();
  const latest = useRef({ run, enabled, label });
  useEffect(() => {
    latest.current = { run, enabled, label };
  });
  useEffect(
    () =>
      registry.register(id, {
        run: () => latest.current.run(),
        isEnabled: () => latest.current.enabled,
        label: () => latest.current.label,
      }),
    [registry, id],
  );
}
