import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { FrontMatterPatch, Note, SaveConflict } from '../../../shared/api/noteSchemas';
import type { RenameReport } from '../../../shared/api/notesMethods';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import type { NoteToolbarItem } from '../../services/extensionPoints';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { useActiveNoteStore, type ActiveNote, type NoteHeading } from '../../state/activeNote';
import { useSettings } from '../../state/SettingsContext';
import { useVault, useVaultStore } from '../../state/VaultContext';
import type { EditorContext } from '../editor/editorContext';
import type { EditorLink } from '../editor/linkAtPosition';
import { MarkdownEditor } from '../editor/MarkdownEditor';
import type { NoteEditor } from '../editor/noteEditor';
import { NotePreview, type PreviewHandle } from '../preview/NotePreview';
import { hasScheme, isExternalUrl, resolveVaultHref } from '../preview/vaultHref';
import { ConflictPanel } from './conflict/ConflictPanel';
import { CreateNoteDialog, type CreateRequest } from './CreateNoteDialog';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { EncodingNotice } from './EncodingNotice';
import type { DraftStore } from './draftStore';
import { FrontMatterFields } from './FrontMatterFields';
import { extractHeadings, headingSlug } from '../../services/markdownHeadings';
import { pairHeadings, previewOffsetFor } from './scrollSync';
import { isNoteMode, ModeSwitch, type NoteMode } from './ModeSwitch';
import { NoteSession } from './noteSession';
import { folderOf, noteNameOf } from '../../../shared/notes/noteFileName';
import { NoteTitle } from './NoteTitle';
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
import { SaveStatus } from './SaveStatus';
import { plannedNoteTargets, resolverFor, vaultTags } from '../../state/vaultLookups';

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
 * Quiet time before the side-by-side preview follows typing. Rendering costs about 1 ms per
 * 1,000 characters in Chromium (npm run bench:note), so longer notes wait longer for a pause.
 */
const previewDelay = (length: number) => (length < 50_000 ? 150 : length < 300_000 ? 500 : 1500);
const HEADINGS_DELAY_MS = 250;

