import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noteTitleLabel } from '../../../shared/journal/journalEntryTitle';
import { ApiError } from '../../../shared/api/apiError';
import type { FrontMatterPatch, Note, SaveConflict } from '../../../shared/api/noteSchemas';
import type { RenameReport } from '../../../shared/api/notesMethods';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import type { NoteToolbarItem } from '../../services/extensionPoints';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import type { ActiveNote } from '../../state/activeNote';
import { useSettings } from '../../state/SettingsContext';
import { useVault, useVaultStore } from '../../state/VaultContext';
import type { PreviewHandle } from '../preview/NotePreview';
import { CreateNoteDialog } from './CreateNoteDialog';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { NoteHistoryDialog } from '../history/NoteHistoryDialog';
import { useDateFormat } from '../../services/useDateFormat';
import { EncodingNotice } from './EncodingNotice';
import type { DraftStore } from './draftStore';
import { NoteConflict } from './NoteConflict';
import { NoteHeader } from './NoteHeader';
import { NoteNotice } from './NoteNotice';
import { NotePanes } from './NotePanes';
import { NotePrintCopy } from './NotePrintCopy';
import { useNotePrint } from './useNotePrint';
import { NoteToolbar } from './NoteToolbar';
import {
  applyRename,
  countRewrites,
  needsConfirmation,
  normalizeTitle,
  previewRename,
  RenameError,
  type RenameArgs,
} from './renameNote';
import { RenameDialog } from './RenameDialog';
import { useAnchorOnOpen } from './useAnchorOnOpen';
import { useNoteEditorContext } from './useNoteEditorContext';
import { useNoteLinks } from './useNoteLinks';
import { useNoteMode } from './useNoteMode';
import { useNoteSession } from './useNoteSession';
import { useOutsideChanges } from './useOutsideChanges';
import { usePublishActiveNote } from './usePublishActiveNote';
import { useRenderedText } from './useRenderedText';
import { useScrollSync } from './useScrollSync';

export interface OpenNoteProps {
  note: Note;
  /** The text to start from: the note's body, or an unsaved draft restored from storage. */
  initialText: string;
  /** A draft that could not be restored as it was (the file changed since): offer both. */
  draftConflict: SaveConflict | null;
  restoredDraft: boolean;
  anchor: string | undefined;
  /** The 0-based body line a text anchor is on (a search hit's match). */
  anchorLine: number | undefined;
  focusTitle: boolean;
  drafts: DraftStore;
  /** Controls other features add to the toolbar (app/noteToolbarItems.tsx). */
  toolbarItems: readonly NoteToolbarItem[];
  /** The note now lives at another path (renamed here). */
  onMoved(path: string): void;
}

/**
 * An open note: title, front-matter fields, the editor and the preview, kept saved by a
 * NoteSession (useNoteSession). Published as the active note for the rest of the window.
 * Renaming and deleting the note are orchestrated here; the parts and hooks beside it do the rest.
 */
