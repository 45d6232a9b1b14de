import { locateInlineTags, locateWikiLinks } from '../../../shared/links/wikiLinks';

/** A link under the cursor or the mouse in the editor. */
export type EditorLink =
  | { kind: 'wiki'; target: string; heading: string | null; embed: boolean }
  | { kind: 'href'; href: string }
  | { kind: 'tag'; tag: string };

const MARKDOWN_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const BARE_URL = /\b(?:https?:\/\/|mailto:)[^\s<>()[\]]+[^\s<>()[\].,;:!?'"]/g;

/**
 * The link at `offset` in `line` (a line of the note, offset within it), if any: a wiki link,
 * a markdown link or image (its address), a bare URL or a `#tag` (which leads to its notes). The end of a link counts, so a link the
 * cursor has just been placed after is still found.
 */
export function linkAtPosition(line: string, offset: number): EditorLink | null {
  for (const link of locateWikiLinks(line)) {
    if (offset >= link.start && offset <= link.end) {
      return { kind: 'wiki', target: link.target, heading: link.heading, embed: link.embed };
    }
  }
  for (const match of line.matchAll(MARKDOWN_LINK)) {
    if (offset >= match.index && offset <= match.index + match[0].length)
      return { kind: 'href', href: match[1]! };
  }
  for (const match of line.matchAll(BARE_URL)) {
    if (offset >= match.index && offset <= match.index + match[0].length)
      return { kind: 'href', href: match[0] };
  }
  for (const tag of locateInlineTags(line)) {
    if (offset >= tag.start && offset <= tag.end) return { kind: 'tag', tag: tag.tag };
  }
  return null;
}
