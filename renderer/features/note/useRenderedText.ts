import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { textStats, type TextStats } from '../../../shared/markdown/textStats';
import { extractHeadings } from '../../services/markdownHeadings';
import type { NoteHeading } from '../../state/activeNote';
import type { NoteEditor } from '../editor/noteEditor';

/**
 * Quiet time before the side-by-side preview follows typing. Rendering costs about 1 ms per
 * 1,000 characters in Chromium (npm run bench:note), so longer notes wait longer for a pause.
 */
const previewDelay = (length: number) => (length < 50_000 ? 150 : length < 300_000 ? 500 : 1500);
const HEADINGS_DELAY_MS = 250;

/**
 * What the preview, the outline and the status bar's word count show of the note's text: they
 * follow typing after a pause (the preview only while it is shown), or at once when asked to
 * (`showNow`, `showPreviewNow`).
 */
export function useRenderedText(
  initialText: string,
  currentText: () => string,
  editorRef: RefObject<NoteEditor | null>,
) {
  const [previewText, setPreviewText] = useState(initialText);
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const [headings, setHeadings] = useState<readonly NoteHeading[]>(() =>
    extractHeadings(initialText),
  );
  const [statsText, setStatsText] = useState(initialText);
  const stats: TextStats = useMemo(() => textStats(statsText, locale), [statsText, locale]);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const headingsTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** The text was typed in: the outline, and the preview if shown, follow after a pause. */
  const textEdited = useCallback(
    (previewShown: boolean) => {
      if (previewShown) {
        if (previewTimer.current) clearTimeout(previewTimer.current);
        previewTimer.current = setTimeout(
          () => setPreviewText(currentText()),
          previewDelay(editorRef.current?.view.state.doc.length ?? 0),
        );
      }
      if (headingsTimer.current) clearTimeout(headingsTimer.current);
      headingsTimer.current = setTimeout(() => {
        const text = currentText();
        setHeadings(extractHeadings(text));
        setStatsText(text);
      }, HEADINGS_DELAY_MS);
    },
    [currentText, editorRef],
  );

  /** The preview shows the text as it is now. */
  const showPreviewNow = useCallback(() => setPreviewText(currentText()), [currentText]);

  /** The text was replaced (reloaded or resolved): preview and outline show it at once. */
  const showNow = useCallback(() => {
    const text = currentText();
    setPreviewText(text);
    setHeadings(extractHeadings(text));
    setStatsText(text);
  }, [currentText]);

  useEffect(
    () => () => {
      if (previewTimer.current) clearTimeout(previewTimer.current);
      if (headingsTimer.current) clearTimeout(headingsTimer.current);
    },
    [],
  );

  return { previewText, headings, stats, textEdited, showPreviewNow, showNow };
}