export function OpenNote({
  note,
  initialText,
  draftConflict,
  restoredDraft,
  anchor,
  anchorLine,
  focusTitle,
  drafts,
  toolbarItems,
  onMoved,
}: OpenNoteProps) {
  const { t, i18n } = useTranslation('notes');
  const { api } = useApiClient();
  const vault = useVault();
  const vaultStore = useVaultStore();
  const { settings, update } = useSettings();
  const { navigate, rewriteHistory } = useNavigation();
  const { notify, notifyError } = useToasts();
  const dateFormat = useDateFormat();

  const { session, editorRef, currentText, replaceText, onEditor } = useNoteSession({
    note,
    initialText,
    draftConflict,
    restoredDraft,
    drafts,
  });
  const { previewText, headings, stats, textEdited, showPreviewNow, showNow } = useRenderedText(
    initialText,
    currentText,
    editorRef,
  );
  // A note opened to be named is a new one.
  const { mode, modeRef, setMode, focusAt } = useNoteMode(editorRef, showPreviewNow, focusTitle);
  const { context: editorContext, resolver } = useNoteEditorContext(session, editorRef);
  const { sourcePane, previewPane, syncPreview } = useScrollSync(
    editorRef,
    mode,
    modeRef,
    headings,
    previewText,
  );
  const previewRef = useRef<PreviewHandle | null>(null);
  /** A move or delete started here: its `notes.changed` events are not outside changes. */
  const busyWithFile = useRef(false);
  /** Undo from a toast may come after the note was closed. */
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const [titleFocus, setTitleFocus] = useState(focusTitle ? 1 : 0);
  const [titleMessage, setTitleMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [renamePlan, setRenamePlan] = useState<{
    plan: RenameReport;
    resolve(ok: boolean): void;
  } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [conflictOrigin, setConflictOrigin] = useState<'conflict' | 'draft'>(
    draftConflict ? 'draft' : 'conflict',
  );
  const [notice, setNotice] = useState<string | null>(
    restoredDraft ? t('save.restoredDraft') : null,
  );
  const [hasSelection, setHasSelection] = useState(false);

  const path = session.path;
  const summary = vault.byPath.get(path);
  // Right after a rename the vault's summary of the note lags behind by an event: the new title
  // shows until a newer summary arrives.
  const [renamed, setRenamed] = useState<{ title: string; stale: unknown } | null>(null);
  const vaultTitle =
    renamed !== null && summary === renamed.stale ? renamed.title : (summary?.title ?? note.title);
  // A journal entry's title is its day; the field shows it in words (typing renames it as ever).
  const title = noteTitleLabel(
    { path, type: summary?.type ?? note.type, title: vaultTitle },
    i18n.language,
  );
  const fieldsOpen = settings.ui.noteFieldsOpen !== false;
  const inConflict = session.state === 'conflict';
  // A file that is not UTF-8 is shown but never written: nothing here may edit it.
  const encoding = session.encoding;
  const readOnly = inConflict || encoding !== 'utf-8';

  const onDocChanged = useCallback(() => {
    session.edited();
    textEdited(modeRef.current !== 'edit');
  }, [session, textEdited, modeRef]);

  useOutsideChanges(session, busyWithFile, (result) => {
    if (result === 'conflict') setConflictOrigin('conflict');
    if (result === 'reloaded') showNow();
  });

  // --- Active note for the rest of the window --------------------------------------------------
  const reveal = useCallback(
    (target: string, line?: number) => {
      const inEditor = modeRef.current !== 'preview' && editorRef.current?.reveal(target, line);
      const inPreview = modeRef.current !== 'edit' && previewRef.current?.reveal(target, line);
      if (!inEditor && !inPreview) setNotice(t('anchor.notFound', { anchor: target }));
    },
    [t, modeRef, editorRef],
  );

  const saveState = session.state;
  const active = useMemo<ActiveNote>(
    () => ({
      path,
      title,
      saveState,
      headings,
      stats,
      getText: currentText,
      getSelection: () => editorRef.current?.getSelection() ?? null,
      hasSelection,
      focusAt,
      flush: () => session.flush(),
      reveal,
    }),
    [
      path,
      title,
      session,
      saveState,
      headings,
      stats,
      reveal,
      hasSelection,
      focusAt,
      currentText,
      editorRef,
    ],
  );
  usePublishActiveNote(session, active);
  useAnchorOnOpen(anchor, anchorLine, reveal);

  useCommandHandler('note.rename', () => setTitleFocus((n) => n + 1), !readOnly);
  useCommandHandler('note.delete', () => setConfirmDelete(true));
  useCommandHandler('note.history', () => setHistoryOpen(true), !readOnly);
  const printText = useNotePrint({ path, title, currentText, flush: () => session.flush() });

  // --- Front matter ---------------------------------------------------------------------------
  const changeFrontMatter = (patch: FrontMatterPatch) => {
    session.setFrontMatter(patch);
  };

  const { openNote, followLink, createRequest, setCreateRequest } = useNoteLinks(
    session,
    resolver,
    reveal,
  );

  // --- Rename ---------------------------------------------------------------------------------
  // The core renames (file, title, heading, links: `notes.rename`); this previews, confirms,
  // applies, follows the file, and offers Undo.
  const renameApi = { rename: (args: RenameArgs) => api['notes.rename'](args) };

  /** The note is at `to` now (renamed, or a rename undone): the editor follows its file. */
  const followFile = async (from: string, to: string) => {
    const fresh = await api['notes.read']({ path: to });
    if (fresh.body !== currentText()) {
      replaceText(fresh.body);
      showNow();
    }
    session.moved(fresh);
    if (to === from) return;
    drafts.clear(from);
    onMoved(to);
    rewriteHistory((route) =>
      // The note is named now: coming back to it does not select the title again.
      route.view === 'note' && route.path === from
        ? { view: 'note', path: to, ...(route.anchor ? { anchor: route.anchor } : {}) }
        : route,
    );
  };

  const rename = async (newTitle: string): Promise<boolean> => {
    if (normalizeTitle(newTitle) === title) return true;
    setTitleMessage(null);
    setRenaming(true);
    try {
      await session.flush();
      const note = { path: session.path, baseVersion: session.baseVersion };
      const preview = await previewRename(renameApi, note, newTitle);
      if (needsConfirmation(preview)) {
        const confirmed = await new Promise<boolean>((resolve) =>
          setRenamePlan({ plan: preview, resolve }),
        );
        setRenamePlan(null);
        if (!confirmed) return false;
      }
      busyWithFile.current = true;
      let report: RenameReport;
      try {
        report = await applyRename(renameApi, note, newTitle);
        await followFile(report.from, report.to);
      } finally {
        busyWithFile.current = false;
      }
      setRenamed({ title: report.title, stale: vaultStore.getSnapshot().byPath.get(report.to) });
      const { links } = countRewrites(report);
      if (links > 0) setTitleMessage({ text: t('title.renamed', { count: links }), error: false });
      const done = report;
      if (done.id !== null)
        notify({
          kind: 'success',
          message: t('title.renamedTo', { from: done.oldTitle, to: done.title }),
          action: { label: t('title.undo'), run: () => void undoRename(done, done.id!) },
        });
      return true;
    } catch (error) {
      setTitleMessage({ text: renameErrorText(error), error: true });
      return false;
    } finally {
      setRenaming(false);
    }
  };

  /** Puts the files back as they were before `report` (refused if they were edited since). */
  const undoRename = async (report: RenameReport, id: string) => {
    const here = mounted.current && session.path === report.to;
    try {
      if (here) {
        await session.flush();
        busyWithFile.current = true;
      }
      await api['refactor.undo']({ id });
      if (here) {
        await followFile(report.to, report.from);
        setRenamed({
          title: report.oldTitle,
          stale: vaultStore.getSnapshot().byPath.get(report.from),
        });
        setTitleMessage(null);
      }
      notify({ kind: 'success', message: t('title.undone', { title: report.oldTitle }) });
    } catch (error) {
      notifyError(error);
    } finally {
      if (here) busyWithFile.current = false;
    }
  };

  const renameErrorText = (error: unknown): string => {
    if (error instanceof RenameError) {
      if (error.reason === 'empty') return t('title.empty');
      if (error.reason === 'exists') return t('title.exists', { name: error.fileName });
      if (error.reason === 'invalid') return t('title.invalid', { message: error.message });
      if (error.reason === 'changed') return t('title.changed', { message: error.message });
      return t('title.failed', { message: error.message });
    }
    if (error instanceof ApiError && error.code === 'EXISTS')
      return t('title.exists', { name: '' });
    return t('title.failed', { message: error instanceof Error ? error.message : String(error) });
  };

  // --- History --------------------------------------------------------------------------------
  // A restore is a save made by the core (`history.restore`): the editor follows the file, and
  // the text it replaced is the newest version of the history, which Undo restores in turn.
  const restoreVersion = async (id: string): Promise<void> => {
    await session.flush();
    busyWithFile.current = true;
    let restored;
    try {
      restored = await api['history.restore']({ path: session.path, id });
      await followFile(session.path, session.path);
    } finally {
      busyWithFile.current = false;
    }
    setHistoryOpen(false);
    const { versions } = await api['history.list']({ path: restored.path });
    const replaced = versions.find((v) => v.cause.kind === 'restore');
    const when = versions.find((v) => v.id === id)?.time;
    notify({
      kind: 'success',
      message: t('history.restored', { title, when: when ? dateFormat.dateTime(when) : '' }),
      ...(replaced && {
        action: {
          label: t('history.undo'),
          run: () => void restoreVersion(replaced.id).catch(notifyError),
        },
      }),
    });
  };

  // --- Delete ---------------------------------------------------------------------------------
  const deleteNote = async (): Promise<void> => {
    busyWithFile.current = true;
    try {
      // The trash must get the text as it is in the editor.
      await session.flush();
      const from = session.path;
      await api['notes.delete']({ path: from });
      drafts.clear(from);
      session.dispose();
      rewriteHistory((route) => (route.view === 'note' && route.path === from ? null : route));
      navigate({ view: 'home' });
    } catch (error) {
      busyWithFile.current = false;
      throw error;
    }
  };

  const header = (
    <NoteHeader
      title={{
        title,
        focusRequest: titleFocus,
        disabled: readOnly,
        busy: renaming,
        message: titleMessage,
        onCommit: rename,
        onDone: () => {
          if (modeRef.current === 'preview') setMode('edit');
          else editorRef.current?.focus();
        },
      }}
      fields={{
        frontMatter: session.frontMatter,
        frontMatterError: session.frontMatterError,
        open: fieldsOpen,
        onToggle: (open) => void update({ ui: { noteFieldsOpen: open } }),
        disabled: readOnly,
        onChange: changeFrontMatter,
      }}
    />
  );

  return (
    <section className="note-view" aria-label={t('view.region', { title })}>
      <NoteToolbar
        session={session}
        type={summary?.type ?? note.type}
        items={toolbarItems}
        mode={mode}
        onMode={setMode}
      />
      {notice && <NoteNotice text={notice} onDismiss={() => setNotice(null)} />}
      {encoding !== 'utf-8' && (
        <EncodingNotice
          path={path}
          version={session.baseVersion}
          encoding={encoding}
          onConverted={(converted) => {
            replaceText(converted.body);
            session.replaced(converted);
            setNotice(t('encoding.converted'));
          }}
        />
      )}
      {inConflict && session.conflict && (
        <NoteConflict
          session={session}
          conflict={session.conflict}
          origin={conflictOrigin}
          title={title}
          replaceText={replaceText}
          onResolved={showNow}
        />
      )}
      <NotePanes
        mode={mode}
        header={header}
        sourcePane={sourcePane}
        previewPane={previewPane}
        onSourceScroll={syncPreview}
        editor={{
          initialText,
          context: editorContext,
          readOnly,
          onEditor,
          onDocChanged,
          onSelectionChanged: () =>
            setHasSelection(!(editorRef.current?.view.state.selection.main.empty ?? true)),
          onBlur: () => void session.flush().catch(() => undefined),
          onFollowLink: followLink,
        }}
        preview={{
          markdown: previewText,
          path,
          onOpenNote: openNote,
          onCreateNote: (target, heading) =>
            setCreateRequest({ target, anchor: heading, from: path }),
          onOpenTag: (tag) => navigate({ view: 'tag', tag }),
          onHandle: (handle) => {
            previewRef.current = handle;
          },
        }}
      />
      {renamePlan && (
        <RenameDialog
          from={title}
          report={renamePlan.plan}
          onConfirm={() => renamePlan.resolve(true)}
          onCancel={() => renamePlan.resolve(false)}
        />
      )}
      {createRequest && (
        <CreateNoteDialog
          request={createRequest}
          onClose={() => setCreateRequest(null)}
          onCreated={(created) => {
            setCreateRequest(null);
            navigate({ view: 'note', path: created.path });
          }}
        />
      )}
      {historyOpen && (
        <NoteHistoryDialog
          path={session.path}
          title={title}
          currentText={currentText()}
          onRestore={restoreVersion}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {printText !== null && <NotePrintCopy path={path} title={title} markdown={printText} />}
      {confirmDelete && (
        <DeleteNoteDialog
          title={title}
          onDelete={deleteNote}
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </section>
  );
}
