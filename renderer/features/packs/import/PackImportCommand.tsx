import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_EXTENSION } from '../../../../shared/packs/packManifest';
import { useApiClient } from '../../../api/ApiContext';
import { useCommandHandler } from '../../../services/commands/CommandsContext';
import { usePackOpenRequests } from '../../../services/usePackOpenRequests';
import { useToasts } from '../../../services/toasts';
import { PackImportDialog } from './PackImportDialog';
import { UndoImportDialog } from './UndoImportDialog';
import { usePackDrop } from './usePackDrop';

interface Opening {
  /** Each opening is a dialog of its own (a second pack replaces the first). */
  key: number;
  locate(): Promise<string>;
}

/**
 * Importing knowledge packs, for the whole window: "Import knowledge pack…" (File menu, command
 * palette) opens the OS's dialog in the desktop app (`host.chooseOpenPath`) and a file input in a
 * browser; a pack dropped on the window, or double-clicked in the OS (desktop, taken with
 * `host.takeOpenRequests`), opens too; "Undo the last import…" asks first. Each opens its dialog.
 */
export function PackImportCommand() {
  const { t } = useTranslation('packs');
  const { edition, host, packFiles } = useApiClient();
  const { notify, notifyError } = useToasts();
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);
  const [opening, setOpening] = useState<Opening | null>(null);
  const [undoOpen, setUndoOpen] = useState(false);

  const open = useCallback((locate: () => Promise<string>) => {
    setOpening({ key: nextKey.current++, locate });
  }, []);
  const openFile = useCallback(
    (file: File) => {
      if (!file.name.toLowerCase().endsWith(PACK_EXTENSION))
        return notify({ kind: 'error', message: t('import.notAPackFile') });
      open(() => packFiles.pathOf(file));
    },
    [notify, open, packFiles, t],
  );

  useCommandHandler('packs.import', async () => {
    if (edition === 'web') return input.current?.click();
    try {
      const file = await host['host.chooseOpenPath']({ kind: 'pack' });
      if (file) open(async () => file);
    } catch (error) {
      notifyError(error);
    }
  });
  useCommandHandler('packs.undoImport', () => setUndoOpen(true));
  usePackDrop(openFile);
  usePackOpenRequests((file) => open(async () => file));

  // A pack chosen again after its dialog closed is still a change of the input.
  useEffect(() => {
    if (!opening && input.current) input.current.value = '';
  }, [opening]);

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".praxispack"
        hidden
        aria-label={t('import.chooseFile')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) openFile(file);
        }}
      />
      {opening && (
        <PackImportDialog
          key={opening.key}
          locate={opening.locate}
          onClose={() => setOpening(null)}
          onImported={(record) =>
            notify({
              kind: 'success',
              message: t('import.done', {
                title: record.title,
                version: record.version,
                ...record.counts,
              }),
              action: { label: t('import.undoAction'), run: () => setUndoOpen(true) },
            })
          }
        />
      )}
      {undoOpen && <UndoImportDialog onClose={() => setUndoOpen(false)} />}
    </>
  );
}
