import { extractHeadings } from './markdownHeadings';

/**
 * The first section (`##` or deeper) of `body` whose lines under the heading all pass `isEmpty`
 * and has at least one line: the offset of its first line where `canType` holds (or null when
 * none does, and then the next section is tried). Null when no section qualifies. Shared by the
 * journal (first empty prompt) and new notes (first section with only hints).
 */
export function emptySectionCaret(
  body: string,
  isEmpty: (line: string) => boolean,
  canType: (line: string) => boolean = () => true,
): number | null {
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
    if (section.length === 0 || !section.every(isEmpty)) continue;
    const at = section.findIndex(canType);
    if (at >= 0) return starts[heading.line + 1 + at]!;
  }
  return null;
}
