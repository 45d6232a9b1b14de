import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppCommandId } from '../../../shared/commands/appCommands';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { ContextMenu } from '../../ui/ContextMenu';
import { IconButton } from '../../ui/IconButton';

const commands: readonly AppCommandId[] = ['note.print', 'note.exportPdf', 'note.exportHtml'];

/**
 * In the open note's toolbar: a menu of Print, Export as PDF (where the app can make one) and
 * Export as HTML — the same commands as the palette and the File menu.
 */
export function NoteExportMenu() {
  const { t } = useTranslation(['notes', 'commands']);
  const registry = useCommandRegistry();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const items = commands
    .filter((id) => registry.isEnabled(id))
    .map((id) => ({ id, label: t(`commands:${id}`), run: () => registry.run(id) }));
  return (
    <>
      <IconButton
        ref={button}
        icon="print"
        label={t('notes:export.menu')}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        className="note-export-button"
        onClick={() => {
          const box = button.current!.getBoundingClientRect();
          setAt({ x: box.left, y: box.bottom + 2 });
        }}
      />
      {at && (
        <ContextMenu
          label={t('notes:export.menu')}
          items={items}
          x={at.x}
          y={at.y}
          onClose={() => setAt(null)}
        />
      )}
    </>
  );
}
