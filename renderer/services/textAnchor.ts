/**
 * Text anchors with a line: a search hit names the word it matched and the line of the note's
 * body it is on, so the note opens at that occurrence rather than at the first one.
 */

/** Offset of the start of the 0-based `line` in `doc`, or null past its end. */
function lineStart(doc: string, line: number): number | null {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = doc.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  return start;
}

/** Where text `anchor` is in `doc` at or after the start of `line` (case-insensitive). */
export function findTextFromLine(
  doc: string,
  anchor: string,
  line: number,
): { from: number; to: number } | null {
  const text = anchor.trim().toLowerCase();
  const start = lineStart(doc, line);
  if (text === '' || start === null) return null;
  const at = doc.toLowerCase().indexOf(text, start);
  return at < 0 ? null : { from: at, to: at + text.length };
}

/**
 * Which occurrence (0-based, case-insensitive) of `anchor` in `doc` is the one at or after
 * `line`: the rendered note shows the same words in the same order, so the preview reveals its
 * occurrence with that number. Null when the text is not there.
 */
export function occurrenceFromLine(doc: string, anchor: string, line: number): number | null {
  const found = findTextFromLine(doc, anchor, line);
  if (!found) return null;
  const text = anchor.trim().toLowerCase();
  const lower = doc.toLowerCase();
  let count = 0;
  for (let at = lower.indexOf(text); at >= 0 && at < found.from; at = lower.indexOf(text, at + 1))
    count++;
  return count;
}
