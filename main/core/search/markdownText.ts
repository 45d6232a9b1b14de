/**
 * Markdown → the plain text that search indexes and shows in snippets. Syntax is removed, words
 * are kept (including the contents of code, which is where commands and identifiers live), and
 * every line stays on its own line, so a snippet's line number is the line in the note.
 *
 * One pass over the lines with cheap character checks before any regex: this runs over every
 * note of a vault at build time, so it must cost little more than reading the files.
 */

import { closesFence, codeFenceOf } from '../../../shared/markdown/markdownLines';

export interface MarkdownText {
  /** The text without markdown syntax; exactly as many lines as the input. */
  text: string;
  /** Texts of ATX headings (`## Heading`), in order, outside code blocks. */
  headings: string[];
}

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const blockquote = /^[ \t]*(?:>[ \t]?)+/;
const listMarker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const tableRule = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$/;
const thematicBreak = /^[ \t]*(?:([-*_=])[ \t]*){3,}$/;
const linkDefinition = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const admonition = /\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|INFO|DANGER)\][ \t]*/gi;
const wikiLink = /!?\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g;
const imageOrLink = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"]*")?\)/g;
const referenceLink = /\[([^\]]+)\]\[[^\]]*\]/g;
const autolink = /<((?:https?|mailto|ftp):[^>\s]+)>/g;
const htmlTag =
  /<\/?(?:a|abbr|b|big|blockquote|br|code|del|details|div|em|figcaption|figure|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)\b[^>]*>/gi;
const markers = /`+|\{\{|\}\}|~~|\*+/g;
const underscoreOpen = /(^|[\s(])_+(?=\S)/g;
const underscoreClose = /(\S)_+(?=[\s).,;:!?]|$)/g;
const escapes = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const entity = /&(amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[\da-f]{1,5});/gi;
// Control characters (NUL separates fields in the text store) become spaces.
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const needsInline = /[`*_~{}[\]<&\\!]/;
// tldr-style mnemonics: `E[x]tract`, `[c]reate` are the words extract and create.
const mnemonicBefore = /\[(\p{L}{1,2})\](?=\p{L})/gu;
const mnemonicAfter = /(\p{L})\[(\p{L}{1,2})\]/gu;

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(_match: string, name: string): string {
  const lower = name.toLowerCase();
  const named = namedEntities[lower];
  if (named !== undefined) return named;
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : ' ';
}

function wikiLinkText(_m: string, target: string, heading?: string, alias?: string): string {
  if (alias) return alias;
  return heading ? `${target} ${heading}`.trim() : target;
}

/** Inline syntax: links keep their text, markers and HTML tags go, entities are decoded. */
export function stripInlineMarkdown(line: string): string {
  if (!needsInline.test(line)) return line;
  let text = line;
  if (text.includes('[')) {
    if (text.includes('[!')) text = text.replace(admonition, '');
    text = text.replace(mnemonicBefore, '$1').replace(mnemonicAfter, '$1$2');
    if (text.includes('[[')) text = text.replace(wikiLink, wikiLinkText);
    if (text.includes('](')) text = text.replace(imageOrLink, '$1');
    if (text.includes('][')) text = text.replace(referenceLink, '$1');
  }
  if (text.includes('<')) text = text.replace(autolink, '$1').replace(htmlTag, '');
  if (text.includes('\\')) text = text.replace(escapes, '$1');
  text = text.replace(markers, '');
  if (text.includes('_')) text = text.replace(underscoreOpen, '$1').replace(underscoreClose, '$1');
  if (text.includes('&')) text = text.replace(entity, decodeEntity);
  return text;
}

/** The first character that is not a space or tab, as a code, or -1. */
function firstMark(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** Block syntax at the start of a prose line (heading marks, quotes, list markers, tables). */
function stripBlock(line: string, headings: string[]): string {
  let text = line;
  let mark = firstMark(text);
  if (mark === 62 /* > */) {
    text = text.replace(blockquote, '');
    mark = firstMark(text);
  }
  switch (mark) {
    case 35 /* # */: {
      const heading = atxHeading.exec(text);
      if (heading) {
        const title = stripInlineMarkdown(heading[1]?.trim() ?? '');
        if (title) headings.push(title);
        return title;
      }
      return text;
    }
    case 45 /* - */:
    case 42 /* * */:
    case 43 /* + */:
    case 95 /* _ */:
    case 61 /* = */:
      if (thematicBreak.test(text)) return '';
      return text.replace(listMarker, '');
    case 124 /* | */:
    case 58 /* : */:
      if (tableRule.test(text)) return '';
      return text;
    case 91 /* [ */:
      return linkDefinition.test(text) ? '' : text;
    default:
      if (mark >= 48 && mark <= 57) return text.replace(listMarker, '');
      return text;
  }
}

/**
 * Strips markdown syntax from a note body (the markdown after its front matter).
 *
 *     markdownToText('## Steps\n- Run `git commit`').text  // 'Steps\nRun git commit'
 */
export function markdownToText(markdown: string): MarkdownText {
  const headings: string[] = [];
  let source = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown;
  source = source.replace(controlChars, ' ');
  const lines = source.split('\n');
  let fence: string | null = null;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (fence !== null) {
      // Code keeps its words: commands and identifiers are what people search for in it.
      if (closesFence(fence, line)) {
        fence = null;
        lines[i] = '';
      }
      continue;
    }
    if (inComment || line.includes('<!--')) {
      const result = stripComments(line, inComment);
      line = result.text;
      inComment = result.open;
    }
    const opening = codeFenceOf(line);
    if (opening) {
      fence = opening;
      lines[i] = '';
      continue;
    }
    line = stripInlineMarkdown(stripBlock(line, headings));
    // Table cells become words; after inline stripping, which reads `[[target|alias]]`.
    lines[i] = line.includes('|') ? line.replace(/\|/g, ' ') : line;
  }
  return { text: lines.join('\n'), headings };
}

/** Removes `<!-- … -->` from a line, given whether a comment was open before it. */
function stripComments(line: string, open: boolean): { text: string; open: boolean } {
  let text = '';
  let rest = line;
  let inside = open;
  for (;;) {
    if (inside) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text, open: true };
      rest = rest.slice(end + 3);
      inside = false;
    } else {
      const start = rest.indexOf('<!--');
      if (start < 0) return { text: text + rest, open: false };
      text += rest.slice(0, start);
      rest = rest.slice(start + 4);
      inside = true;
    }
  }
}
