import { markdownLines } from '../../shared/markdown/markdownLines';
import type { NoteHeading } from '../state/activeNote';

export { headingSlug } from '../../shared/markdown/headingSlug';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/**
 * The ATX headings (`# Title`) of a markdown body, outside fenced code, with their 0-based line.
 * Inline markup is reduced to its text (`**bold**` → `bold`, `[[Note|shown]]` → `shown`).
 */
export function extractHeadings(body: string): NoteHeading[] {
  const headings: NoteHeading[] = [];
  for (const { text, index, kind } of markdownLines(body)) {
    const match = kind === 'text' ? ATX.exec(text) : null;
    if (!match) continue;
    const plain = plainHeadingText(match[2] ?? '');
    if (plain !== '') headings.push({ level: match[1]!.length, text: plain, line: index });
  }
  return headings;
}

/** Heading markdown as the text a reader sees. */
export function plainHeadingText(markdown: string): string {
  return markdown
    .replace(/!?\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g, (_, target, heading, alias) =>
      String(alias ?? heading ?? target ?? ''),
    )
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|==|`)/g, '')
    .replace(/\s+\^[\w-]+$/, '')
    .trim();
}
