import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journalEntryDate } from '../../../shared/journal/journalPaths';
import { isPrivateNote } from '../../../shared/journal/privacy';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { useActiveNote, useActiveNoteStore } from '../../state/activeNote';
import { Icon } from '../../ui/Icon';
import type { NoteToolbarItemProps } from '../../services/extensionPoints';
import { useJournalCalendar } from './journalLocale';
import { whenNoteActive } from './openJournalDay';
import { PromoteDialog, type PromoteRequest } from './PromoteDialog';
import './journal.css';

/**
 * In the toolbar of an open note: a "Private" marker for notes kept out of knowledge packs, and
 * for journal entries "Promote", which turns the selected text into a solution or practice note
 * (also the `journal.promote` command, from the palette).
 */
export function JournalEntryActions({ path, type, frontMatter }: NoteToolbarItemProps) {
  const { t } = useTranslation('journal');
  const { t: tc } = useTranslation('commands');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const { notify, notifyError } = useToasts();
  const { locale } = useJournalCalendar();
  const active = useActiveNote();
  const activeNotes = useActiveNoteStore();
  const [request, setRequest] = useState<PromoteRequest | null>(null);
  const [starting, setStarting] = useState(false);
  const isEntry = journalEntryDate({ path, type }) !== null;
  const isPrivate = isPrivateNote({ path, type, frontMatter });
  const ready = isEntry && active?.path === path;
  const canPromote = ready && active.hasSelection && !starting;

  const start = async () => {
    if (!ready) return;
    const selection = active.getSelection();
    if (selection === null || selection.text.trim() === '') {
      notify({ kind: 'info', message: t('promote.selectFirst') });
      return;
    }
    setStarting(true);
    try {
      // The draft reads the entry's links and domains: they must be on disk.
      await active.flush();
      const draft = await api['journal.promotionDraft']({ path, text: selection.text });
      setRequest({ path, selection: { from: selection.from, text: selection.text }, draft });
    } catch (error) {
      notifyError(error);
    } finally {
      setStarting(false);
    }
  };

  useCommandHandler('journal.promote', start, ready);

  return (
    <>
      {isPrivate && (
        <span className="note-badge" title={t('private.hint')}>
          <Icon name="lock" size={14} />
          <span>{t('private.label')}</span>
          <span className="visually-hidden">{t('private.hint')}</span>
        </span>
      )}
      {isEntry && (
        <button
          type="button"
          className="button button-small"
          disabled={!canPromote}
          title={canPromote ? tc('journal.promote') : t('promote.selectFirst')}
          // Keep the editor's selection and focus: the click acts on them.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void start()}
        >
          <Icon name="promote" size={14} />
          {t('promote.button')}
        </button>
      )}
      {request && active && (
        <PromoteDialog
          request={request}
          locale={locale}
          flush={() => active.flush()}
          onClose={() => setRequest(null)}
          onPromoted={({ note, entry }) => {
            const promoted = request.selection.text.trim();
            setRequest(null);
            navigate({ view: 'note', path: note.path });
            // Ready to write the lesson: the cursor right after the promoted text.
            void whenNoteActive(activeNotes, note.path).then((opened) => {
              if (!opened) return;
              const at = opened.getText().indexOf(promoted);
              opened.focusAt(at === -1 ? 0 : at + promoted.length);
            });
            notify({
              kind: 'success',
              message: t('promote.done', { title: note.title, entry: entry.title }),
              action: {
                label: t('promote.backToEntry'),
                run: () => navigate({ view: 'note', path: entry.path }),
              },
            });
          }}
        />
      )}
    </>
  );
}
