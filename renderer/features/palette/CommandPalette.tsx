import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { shortcutLabel } from '../../services/commands/shortcutLabel';
import { useUiState } from '../../services/useUiState';
import { Highlighted } from '../../ui/Highlighted';
import { Picker } from '../../ui/Picker';
import { filterCommands, pushRecentCommand, type FilteredCommand } from './filterCommands';

const recentSchema = z.array(z.string().max(200)).max(20);

/**
 * Ctrl/Cmd+Shift+P: every command that can run now, with its shortcut; type to filter (fuzzy),
 * Enter runs. Recently run commands come first.
 */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('app');
  const { t: tCommand } = useTranslation('commands');
  const registry = useCommandRegistry();
  const version = useSyncExternalStore(registry.subscribe, registry.getVersion);
  const [query, setQuery] = useState('');
  const [recent, setRecent] = useUiState('recentCommands', recentSchema, []);

  const commands = useMemo(
    () =>
      registry
        .available()
        .filter((c) => c.enabled && c.id !== 'view.commandPalette')
        .map((c) => ({
          id: c.id,
          label: c.label ?? tCommand(c.id),
          shortcut: shortcutLabel(c.id),
        })),
    // `version` changes when handlers come and go.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [registry, tCommand, version],
  );
  const items = useMemo(() => filterCommands(commands, query, recent), [commands, query, recent]);

  const run = (command: FilteredCommand) => {
    setRecent((current) => pushRecentCommand(current, command.id));
    onClose();
    // After the palette has closed and focus is back where it was, so that the command acts
    // there (and a command that opens a dialog returns focus there too).
    setTimeout(() => registry.run(command.id), 0);
  };

  return (
    <Picker<FilteredCommand>
      title={t('palette.title')}
      inputLabel={t('palette.inputLabel')}
      placeholder={t('palette.placeholder')}
      query={query}
      onQueryChange={setQuery}
      items={items}
      itemKey={(c) => c.id}
      onPick={run}
      onClose={onClose}
      emptyText={t('palette.noMatch')}
      resultsText={t('palette.results', { count: items.length })}
      renderItem={(command) => (
        <span className="picker-row">
          <span className="picker-row-title">
            <Highlighted text={command.label} matches={command.matches} />
          </span>
          {command.shortcut && <kbd className="shortcut">{command.shortcut}</kbd>}
        </span>
      )}
      footer={
        <>
          <span>{t('switcher.hintNavigate')}</span>
          <span>{t('palette.hintRun')}</span>
          <span>{t('switcher.hintClose')}</span>
        </>
      }
    />
  );
}
