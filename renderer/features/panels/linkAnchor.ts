import { locateWikiLinks, type LocatedWikiLink } from '../../../shared/links/wikiLinks';

/** The last path segment without `.md`, lower-cased: what a link to the note usually names. */
const nameOf = (target: string) =>
  (target.split('/').pop() ?? '').replace(/\.md$/i, '').toLocaleLowerCase();

/**
 * Which wiki link of a backlink's paragraph points at the note (`names`: its file name, title and
 * aliases, lower-cased); the first link if none obviously does. Its raw text is the anchor the
 * source note highlights when the backlink is followed.
 */
export function linkInParagraph(
  paragraph: string,
  names: ReadonlySet<string>,
): LocatedWikiLink | null {
  const links = locateWikiLinks(paragraph);
  return links.find((l) => names.has(nameOf(l.target))) ?? links[0] ?? null;
}

/** Splits a paragraph into text and wiki links, for showing links as links. */
export function paragraphParts(
  paragraph: string,
): ({ kind: 'text'; text: string } | { kind: 'link'; link: LocatedWikiLink })[] {
  const parts: ({ kind: 'text'; text: string } | { kind: 'link'; link: LocatedWikiLink })[] = [];
  let at = 0;
  for (const link of locateWikiLinks(paragraph)) {
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
