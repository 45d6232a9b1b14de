import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/apiError';
import type { Note, SaveConflict } from '../../../shared/api/noteSchemas';
import { folderOf, noteNameOf } from '../../../shared/notes/noteFileName';
import { useApiClient } from '../../api/ApiContext';
import type { NoteEditor } from '../editor/noteEditor';
import type { DraftStore } from './draftStore';
import { NoteSession } from './noteSession';

export interface NoteSessionOptions {
  note: Note;
  /** The text the editor starts from. */
  initialText: string;
  /** A draft from an earlier session that no longer fits the file: both versions are shown. */
  draftConflict: SaveConflict | null;
  /** A draft from an earlier session that fits the file: it is saved now. */
  restoredDraft: boolean;
  drafts: DraftStore;
}

/**
 * The open note's NoteSession and its lifetime: created once, fed the editor's text, told of
 * outside changes, flushed by Ctrl/Cmd+S, before the window closes and when the note is left.
 * Re-renders whenever the save state changes. Outside changes reach it through useOutsideChanges.
 *
 * `editorRef` holds the editor while it is shown; `lastText` the text it held last (for the
 * final save after it has gone).
 */
export function useNoteSession({
  note,
  initialText,
  draftConflict,
  restoredDraft,
  drafts,
}: NoteSessionOptions) {
  const client = useApiClient();
  const { api } = client;
  const editorRef = useRef<NoteEditor | null>(null);
  const lastText = useRef(initialText);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

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

  /** The text as the editor holds it now (or held it last). */
  const currentText = useCallback(() => editorRef.current?.getText() ?? lastText.current, []);
  /** Puts `text` in the editor (and keeps it for when the editor has gone). */
  const replaceText = useCallback((text: string) => {
    editorRef.current?.replaceText(text);
    lastText.current = text;
  }, []);
  const onEditor = useCallback((editor: NoteEditor | null) => {
    // Keep the last text when the editor goes, for the final save.
    if (editor === null && editorRef.current) lastText.current = editorRef.current.getText();
    editorRef.current = editor;
  }, []);

  // A draft from an earlier session: saved now if the file is as it was, else both versions.
  useEffect(() => {
    if (draftConflict) session.startConflict(draftConflict);
    else if (restoredDraft) session.edited();
  }, [session, draftConflict, restoredDraft]);

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

  return { session, editorRef, lastText, currentText, replaceText, onEditor };
}