/**
 * An open note: title, front-matter fields, the editor and the preview, kept saved by a
 * NoteSession. Published as the active note for the rest of the window.
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
  const client = useApiClient();
  const { api } = client;
  const vault = useVault();
  const vaultStore = useVaultStore();
  const { settings, update } = useSettings();
  const { navigate, rewriteHistory } = useNavigation();
  const { notify, notifyError } = useToasts();
  const activeNoteStore = useActiveNoteStore();

  const editorRef = useRef<NoteEditor | null>(null);
  const previewRef = useRef<PreviewHandle | null>(null);
  const lastText = useRef(initialText);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [previewText, setPreviewText] = useState(initialText);
  const [headings, setHeadings] = useState<readonly NoteHeading[]>(() =>
    extractHeadings(initialText),
  );
  const [titleFocus, setTitleFocus] = useState(focusTitle ? 1 : 0);
  const [titleMessage, setTitleMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [renamePlan, setRenamePlan] = useState<{
    plan: RenameReport;
    resolve(ok: boolean): void;
  } | null>(null);
  const [createRequest, setCreateRequest] = useState<CreateRequest | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [conflictOrigin, setConflictOrigin] = useState<'conflict' | 'draft'>(
    draftConflict ? 'draft' : 'conflict',
  );
  const [resolving, setResolving] = useState(false);
  const [resolveError, setResolveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(
    restoredDraft ? t('save.restoredDraft') : null,
  );
  const [hasSelection, setHasSelection] = useState(false);
  /** Where `focusAt` asked for the cursor, until the editor is shown to take it. */
  const pendingCaret = useRef<number | null>(null);
  const [caretRequests, setCaretRequests] = useState(0);
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

  const [session] = useState(
    () =>
      new NoteSession({
        api: {
          save: (args) => api['notes.save'](args),
          read: async (path) => {
            try {
              return await api['notes.read']({ path });
            } catch (error) {
              if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
              throw error;
            }
          },
          recreate: ({ path, body, frontMatter: fm }) =>
            api['notes.create']({
              folder: folderOf(path),
              name: noteNameOf(path),
              body,
              frontMatter: fm,
            }),
        },
        note,
        getBody: () => editorRef.current?.getText() ?? lastText.current,
        getBodyLength: () => editorRef.current?.view.state.doc.length ?? lastText.current.length,
        drafts,
        onStateChange: rerender,
        onReload: (fresh) => {
          editorRef.current?.replaceText(fresh.body);
          lastText.current = fresh.body;
        },
      }),
  );

  // A draft from an earlier session: saved now if the file is as it was, else both versions.
  useEffect(() => {
    if (draftConflict) session.startConflict(draftConflict);
    else if (restoredDraft) session.edited();
  }, [session, draftConflict, restoredDraft]);

  const path = session.path;
  const summary = vault.byPath.get(path);
  // Right after a rename the vault's summary of the note lags behind by an event: the new title
  // shows until a newer summary arrives.
  const [renamed, setRenamed] = useState<{ title: string; stale: unknown } | null>(null);
  const title =
    renamed !== null && summary === renamed.stale ? renamed.title : (summary?.title ?? note.title);
  const mode: NoteMode = isNoteMode(settings.ui.noteMode) ? settings.ui.noteMode : 'edit';
  const fieldsOpen = settings.ui.noteFieldsOpen !== false;
  const inConflict = session.state === 'conflict';
  // A file that is not UTF-8 is shown but never written: nothing here may edit it.
  const encoding = session.encoding;
  const readOnly = inConflict || encoding !== 'utf-8';

  // --- The editor's view of the vault -------------------------------------------------------
  const vaultRef = useRef(vault);
  useLayoutEffect(() => {
    vaultRef.current = vault;
  }, [vault]);
  const unresolvedCache = useRef<{ snapshot: object; targets: Promise<string[]> } | null>(null);
  const editorContext = useMemo<EditorContext>(
    () => ({
      path: () => session.path,
      notes: () => vaultRef.current.notes,
      resolver: () => resolverForRef.current(),
      tags: () => vaultTags(vaultRef.current.notes),
      unresolvedTargets: () => {
        const snapshot = vaultRef.current;
        if (unresolvedCache.current?.snapshot !== snapshot) {
          unresolvedCache.current = {
            snapshot,
            targets: api['links.unresolved']({}).then(
              (links) => plannedNoteTargets(links.map((l) => l.target)),
              () => [],
            ),
          };
        }
        return unresolvedCache.current.targets;
      },
      headingsOf: async (target) => {
        if (target === session.path) return extractHeadings(editorRef.current?.getText() ?? '');
        try {
          return extractHeadings((await api['notes.read']({ path: target })).body);
        } catch {
          return [];
        }
      },
    }),
    [session, api],
  );
  const resolverForRef = useRef(() => resolverFor(vaultStore, vaultRef.current));
  useEffect(() => {
    editorRef.current?.refreshLinks();
  }, [vault]);

  // --- Text changes: autosave, preview, headings ---------------------------------------------
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const headingsTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const modeRef = useRef(mode);
  useLayoutEffect(() => {
    modeRef.current = mode;
  }, [mode]);

  const onDocChanged = useCallback(() => {
    session.edited();
    if (modeRef.current !== 'edit') {
      if (previewTimer.current) clearTimeout(previewTimer.current);
      previewTimer.current = setTimeout(
        () => setPreviewText(editorRef.current?.getText() ?? lastText.current),
        previewDelay(editorRef.current?.view.state.doc.length ?? 0),
      );
    }
    if (headingsTimer.current) clearTimeout(headingsTimer.current);
    headingsTimer.current = setTimeout(() => {
      setHeadings(extractHeadings(editorRef.current?.getText() ?? lastText.current));
    }, HEADINGS_DELAY_MS);
  }, [session]);

  useEffect(
    () => () => {
      if (previewTimer.current) clearTimeout(previewTimer.current);
      if (headingsTimer.current) clearTimeout(headingsTimer.current);
    },
    [],
  );

  const onEditor = useCallback((editor: NoteEditor | null) => {
    // Keep the last text when the editor goes, for the final save.
    if (editor === null && editorRef.current) lastText.current = editorRef.current.getText();
    editorRef.current = editor;
  }, []);

  // --- Outside changes ------------------------------------------------------------------------
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'notes.changed' || event.payload.path !== session.path) return;
        if (busyWithFile.current) return;
        session.diskChanged(event.payload.version).then(
          (result) => {
            if (result === 'conflict') setConflictOrigin('conflict');
            if (result === 'reloaded') {
              setPreviewText(editorRef.current?.getText() ?? lastText.current);
              setHeadings(extractHeadings(editorRef.current?.getText() ?? lastText.current));
            }
          },
          () => undefined,
        );
      }),
    [client, session],
  );

  // --- Leaving: save first --------------------------------------------------------------------
  useEffect(() => {
    let closeAttempts = 0;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.dirty) return;
      closeAttempts++;
      // Kept outside the vault at once, whatever happens to the save started next.
      drafts.put(session.path, {
        body: editorRef.current?.getText() ?? lastText.current,
        baseVersion: session.baseVersion,
      });
      const flushing = session.flush();
      // The draft is safe: a second attempt closes.
      if (closeAttempts > 1) return;
      event.preventDefault();
      event.returnValue = '';
      if (client.edition === 'desktop') {
        // Close once the text is on disk (Electron closes on window.close()).
        flushing.then(
          () => window.close(),
          () => undefined,
        );
      }
    };
    // Ctrl/Cmd+S saves now (and never opens the browser's "save page").
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void session.flush().catch(() => undefined);
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [session, client, drafts]);

  useEffect(
    () => () => {
      // Navigating away: the last edits go to disk (and stay in the draft store until they do).
      void session
        .flush()
        .catch(() => undefined)
        .finally(() => session.dispose());
    },
    [session],
  );

  // --- Active note for the rest of the window --------------------------------------------------
  const reveal = useCallback(
    (target: string, line?: number) => {
      const inEditor = modeRef.current !== 'preview' && editorRef.current?.reveal(target, line);
      const inPreview = modeRef.current !== 'edit' && previewRef.current?.reveal(target, line);
      if (!inEditor && !inPreview) setNotice(t('anchor.notFound', { anchor: target }));
    },
    [t],
  );

  const focusAt = useCallback((offset: number) => {
    pendingCaret.current = offset;
    setCaretRequests((n) => n + 1);
  }, []);

  const saveState = session.state;
  const active = useMemo<ActiveNote>(
    () => ({
      path,
      title,
      saveState,
      headings,
      getText: () => editorRef.current?.getText() ?? lastText.current,
      getSelection: () => editorRef.current?.getSelection() ?? null,
      hasSelection,
      focusAt,
      flush: () => session.flush(),
      reveal,
    }),
    [path, title, session, saveState, headings, reveal, hasSelection, focusAt],
  );
  useEffect(() => {
    activeNoteStore.set(active);
  }, [activeNoteStore, active]);
  useEffect(
    () => () => {
      if (activeNoteStore.getSnapshot()?.path === session.path) activeNoteStore.set(null);
    },
    [activeNoteStore, session],
  );

  // --- Side by side: the preview follows the editor's scrolling ---------------------------------
  const sourcePane = useRef<HTMLDivElement>(null);
  const previewPane = useRef<HTMLDivElement>(null);
  const headingsRef = useRef(headings);
  useLayoutEffect(() => {
    headingsRef.current = headings;
  }, [headings]);
  const syncFrame = useRef<number | null>(null);
  const syncPreview = useCallback(() => {
    if (syncFrame.current !== null) return;
    syncFrame.current = requestAnimationFrame(() => {
      syncFrame.current = null;
      const editor = editorRef.current;
      const source = sourcePane.current;
      const preview = previewPane.current;
      if (!editor || !source || !preview || modeRef.current !== 'split') return;
      const { view } = editor;
      const top = source.getBoundingClientRect().top - view.documentTop;
      let line = 0;
      if (top > 0) {
        const block = view.lineBlockAtHeight(top);
        const within = block.height > 0 ? Math.min(1, (top - block.top) / block.height) : 0;
        line = view.state.doc.lineAt(block.from).number - 1 + within;
      }
      const previewTop = preview.getBoundingClientRect().top - preview.scrollTop;
      const rendered = [...preview.querySelectorAll('.markdown-preview [id^="heading-"]')].map(
        (heading) => ({
          slug: headingSlug(heading.textContent ?? ''),
          offset: heading.getBoundingClientRect().top - previewTop,
        }),
      );
      const anchors = pairHeadings(
        headingsRef.current.map((h) => ({ slug: headingSlug(h.text), line: h.line })),
        rendered,
      );
      preview.scrollTop = previewOffsetFor(
        line,
        anchors,
        view.state.doc.lines,
        preview.scrollHeight - preview.clientHeight,
      );
    });
  }, []);
  useEffect(() => {
    if (mode === 'split') syncPreview();
  }, [mode, previewText, syncPreview]);
  useEffect(
    () => () => {
      if (syncFrame.current !== null) cancelAnimationFrame(syncFrame.current);
    },
    [],
  );

  // --- Anchor on open -------------------------------------------------------------------------
  useEffect(() => {
    if (!anchor) return;
    // After the editor and preview have laid out the text.
    const frame = requestAnimationFrame(() => reveal(anchor, anchorLine));
    return () => cancelAnimationFrame(frame);
  }, [anchor, anchorLine, reveal]);

  // --- Modes ----------------------------------------------------------------------------------
  const setMode = useCallback(
    (next: NoteMode) => {
      if (next !== 'edit') setPreviewText(editorRef.current?.getText() ?? lastText.current);
      void update({ ui: { noteMode: next } });
      if (next !== 'preview') requestAnimationFrame(() => editorRef.current?.focus());
    },
    [update],
  );
  // The cursor asked for by `focusAt` (e.g. today's journal entry): in the editor, shown first.
  useLayoutEffect(() => {
    const offset = pendingCaret.current;
    if (offset === null) return;
    if (mode === 'preview') {
      setMode('edit');
      return;
    }
    pendingCaret.current = null;
    editorRef.current?.setCursor(offset);
  }, [caretRequests, mode, setMode]);
  useCommandHandler('view.modeEdit', () => setMode('edit'));
  useCommandHandler('view.modePreview', () => setMode('preview'));
  useCommandHandler('view.modeSplit', () => setMode('split'));
  useCommandHandler('note.rename', () => setTitleFocus((n) => n + 1), !readOnly);
  useCommandHandler('note.delete', () => setConfirmDelete(true));

  // --- Front matter ---------------------------------------------------------------------------
  const changeFrontMatter = (patch: FrontMatterPatch) => {
    session.setFrontMatter(patch);
  };

  // --- Links ----------------------------------------------------------------------------------
  const openNote = useCallback(
    (target: string, heading: string | null) => {
      if (target === session.path) {
        if (heading) reveal(heading);
        return;
      }
      navigate({ view: 'note', path: target, ...(heading ? { anchor: heading } : {}) });
    },
    [navigate, reveal, session],
  );

  const followWikiTarget = (target: string, heading: string | null) => {
    const resolver = resolverForRef.current();
    const resolved = target === '' ? session.path : resolver.resolve(target, session.path);
    if (resolved !== null && resolver.note(resolved)) openNote(resolved, heading);
    else if (resolved !== null)
      window.open(client.fileUrl(resolved), '_blank', 'noopener,noreferrer');
    else setCreateRequest({ target, anchor: heading, from: session.path });
  };

  const followLink = (link: EditorLink) => {
    if (link.kind === 'wiki') {
      followWikiTarget(link.target, link.heading);
      return;
    }
    if (link.kind === 'tag') {
      navigate({ view: 'tag', tag: link.tag });
      return;
    }
    if (isExternalUrl(link.href)) {
      window.open(link.href, '_blank', 'noopener,noreferrer');
      return;
    }
    if (hasScheme(link.href)) return;
    if (link.href.startsWith('#')) {
      reveal(decodeURIComponent(link.href.slice(1)));
      return;
    }
    const target = resolveVaultHref(link.href, session.path, resolverForRef.current());
    if (target.kind === 'note') openNote(target.path, target.anchor);
    else if (target.kind === 'file')
      window.open(client.fileUrl(target.path), '_blank', 'noopener,noreferrer');
    else setCreateRequest({ target: target.target, anchor: target.anchor, from: session.path });
  };

  // --- Rename ---------------------------------------------------------------------------------
  // The core renames (file, title, heading, links: `notes.rename`); this previews, confirms,
  // applies, follows the file, and offers Undo.
  const renameApi = { rename: (args: RenameArgs) => api['notes.rename'](args) };

  /** The note is at `to` now (renamed, or a rename undone): the editor follows its file. */
  const followFile = async (from: string, to: string) => {
    const fresh = await api['notes.read']({ path: to });
    if (fresh.body !== (editorRef.current?.getText() ?? lastText.current)) {
      editorRef.current?.replaceText(fresh.body);
      lastText.current = fresh.body;
      setPreviewText(fresh.body);
      setHeadings(extractHeadings(fresh.body));
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

  // --- Conflicts ------------------------------------------------------------------------------
  const resolveConflict = async (text: string | null) => {
    const conflict = session.conflict;
    if (!conflict) return;
    setResolving(true);
    setResolveError(null);
    try {
      if (conflict.theirs === null) {
        await session.recreate();
      } else {
        if (text !== null) {
          editorRef.current?.replaceText(text);
          lastText.current = text;
        }
        await session.resolveWith(conflict.theirs);
      }
      const current = editorRef.current?.getText() ?? lastText.current;
      setPreviewText(current);
      setHeadings(extractHeadings(current));
    } catch (error) {
      setResolveError(error instanceof Error ? error.message : String(error));
    } finally {
      setResolving(false);
    }
  };

  const header: ReactNode = (
    <header className="note-header">
      <NoteTitle
        title={title}
        focusRequest={titleFocus}
        disabled={readOnly}
        busy={renaming}
        message={titleMessage}
        onCommit={rename}
        onDone={() => {
          if (modeRef.current === 'preview') setMode('edit');
          else editorRef.current?.focus();
        }}
      />
      <FrontMatterFields
        frontMatter={session.frontMatter}
        frontMatterError={session.frontMatterError}
        open={fieldsOpen}
        onToggle={(open) => void update({ ui: { noteFieldsOpen: open } })}
        disabled={readOnly}
        onChange={changeFrontMatter}
      />
    </header>
  );

  return (
    <section className="note-view" aria-label={t('view.region', { title })}>
      <div className="note-toolbar">
        <SaveStatus
          state={session.state}
          error={session.error?.message ?? null}
          onRetry={() => void session.retry().catch(() => undefined)}
        />
        {toolbarItems.map(({ id, Component }) => (
          <Component
            key={id}
            path={path}
            type={summary?.type ?? note.type}
            frontMatter={session.frontMatter}
          />
        ))}
        <ModeSwitch mode={mode} onChange={setMode} />
      </div>
      {notice && (
        <p className="note-notice" role="status">
          {notice}
          <button
            type="button"
            className="icon-button"
            aria-label={t('view.dismiss')}
            onClick={() => setNotice(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      )}
      {encoding !== 'utf-8' && (
        <EncodingNotice
          path={path}
          version={session.baseVersion}
          encoding={encoding}
          onConverted={(converted) => {
            editorRef.current?.replaceText(converted.body);
            lastText.current = converted.body;
            session.replaced(converted);
            setNotice(t('encoding.converted'));
          }}
        />
      )}
      {inConflict && session.conflict && (
        <ConflictPanel
          conflict={session.conflict}
          base={conflictOrigin === 'draft' ? '' : session.savedBody}
          origin={conflictOrigin}
          title={title}
          busy={resolving}
          error={resolveError}
          onKeepMine={() => void resolveConflict(null)}
          onKeepTheirs={() => void resolveConflict(session.conflict?.theirs?.body ?? null)}
          onSaveMerged={(text) => void resolveConflict(text)}
          onRecreate={() => void resolveConflict(null)}
        />
      )}
      <div className={`note-panes note-panes-${mode}`}>
        <div
          ref={sourcePane}
          className="note-pane note-pane-source"
          hidden={mode === 'preview'}
          onScroll={mode === 'split' ? syncPreview : undefined}
        >
          {mode !== 'preview' && header}
          <MarkdownEditor
            initialText={initialText}
            context={editorContext}
            readOnly={readOnly}
            onEditor={onEditor}
            onDocChanged={onDocChanged}
            onSelectionChanged={() =>
              setHasSelection(!(editorRef.current?.view.state.selection.main.empty ?? true))
            }
            onBlur={() => void session.flush().catch(() => undefined)}
            onFollowLink={followLink}
          />
        </div>
        {mode !== 'edit' && (
          <div ref={previewPane} className="note-pane note-pane-preview">
            {mode === 'preview' && header}
            <NotePreview
              markdown={previewText}
              path={path}
              onOpenNote={openNote}
              onCreateNote={(target, heading) =>
                setCreateRequest({ target, anchor: heading, from: path })
              }
              onOpenTag={(tag) => navigate({ view: 'tag', tag })}
              onHandle={(handle) => {
                previewRef.current = handle;
              }}
            />
          </div>
        )}
      </div>
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
