import { useTranslation } from 'react-i18next';
import { appCommands, type AppCommandSpec } from '../../../shared/commands/appCommands';
import { shortcutLabel } from '../../services/commands/shortcutLabel';

/** Every command with a keyboard shortcut (read-only: shortcuts are not configurable yet). */
export function ShortcutsSettings() {
  const { t } = useTranslation('commands');
  const { t: tApp } = useTranslation('app');
  const withShortcut = (appCommands as readonly AppCommandSpec[]).filter((c) => c.accelerator);
  return (
    <table className="shortcuts-table">
      <thead>
        <tr>
          <th scope="col">{tApp('settings.command')}</th>
          <th scope="col">{tApp('settings.shortcut')}</th>
        </tr>
      </thead>
      <tbody>
        {withShortcut.map((command) => (
          <tr key={command.id}>
            <td>{t(command.id)}</td>
            <td>
              <kbd className="shortcut">{shortcutLabel(command.id)}</kbd>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
