import type { NoteHeading } from '../../state/activeNote';

/**
 * The slug of a heading, the same for the markdown text (`Lessons from **our** team`) and for its
 * rendered text (`Lessons from our team`): lower-case letters and digits of any script, words
 * joined by `-`. Anchors from links, backlinks and the outline are matched through it, so a link
 * written `[[Note#lessons from our team]]` finds the heading however it is formatted.
 */
export function headingSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .trim()
    .replace(/[\s_-]+/gu, '-');
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The ATX headings (`# Title`) of a markdown body, outside fenced code, with their 0-based line.
 * Inline markup is reduced to its text (`**bold**` → `bold`, `[[Note|shown]]` → `shown`).
 */
export function extractHeadings(body: string): NoteHeading[] {
  const headings: NoteHeading[] = [];
  let fence: string | null = null;
  const lines = body.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line]!;
    const fenceMatch = FENCE.exec(text);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length)
        fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const match = ATX.exec(text);
    if (!match) continue;
    const plain = plainHeadingText(match[2] ?? '');
    if (plain !== '') headings.push({ level: match[1]!.length, text: plain, line });
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

/**
 * The text of the first level-1 ATX heading outside fenced code, as written: what the vault uses
 * as a note's title when its front matter names none (main/core/vault/noteMetadata.ts).
 */
export function firstTitleHeading(body: string): string | null {
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}# +(.+?)(?: +#+)? *\r?$/.exec(line);
    if (heading) return heading[1]!.trim() || null;
  }
  return null;
}
