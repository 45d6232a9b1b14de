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

/** Splits a paragraph into text and links, for showing links as links. */
export function paragraphParts(
  paragraph: string,
): ({ kind: 'text'; text: string } | { kind: 'link'; link: ParagraphLink })[] {
  const parts: ({ kind: 'text'; text: string } | { kind: 'link'; link: ParagraphLink })[] = [];
  let at = 0;
  for (const link of paragraphLinks(paragraph)) {
    if (link.start > at) parts.push({ kind: 'text', text: paragraph.slice(at, link.start) });
    parts.push({ kind: 'link', link });
    at = link.end;
  }
  if (at < paragraph.length) parts.push({ kind: 'text', text: paragraph.slice(at) });
  return parts;
}

export const linkNamesOf = (note: { path: string; title: string; aliases: readonly string[] }) =>
  new Set([
    nameOf(note.path),
    note.title.toLocaleLowerCase(),
    ...note.aliases.map((a) => a.toLocaleLowerCase()),
  ]);
