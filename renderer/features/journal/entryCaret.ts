import { extractHeadings } from '../../services/markdownHeadings';

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
  const lines = body.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const headings = extractHeadings(body);
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i]!;
    if (heading.level < 2) continue;
    const end = headings[i + 1]?.line ?? lines.length;
    const section = lines.slice(heading.line + 1, end);
    if (section.length > 0 && section.every((line) => line.trim() === ''))
      return starts[heading.line + 1]!;
  }
  return body.length;
}
