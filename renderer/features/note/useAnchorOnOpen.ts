import { useEffect } from 'react';

/** Reveals `anchor` (on `line`, for a text anchor) once the note's text has been laid out. */
export function useAnchorOnOpen(
  anchor: string | undefined,
  line: number | undefined,
  reveal: (target: string, line?: number) => void,
): void {
  useEffect(() => {
    if (!anchor) return;
    // After the editor and preview have laid out the text.
    const frame = requestAnimationFrame(() => reveal(anchor, line));
    return () => cancelAnimationFrame(frame);
  }, [anchor, line, reveal]);
}
