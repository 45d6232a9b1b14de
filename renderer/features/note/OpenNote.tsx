import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { FrontMatterPatch, Note, SaveConflict } from '../../../shared/api/noteSchemas';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import type { NoteToolbarItem } from '../../services/extensionPoints';
import { useNavigation } from '../../services/navigation';
import type { ActiveNote } from '../../state/activeNote';
import { useSettings } from '../../state/SettingsContext';
import { useVault, useVaultStore } from '../../state/VaultContext';
import type { PreviewHandle } from '../preview/NotePreview';
import { CreateNoteDialog } from './CreateNoteDialog';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { EncodingNotice } from './EncodingNotice';
import type { DraftStore } from './draftStore';
import { NoteConflict } from './NoteConflict';
import { NoteHeader } from './NoteHeader';
import { NoteNotice } from './NoteNotice';
import { NotePanes } from './NotePanes';
import { NoteToolbar } from './NoteToolbar';
import { countRewrites, planRename, RenameError, type RenamePlan } from './renameNote';
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
  const { t } = useTranslation('notes');
  const { api } = useApiClient();
  const vault = useVault();
  const vaultStore = useVaultStore();
  const { settings, update } = useSettings();
  const { navigate, rewriteHistory } = useNavigation();

  const { session, editorRef, lastText, currentText, replaceText, onEditor } = useNoteSession({
    note,
    initialText,
    draftConflict,
    restoredDraft,
    drafts,
  });
  const { previewText, headings, textEdited, showPreviewNow, showNow } = useRenderedText(
    initialText,
    currentText,
    editorRef,
  );
  const { mode, modeRef, setMode, focusAt } = useNoteMode(editorRef, showPreviewNow);
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

  const [titleFocus, setTitleFocus] = useState(focusTitle ? 1 : 0);
  const [titleMessage, setTitleMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [renamePlan, setRenamePlan] = useState<{
    plan: RenamePlan;
    resolve(ok: boolean): void;
  } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
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
  const title =
    renamed !== null && summary === renamed.stale ? renamed.title : (summary?.title ?? note.title);
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
  const rename = async (newTitle: string): Promise<boolean> => {
    if (newTitle.replace(/\s+/g, ' ').trim() === title) return true;
    setTitleMessage(null);
    setRenaming(true);
    try {
      await session.flush();
      const body = editorRef.current?.getText() ?? lastText.current;
      const plan = await planRename(
        { movePreview: (args) => api['notes.movePreview'](args) },
        { path: session.path, frontMatter: session.frontMatter },
        body,
        newTitle,
      );
      const { links } = countRewrites(plan);
      if (links > 0 || plan.sanitized || plan.notUtf8.length > 0) {
        const confirmed = await new Promise<boolean>((resolve) => setRenamePlan({ plan, resolve }));
        setRenamePlan(null);
        if (!confirmed) return false;
      }
      if (plan.to !== plan.from) {
        busyWithFile.current = true;
        const from = session.path;
        try {
          await api['notes.move']({ from, to: plan.to });
          const moved = await api['notes.read']({ path: plan.to });
          session.moved(moved);
          drafts.clear(from);
          onMoved(plan.to);
          rewriteHistory((route) =>
            // The note is named now: coming back to it does not select the title again.
            route.view === 'note' && route.path === from
              ? { view: 'note', path: plan.to, ...(route.anchor ? { anchor: route.anchor } : {}) }
              : route,
          );
        } finally {
          busyWithFile.current = false;
        }
      }
      if (plan.writeTitle) {
        changeFrontMatter({ title: plan.title });
        await session.flush();
      }
      setRenamed({ title: plan.title, stale: vaultStore.getSnapshot().byPath.get(session.path) });
      if (links > 0) setTitleMessage({ text: t('title.renamed', { count: links }), error: false });
      return true;
    } catch (error) {
      setTitleMessage({ text: renameErrorText(error), error: true });
      return false;
    } finally {
      setRenaming(false);
    }
  };

  const renameErrorText = (error: unknown): string => {
    if (error instanceof RenameError) {
      if (error.reason === 'empty') return t('title.empty');
      if (error.reason === 'exists') return t('title.exists', { name: error.fileName });
      if (error.reason === 'invalid') return t('title.invalid', { message: error.message });
      return t('title.failed', { message: error.message });
    }
    if (error instanceof ApiError && error.code === 'EXISTS')
      return t('title.exists', { name: '' });
    return t('title.failed', { message: error instanceof Error ? error.message : String(error) });
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
          plan={renamePlan.plan}
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
