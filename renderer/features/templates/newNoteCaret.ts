import { emptySectionCaret } from '../../services/emptySection';
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
  const section = emptySectionCaret(body, isHintOrBlank, (line) => line.trim() === '');
  if (section !== null) return section;
  const first = extractHeadings(body)[0];
  const lines = body.split('\n');
  if (first && first.line + 1 < lines.length)
    return lines.slice(0, first.line + 1).reduce((n, line) => n + line.length + 1, 0);
  return body.length;
}
