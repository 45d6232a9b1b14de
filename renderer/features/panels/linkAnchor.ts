import { vaultDestination } from '../../../shared/links/markdownLinks';
import { locateLinks } from '../../../shared/links/wikiLinks';

/** A wiki link or a markdown link to a vault file, as a backlink's paragraph shows it. */
export interface ParagraphLink {
  /** The link as written: the anchor the source note highlights when it is followed. */
  raw: string;
  start: number;
  end: number;
  /** What it points at as written: `folder/Note`, `../x/Other Note.md`. */
  target: string;
  /** What a reader sees: the alias or target of a wiki link, the text of a markdown link. */
  shown: string;
}

/** The last path segment without `.md`, lower-cased: what a link to the note usually names. */
const nameOf = (target: string) =>
  (target.split('/').pop() ?? '').replace(/\.md$/i, '').toLocaleLowerCase();

/** The links of a paragraph in order; a wiki link inside a markdown link's text is left out. */
function paragraphLinks(paragraph: string): ParagraphLink[] {
  const { wikiLinks, markdownLinks } = locateLinks(paragraph);
  const links: ParagraphLink[] = wikiLinks.map((link) => ({
    raw: link.raw,
    start: link.start,
    end: link.end,
    target: link.target,
    shown: link.alias ?? link.target,
  }));
  for (const link of markdownLinks) {
    const destination = vaultDestination(link.destination);
    if (destination === null) continue;
    links.push({
      raw: link.raw,
      start: link.start,
      end: link.end,
      target: destination.path,
      shown: link.text.trim() === '' ? destination.path : link.text,
    });
  }
  links.sort((a, b) => a.start - b.start);
  let end = 0;
  return links.filter((link) => {
    if (link.start < end) return false;
    end = link.end;
    return true;
  });
}

/**
 * Which link of a backlink's paragraph points at the note (`names`: its file name, title and
 * aliases, lower-cased); the first link if none obviously does.
 */
export function linkInParagraph(
  paragraph: string,
  names: ReadonlySet<string>,
): ParagraphLink | null {
  const links = paragraphLinks(paragraph);
  return links.find((l) => names.has(nameOf(l.target))) ?? links[0] ?? null;
}

/** A list item's, heading's or quote's marker at the start of a line. */
const LINE_MARKER =
  /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/;

/**
 * Inline markdown as a reader sees it: an escape's character, a link's or image's text, and no
 * emphasis, code or highlight marks or HTML tags (`snake_case` and `2 * 3` are left alone).
 */
const INLINE_SYNTAX =
  /\\([!-/:-@[-`{-~])|!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)|\*\*|__|~~|==|`+|<\/?[A-Za-z][^>]*>|(?<=^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/g;

/** Text of a paragraph as read, not as written; `lineStart`: the text begins a line. */
export function readableText(text: string, lineStart: boolean): string {
  const lines = text
    .split('\n')
    .map((line, i) => (i > 0 || lineStart ? line.replace(LINE_MARKER, '') : line));
  return lines
    .join('\n')
    .replace(
      INLINE_SYNTAX,
      (_match, escaped?: string, linkText?: string) => escaped ?? linkText ?? '',
    );
}

/** Splits a paragraph into text and links, for showing links as links (markdown read as text). */
export function paragraphParts(
  paragraph: string,
): ({ kind: 'text'; text: string } | { kind: 'link'; link: ParagraphLink })[] {
  const parts: ({ kind: 'text'; text: string } | { kind: 'link'; link: ParagraphLink })[] = [];
  const text = (from: number, to: number) => {
    const shown = readableText(
      paragraph.slice(from, to),
      from === 0 || paragraph[from - 1] === '\n',
    );
    if (shown !== '') parts.push({ kind: 'text', text: shown });
  };
  let at = 0;
  for (const link of paragraphLinks(paragraph)) {
    if (link.start > at) text(at, link.start);
    parts.push({ kind: 'link', link: { ...link, shown: readableText(link.shown, false) } });
    at = link.end;
  }
  if (at < paragraph.length) text(at, paragraph.length);
  return parts;
}

export const linkNamesOf = (note: { path: string; title: string; aliases: readonly string[] }) =>
  new Set([
    nameOf(note.path),
    note.title.toLocaleLowerCase(),
    ...note.aliases.map((a) => a.toLocaleLowerCase()),
  ]);
