import { markdownLines } from './markdownLines';

const TITLE_HEADING = /^( {0,3}# +)(.+?)((?: +#+)? *)$/;

/**
 * The text of the first level-1 ATX heading outside fenced code, as written (inline markup
 * kept): what the vault uses as a note's title when its front matter names none.
 *
 *     firstTitleHeading('intro\n# The **title**\n# Second') // 'The **title**'
 */
export function firstTitleHeading(body: string): string | null {
  const found = findTitleHeading(body);
  return found === null ? null : found.text;
}

/**
 * `body` with the text of its first level-1 heading (the one `firstTitleHeading` reads) replaced
 * by `text`; the `#`, indentation, closing hashes and every other byte stay as they are. Null
 * when the body has no such heading.
 *
 *     retitleHeading('# Old ##\n\nText', 'New') // '# New ##\n\nText'
 */
export function retitleHeading(body: string, text: string): string | null {
  const found = findTitleHeading(body);
  if (found === null) return null;
  const parts = body.split(/(\r?\n)/);
  const [, open, , close] = TITLE_HEADING.exec(parts[found.index * 2]!)!;
  parts[found.index * 2] = `${open}${text}${close}`;
  return parts.join('');
}

function findTitleHeading(body: string): { text: string; index: number } | null {
  for (const line of markdownLines(body)) {
    if (line.kind !== 'text') continue;
    const heading = TITLE_HEADING.exec(line.text);
    if (heading) {
      const text = heading[2]!.trim();
      return text === '' ? null : { text, index: line.index };
    }
  }
  return null;
}
