import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { headingSlug } from '../../services/markdownHeadings';
import type { NoteHeading } from '../../state/activeNote';
import type { NoteEditor } from '../editor/noteEditor';
import type { NoteMode } from './ModeSwitch';
import { pairHeadings, previewOffsetFor } from './scrollSync';

/**
 * Side by side, the preview follows the editor's scrolling: the line at the top of the source
 * pane is matched to the preview through the headings both show (scrollSync.ts). Returns the
 * two panes' refs and `syncPreview`, for the source pane's scroll events.
 */
export function useScrollSync(
  editorRef: RefObject<NoteEditor | null>,
  mode: NoteMode,
  modeRef: RefObject<NoteMode>,
  headings: readonly NoteHeading[],
  previewText: string,
) {
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
  }, [editorRef, modeRef]);
  useEffect(() => {
    if (mode === 'split') syncPreview();
  }, [mode, previewText, syncPreview]);
  useEffect(
    () => () => {
      if (syncFrame.current !== null) cancelAnimationFrame(syncFrame.current);
    },
    [],
  );

  return { sourcePane, previewPane, syncPreview };
}
