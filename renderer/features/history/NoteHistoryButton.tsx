import { useTranslation } from 'react-i18next';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { IconButton } from '../../ui/IconButton';

/** In the open note's toolbar: opens its History (the `note.history` command, as the palette does). */
export function NoteHistoryButton() {
  const { t } = useTranslation('commands');
  const registry = useCommandRegistry();
  return (
    <IconButton
      icon="clock"
      label={t('note.history')}
      className="note-history-button"
      onClick={() => registry.run('note.history')}
    />
  );
}
