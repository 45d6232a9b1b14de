import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../../../shared/i18n/i18nResources';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useToasts } from '../../services/toasts';

export interface NotePrintOptions {
  path: string;
  title: string;
  /** The text in the editor now. */
  currentText(): string;
  /** Saves what is typed (exports read the note from disk). */
  flush(): Promise<unknown>;
}

/** Offers `text` as a file the browser downloads (the web edition has no save dialog). */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Printing and exporting the open note: the `note.print`, `note.exportPdf` (desktop only) and
 * `note.exportHtml` commands. While the page prints — through these commands or the browser's
 * own Print — `printText` takes the note's text, for a print-only copy of it (NotePrintCopy):
 * the print styles hide the rest of the window, so the note alone prints, all of it, whatever
 * mode it is open in.
 */
export function useNotePrint({ path, title, currentText, flush }: NotePrintOptions) {
  const { api, host, edition } = useApiClient();
  const { notify, notifyError } = useToasts();
  const { t, i18n } = useTranslation('notes');
  const [printText, setPrintText] = useState<string | null>(null);

  useEffect(() => {
    // Rendered before the browser lays the page out for print (beforeprint is synchronous). It
    // stays afterwards, hidden on screen: Chromium can fire afterprint before the page is
    // printed to PDF, and a copy taken away then would leave the window to print instead.
    const before = () => flushSync(() => setPrintText(currentText()));
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [currentText]);

  useCommandHandler('note.print', () => {
    flushSync(() => setPrintText(currentText()));
    window.print();
  });

  useCommandHandler(
    'note.exportPdf',
    async () => {
      flushSync(() => setPrintText(currentText()));
      try {
        const file = await host['host.exportPdf']({ suggestedName: title });
        if (file !== null)
          notify({
            kind: 'success',
            message: t('export.pdfSaved', { file }),
            action: {
              label: t('export.showInFolder'),
              run: () => void host['host.showInFolder']({ path: file }),
            },
          });
      } catch (error) {
        notifyError(error);
      }
    },
    edition === 'desktop',
  );

  useCommandHandler('note.exportHtml', async () => {
    try {
      await flush();
      const language = pickLanguage(i18n.language);
      if (edition === 'web') {
        const { html, fileName } = await api['notes.exportHtml']({ path, language });
        download(html, fileName, 'text/html');
        notify({ kind: 'success', message: t('export.htmlDownloaded', { name: fileName }) });
        return;
      }
      const out = await host['host.chooseSavePath']({ kind: 'noteHtml', suggestedName: title });
      if (out === null) return;
      const { file } = await api['notes.exportHtml']({ path, language, out });
      notify({
        kind: 'success',
        message: t('export.htmlSaved', { file }),
        action: {
          label: t('export.showInFolder'),
          run: () => void host['host.showInFolder']({ path: out }),
        },
      });
    } catch (error) {
      notifyError(error);
    }
  });

  return printText;
}
