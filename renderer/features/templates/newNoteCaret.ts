import { extractHeadings } from '../../services/markdownHeadings';

/** A line with nothing to read: blank, or only an HTML comment (a template's hint). */
const isHintOrBlank = (line: string) => /^\s*(<!--.*?-->\s*)*$/.test(line);

/**
 * Where the cursor goes when a new note opens, ready to type: in the first section (`##` or
 * deeper) that has nothing written yet — its hints (`<!-- … -->`) count as nothing — on its
 * first blank line, so typing goes under the hint; else on the line after the first heading;
 * else at the end.
 *
 * @example
 * newNoteCaret('# Plan\n\n## Problem\n<!-- What needed solving -->\n\n## Context\n');
 * // 48: the blank line under the Problem hint
 */
export function newNoteCaret(body: string): number {
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
    if (!section.every(isHintOrBlank)) continue;
    const blank = section.findIndex((line) => line.trim() === '');
    if (blank >= 0) return starts[heading.line + 1 + blank]!;
  }
  const first = headings[0];
  if (first && first.line + 1 < lines.length) return starts[first.line + 1]!;
  return body.length;
}
