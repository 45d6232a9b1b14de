import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useSettings } from '../../state/SettingsContext';
import type { NoteEditor } from '../editor/noteEditor';
import { isNoteMode, type NoteMode } from './ModeSwitch';

/**
 * Edit, preview or side by side (a setting, so every note opens as the last was left), switched
 * by the mode commands; and `focusAt`, which puts the cursor at an offset in the editor, showing
 * the editor first if needed. `onShowPreview` runs before a mode with the preview is shown. A new
 * note (`isNew`) opens for writing: in preview mode, the editor is shown instead.
 */
export function useNoteMode(
  editorRef: RefObject<NoteEditor | null>,
  onShowPreview: () => void,
  isNew = false,
) {
  const { settings, update } = useSettings();
  const mode: NoteMode = isNoteMode(settings.ui.noteMode) ? settings.ui.noteMode : 'edit';
  const modeRef = useRef(mode);
  useLayoutEffect(() => {
    modeRef.current = mode;
  }, [mode]);
  const onShowPreviewRef = useRef(onShowPreview);
  useLayoutEffect(() => {
    onShowPreviewRef.current = onShowPreview;
  }, [onShowPreview]);

  const setMode = useCallback(
    (next: NoteMode) => {
      if (next !== 'edit') onShowPreviewRef.current();
      void update({ ui: { noteMode: next } });
      if (next !== 'preview') requestAnimationFrame(() => editorRef.current?.focus());
    },
    [update, editorRef],
  );

  /** Where `focusAt` asked for the cursor, until the editor is shown to take it. */
  const pendingCaret = useRef<number | null>(null);
  const [caretRequests, setCaretRequests] = useState(0);
  const focusAt = useCallback((offset: number) => {
    pendingCaret.current = offset;
    setCaretRequests((n) => n + 1);
  }, []);
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
  }, [caretRequests, mode, setMode, editorRef]);

  const openedNew = useRef(isNew);
  useLayoutEffect(() => {
    if (!openedNew.current) return;
    openedNew.current = false;
    // Not setMode: the focus stays where the new note wants it (its title).
    if (mode === 'preview') void update({ ui: { noteMode: 'edit' } });
  }, [mode, update]);

  useCommandHandler('view.modeEdit', () => setMode('edit'));
  useCommandHandler('view.modePreview', () => setMode('preview'));
  useCommandHandler('view.modeSplit', () => setMode('split'));

  return { mode, modeRef, setMode, focusAt };
}
