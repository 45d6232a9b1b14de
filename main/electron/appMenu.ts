import type { MenuItemConstructorOptions } from 'electron';
import {
  appCommands,
  type AppCommandSpec,
  type MenuSection,
} from '../../shared/commands/appCommands';

export interface AppMenuActions {
  /** Label of a command or menu, from the `commands` i18n namespace. */
  label(key: string): string;
  runCommand(id: string): void;
  openVault(): void;
  revealVault(): void;
  isMac: boolean;
  isDev: boolean;
}

/**
 * The application menu: the standard roles (undo, copy, zoom, quit…) plus every command of
 * shared/commands/appCommands.ts that names a menu, so menu and command palette never diverge.
 */
export function buildAppMenuTemplate(actions: AppMenuActions): MenuItemConstructorOptions[] {
  const commandsIn = (section: MenuSection): MenuItemConstructorOptions[] =>
    (appCommands as readonly AppCommandSpec[])
      .filter((c) => c.menu === section)
      .flatMap((c) => [
        ...(c.separatorBefore ? [{ type: 'separator' as const }] : []),
        {
          id: c.id,
          label: actions.label(c.id),
          ...(c.accelerator ? { accelerator: c.accelerator } : {}),
          click: () => actions.runCommand(c.id),
        },
      ]);
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  return [
    ...(actions.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: actions.label('menu.file'),
      submenu: [
        ...commandsIn('file'),
        sep,
        { id: 'vault.open', label: actions.label('menu.openVault'), click: actions.openVault },
        {
          id: 'vault.reveal',
          label: actions.label('menu.revealVault'),
          click: actions.revealVault,
        },
        ...(actions.isMac ? [] : [sep, { role: 'quit' as const }]),
      ],
    },
    {
      label: actions.label('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        ...commandsIn('edit'),
      ],
    },
    {
      label: actions.label('menu.view'),
      submenu: [
        ...commandsIn('view'),
        sep,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        sep,
        { role: 'togglefullscreen' },
        ...(actions.isDev ? [sep, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: actions.label('menu.go'), submenu: commandsIn('go') },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: actions.label('menu.help'),
      submenu: [...commandsIn('help'), ...(actions.isMac ? [] : [sep, { role: 'about' as const }])],
    },
  ];
}
