import { emptySectionCaret } from '../../services/emptySection';

/**
 * Where the cursor goes when a journal entry opens from Ctrl/Cmd+J or the calendar, ready to
 * type: at the start of the first prompt section (`##` or deeper) that is still empty — in a new
 * entry, the first prompt's — else at the end of the text. A section counts as empty when the
 * lines under its heading are blank; one with no line at all has nowhere to type and is skipped.
 *
 * @example
 * entryCaret('# Monday\n\n## What happened?\n\n## What did I learn?\n\n'); // 29: under "What happened?"
 */
export function entryCaret(body: string): number {
  return emptySectionCaret(body, (line) => line.trim() === '') ?? body.length;
}
