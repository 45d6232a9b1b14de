/**
 * Markdown links to vault files: `[text](Other%20Note.md)`, `[text](<folder/Other.md#Heading>)`,
 * `![alt](../attachments/chart.png)`. Which destinations name a vault file, what path they
 * name, and how to write a path back in the style a link was written in.
 *
 * @example
 * vaultDestination('Other%20Note.md#Next%20steps');
 * // { path: 'Other Note.md', suffix: '#Next%20steps', anchor: 'Next steps' }
 * relativePath('a/b/Home.md', 'a/c/Note.md'); // '../c/Note.md'
 */

import { locateMarkdownLinks } from './wikiLinks';

/** What a link destination names in the vault. */
export interface VaultDestination {
  /** The path as written, unescaped and URL-decoded: `../x/Other Note.md`, `/a/b.png`. */
  path: string;
  /** The destination exactly as written from its first `#` or `?` on (`#Heading`); `''` without. */
  suffix: string;
  /** The decoded text after `#`, or null. */
  anchor: string | null;
}

/** How a destination was written, to write a new path the same way. */
export interface DestinationStyle {
  /** `<Other Note.md>` rather than a bare destination. */
  angleBrackets: boolean;
  /** Percent-encoded (`Other%20Note.md`, `Caf%C3%A9.md`) rather than raw characters. */
  encoded: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;

/**
 * The vault file a markdown link destination names, or null when it names none: an address
 * with a scheme (`https:`, `mailto:`, `file:`, `C:`), a protocol-relative `//host` one, an
 * anchor in the same note (`#Heading`), an empty one or a folder (`docs/`).
 */
export function vaultDestination(destination: string): VaultDestination | null {
  const written = destination.trim();
  if (written === '' || written.startsWith('#') || written.startsWith('//')) return null;
  if (SCHEME.test(written)) return null;
  // Unescaping removes backslashes only, so the raw text splits where the unescaped one would.
  const cut = written.search(/[#?]/);
  const rawPath = cut < 0 ? written : written.slice(0, cut);
  const suffix = cut < 0 ? '' : written.slice(cut);
  const path = safeDecode(unescapeMarkdown(rawPath)).replaceAll('\\', '/');
  if (path.trim() === '' || path.endsWith('/')) return null;
  const hash = suffix.indexOf('#');
  const anchor = hash < 0 ? null : safeDecode(unescapeMarkdown(suffix.slice(hash + 1))) || null;
  return { path, suffix, anchor };
}

/** Whether `text` is exactly one markdown link or image, as a backlink's anchor is. */
export function isMarkdownLink(text: string): boolean {
  if (!/^!?\[/.test(text)) return false;
  const [link] = locateMarkdownLinks(text);
  return link !== undefined && link.start === 0 && link.end === text.length;
}

/** The style of a destination as written (`link.destination`, `link.angleBrackets`). */
export function destinationStyle(destination: string, angleBrackets: boolean): DestinationStyle {
  const cut = destination.search(/[#?]/);
  const rawPath = cut < 0 ? destination : destination.slice(0, cut);
  return { angleBrackets, encoded: PERCENT_ESCAPE.test(rawPath) };
}

/**
 * The vault path a link's `path` names from the note at `fromPath`: relative to the note's
 * folder, or to the vault root when written `/…`; null when it climbs out of the vault.
 */
export function vaultPathOf(path: string, fromPath: string): string | null {
  const folder = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
  const joined = path.startsWith('/') ? path : `${folder}${path}`;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.length === 0 ? null : out.join('/');
}

/** `toPath` written relative to the folder of `fromPath` (both vault paths): `../c/Note.md`. */
export function relativePath(fromPath: string, toPath: string): string {
  const from = fromPath.split('/').slice(0, -1);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * `path` written as a destination, followed by `suffix` as is, in `style`: inside `<…>`, `<`,
 * `>` and `\` are escaped and `%`, `#`, `?` encoded; a bare destination encodes what would end or break it (spaces,
 * `#`, `?`, `%`, `\`, control characters, unbalanced parentheses) and, when the link was
 * percent-encoded, everything `encodeURI` encodes too (as Obsidian writes links).
 */
export function formatDestination(path: string, suffix: string, style: DestinationStyle): string {
  let text = style.encoded ? encodeURI(path).replace(/[#?]/g, encodeChar) : encodeBare(path);
  if (style.angleBrackets) {
    if (!style.encoded)
      text = path
        .replace(/%/g, '%25')
        .replace(/[#?\r\n]/g, encodeChar)
        .replace(/[<>\\]/g, '\\$&');
    return `${text}${suffix}`;
  }
  if (!balanced(text)) text = text.replace(/[()]/g, encodeChar);
  return `${text}${suffix}`;
}

function encodeBare(path: string): string {
  // `%` first, so that the escapes written next are not encoded again.
  return path.replace(/%/g, '%25').replace(/[\u0000-\u0020\u007f#?<>\\]/g, encodeChar); // eslint-disable-line no-control-regex
}

function encodeChar(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** CommonMark backslash escapes (`\(`, `\#`) removed. */
function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
