import { useEffect } from 'react';
import { appCommands, type AppCommandSpec } from '../../../shared/commands/appCommands';
import type { ApiClient } from '../../api/apiClient';
import { matchesAccelerator, parseAccelerator } from './accelerator';
import type { CommandRegistry } from './commandRegistry';
import { isKeyClaimedByWidget } from './widgetKeys';

export const isMacPlatform = (): boolean =>
  (window.praxis?.platform ?? navigator.platform).toLowerCase().startsWith('mac') ||
  window.praxis?.platform === 'darwin';

/**
 * Runs commands from the keyboard and from the desktop menu. In the desktop app the menu's
 * accelerators catch the keys and send `app.command`; in a browser the same accelerators are
 * matched here, except for keys the focused widget claims (widgetKeys.ts). Mouse back/forward buttons navigate like Alt+Left/Right.
 */
export function useGlobalShortcuts(registry: CommandRegistry, client: ApiClient): void {
  useEffect(() => {
    const stopMenu = client.onEvent((event) => {
      if (event.type === 'app.command') registry.run(event.payload.command);
    });
    const isMac = isMacPlatform();
    const bindings = (appCommands as readonly AppCommandSpec[])
      .filter((c) => c.accelerator && (client.edition === 'web' || !c.menu))
      .map((c) => ({ id: c.id, accelerator: parseAccelerator(c.accelerator!, isMac) }));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isKeyClaimedByWidget(event)) return;
      const binding = bindings.find((b) => matchesAccelerator(event, b.accelerator));
      if (binding && registry.run(binding.id)) event.preventDefault();
    };
    const onMouseUp = (event: MouseEvent) => {
      if (event.button === 3 && registry.run('go.back')) event.preventDefault();
      if (event.button === 4 && registry.run('go.forward')) event.preventDefault();
    };
    // Capture phase: app shortcuts win over the editor's own key bindings (e.g. Alt+Left).
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('mouseup', onMouseUp);
    return () => {
      stopMenu();
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('mouseup', onMouseUp);
    };
  }, [registry, client]);
}
