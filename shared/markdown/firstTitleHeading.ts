import { markdownLines } from './markdownLines';

const TITLE_HEADING = /^ {0,3}# +(.+?)(?: +#+)? *$/;

/**
 * The text of the first level-1 ATX heading outside fenced code, as written (inline markup
 * kept): what the vault uses as a note's title when its front matter names none.
 *
 *     firstTitleHeading('intro\n# The **title**\n# Second') // 'The **title**'
 */
export function firstTitleHeading(body: string): string | null {
  for (const line of markdownLines(body)) {
    if (line.kind !== 'text') continue;
    const heading = TITLE_HEADING.exec(line.text);
    if (heading) return heading[1]!.trim() || null;
  }
  return null;
}
