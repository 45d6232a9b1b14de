/**
 * Wiki links (`[[Note]]`, `![[image.png]]`, …) and inline `#tags` in markdown, found the way
 * Obsidian finds them: never inside code (fenced, indented, inline), HTML comments or `%% %%`
 * comments.
 *
 * One linear pass: a block pass splits the text into inline segments (paragraphs, list items,
 * headings, table rows) and drops code blocks; an inline pass walks the segments once, skipping
 * code spans and comments. Nothing here backtracks over the text, so a 37 MB vault parses in
 * time proportional to its size, whatever the input looks like.
 *
 * @example
 * parseWikiLinks('See [[Contracts#Renewal|renewals]].')
 * // [{ raw: '[[Contracts#Renewal|renewals]]', target: 'Contracts', heading: 'Renewal',
 * //    alias: 'renewals', embed: false, escapedPipe: false, start: 4, end: 34, line: 1 }]
 */
import {
  TAB,
  LF,
  CR,
  SPACE,
  BANG,
  HASH,
  PERCENT,
  QUOTE,
  APOSTROPHE,
  LPAREN,
  RPAREN,
  LT,
  GT,
  LBRACKET,
  BACKSLASH,
  RBRACKET,
  BACKTICK,
  PIPE,
  isWhitespace,
  isAsciiPunctuation,
} from './charCodes';
import {
  SEGMENT_FROM,
  SEGMENT_TO,
  SEGMENT_BLOCK_START,
  SEGMENT_SIZE,
  BlockSplitter,
} from './blockSplitter';

export interface WikiLink {
  /** The link exactly as written, `!` included for embeds. */
  raw: string;
  /** Offset of the first character of `raw` in the parsed text. */
  start: number;
  /** Offset just past `raw`. */
  end: number;
  /** 1-based line of the link within the parsed text. */
  line: number;
  /** Written `![[…]]`. */
  embed: boolean;
  /** What the link points at, trimmed, as written: `folder/Note`, `image.png`; `''` for `[[#Heading]]`. */
  target: string;
  /** Text after the first `#`: `Heading`, `^blockid`, `H1#H2`; null without `#`. */
  heading: string | null;
  /** Text after the `|`; null without one. */
  alias: string | null;
  /** The alias separator was written `\|`, as a link inside a table must be. */
  escapedPipe: boolean;
}

/** The parts of a link `formatWikiLink` writes. */
export type WikiLinkParts = Pick<
  WikiLink,
  'embed' | 'target' | 'heading' | 'alias' | 'escapedPipe'
>;

/** A link with the offsets a rewriter and a backlink view need. */
export interface LocatedWikiLink extends WikiLink {
  /** Offsets of the target text itself: replace `[targetStart, targetEnd)` to retarget the link. */
  targetStart: number;
  targetEnd: number;
  /**
   * The markdown block holding the link (paragraph, list item, heading, table row, quoted
   * paragraph), from the start of its first line to the end of its last line.
   */
  blockStart: number;
  blockEnd: number;
}

/** Every wiki link in `markdown`, in order. */
export function parseWikiLinks(markdown: string): WikiLink[] {
  return locateWikiLinks(markdown).map(
    ({ raw, start, end, line, embed, target, heading, alias, escapedPipe }) => ({
      raw,
      start,
      end,
      line,
      embed,
      target,
      heading,
      alias,
      escapedPipe,
    }),
  );
}

/** Every wiki link in `markdown` with its target and block offsets. */
export function locateWikiLinks(markdown: string): LocatedWikiLink[] {
  const links: LocatedWikiLink[] = [];
  scanMarkdown(markdown, (link) => links.push(link), null);
  return links;
}

/**
 * A markdown inline link `[text](destination "title")` or image `![alt](destination)`, found by
 * CommonMark's rules (brackets matched innermost first, code spans and escapes taking
 * precedence, no link inside another link's text) in the same places as wiki links.
 */
export interface LocatedMarkdownLink {
  /** The link exactly as written, `!` included for images. */
  raw: string;
  start: number;
  end: number;
  /** 1-based line of the link's first character within the parsed text. */
  line: number;
  /** Written `![…](…)`. */
  embed: boolean;
  /** The link text (or alt text) as written, between the brackets. */
  text: string;
  /** The destination as written, without angle brackets: `Other%20Note.md#Heading`. */
  destination: string;
  /** The destination was written `<…>`. */
  angleBrackets: boolean;
  /** Offsets of `destination` (inside the angle brackets): replace them to retarget the link. */
  destinationStart: number;
  destinationEnd: number;
  /** The title as written between its quotes or parentheses; null without one. */
  title: string | null;
  /** The markdown block holding the link, as for wiki links. */
  blockStart: number;
  blockEnd: number;
}

/** Both kinds of links of a text, each list in order. */
export interface LocatedLinks {
  wikiLinks: LocatedWikiLink[];
  markdownLinks: LocatedMarkdownLink[];
}

/** Every markdown inline link and image in `markdown`, in order, whatever its destination. */
export function locateMarkdownLinks(markdown: string): LocatedMarkdownLink[] {
  return locateLinks(markdown).markdownLinks;
}

/** Wiki links and markdown links of `markdown` in one pass. */
export function locateLinks(markdown: string): LocatedLinks {
  const wikiLinks: LocatedWikiLink[] = [];
  const markdownLinks: LocatedMarkdownLink[] = [];
  scanMarkdown(
    markdown,
    (link) => wikiLinks.push(link),
    null,
    (link) => markdownLinks.push(link),
  );
  // An image inside a link's text (`[![a](x.png)](Note.md)`) is found before the link.
  markdownLinks.sort((a, b) => a.start - b.start);
  return { wikiLinks, markdownLinks };
}

/** Writes a link back as markdown; `parseWikiLinks(formatWikiLink(x))` gives `x` back. */
export function formatWikiLink(link: WikiLinkParts): string {
  const heading = link.heading === null ? '' : `#${link.heading}`;
  const alias = link.alias === null ? '' : `${link.escapedPipe ? '\\|' : '|'}${link.alias}`;
  return `${link.embed ? '!' : ''}[[${link.target}${heading}${alias}]]`;
}

/** An inline `#tag` with its place in the text. */
export interface LocatedInlineTag {
  /** The tag as written, without `#` and without trailing `/`. */
  tag: string;
  /** Offset of the `#`. */
  start: number;
  /** Offset just past the tag's last character (a trailing `/` is not part of it). */
  end: number;
}

/**
 * Obsidian inline tags (`#tag`, `#parent/child`), without `#`, unique, in order of first
 * appearance, case as first written. A tag starts after whitespace, the start of the text, or
 * another tag (`#a#b` is two tags, as in Obsidian); it is made of letters, digits, `_`, `-` and
 * `/` and is not all digits (`#123` is not a tag).
 */
export function parseInlineTags(markdown: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const { tag } of locateInlineTags(markdown)) {
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/**
 * Every inline tag in `markdown`, each time it occurs, with its offsets, found by the rules of
 * `parseInlineTags`: never in code, comments, wiki links or URLs (`https://x.org/#a` has no tag,
 * since a tag starts after whitespace). Rewriting `[start, end)` renames one occurrence.
 */
export function locateInlineTags(markdown: string): LocatedInlineTag[] {
  const tags: LocatedInlineTag[] = [];
  scanMarkdown(markdown, null, (from, to) => {
    for (let i = from; i < to; i++) {
      if (markdown.charCodeAt(i) !== HASH) continue;
      if (i > 0 && !isWhitespace(markdown.charCodeAt(i - 1))) continue;
      // `#a#b`: each `#` right after a tag starts another one.
      let at = i;
      while (at < to && markdown.charCodeAt(at) === HASH) {
        const end = tagEnd(markdown, at + 1, to);
        const tag = markdown.slice(at + 1, end).replace(/\/+$/, '');
        if (tag === '' || tag.startsWith('/') || /^\d+$/.test(tag)) break;
        tags.push({ tag, start: at, end: at + 1 + tag.length });
        at = end;
      }
      i = Math.max(i, at - 1);
    }
  });
  return tags;
}

/** A run of prose: text outside code (blocks and spans) and comments, inside one block. */
export interface ProseRun {
  from: number;
  to: number;
  /**
   * The block's inline content (paragraph, list item paragraph, heading, table row): from where
   * it starts after quote and list markers to the end of its last line.
   */
  contentStart: number;
  contentEnd: number;
  /** Start of the block's first line, quote and list markers included. */
  blockStart: number;
}

/**
 * Calls `onRun` for every run of prose in `markdown`, in order, with the block it belongs to:
 * what a reader sees as text, never code (fenced, indented, inline) or comments. For features
 * that read markdown structure without a full parser (task items, first lines).
 */
export function scanProse(markdown: string, onRun: (run: ProseRun) => void): void {
  scanMarkdown(markdown, null, (from, to, contentStart, contentEnd, blockStart) =>
    onRun({ from, to, contentStart, contentEnd, blockStart }),
  );
}

/**
 * `scanProse` and `locateLinks(…).markdownLinks` in one pass over `markdown` (what unlinked
 * mentions need of every note they read). A markdown link's destination is skipped, never read
 * as prose; its text is in the runs, as with `scanProse`.
 */
export function proseAndMarkdownLinks(markdown: string): {
  runs: ProseRun[];
  markdownLinks: LocatedMarkdownLink[];
} {
  const runs: ProseRun[] = [];
  const markdownLinks: LocatedMarkdownLink[] = [];
  scanMarkdown(
    markdown,
    null,
    (from, to, contentStart, contentEnd, blockStart) =>
      runs.push({ from, to, contentStart, contentEnd, blockStart }),
    (link) => markdownLinks.push(link),
  );
  markdownLinks.sort((a, b) => a.start - b.start);
  return { runs, markdownLinks };
}

const TAG_CHAR = /^[\p{L}\p{N}\p{M}_/-]$/u;

/** End of the tag characters starting at `from`. */
function tagEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const ok =
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        c === 95 ||
        c === 45 ||
        c === 47;
      if (!ok) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (!TAG_CHAR.test(String.fromCodePoint(cp))) break;
    i += width;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------
// The scanner shared by links and tags: blockSplitter.ts finds the segments, InlineScanner
// below reads them.

type LinkSink = ((link: LocatedWikiLink) => void) | null;
/** A run of prose `[from, to)` in the segment whose content spans `[segmentFrom, segmentTo)`. */
type TextSink =
  | ((from: number, to: number, segmentFrom: number, segmentTo: number, blockStart: number) => void)
  | null;

type MarkdownLinkSink = ((link: LocatedMarkdownLink) => void) | null;

function scanMarkdown(
  text: string,
  onLink: LinkSink,
  onText: TextSink,
  onMarkdownLink: MarkdownLinkSink = null,
): void {
  const blocks = new BlockSplitter(text);
  blocks.run();
  new InlineScanner(text, blocks.lineStarts, onLink, onText, onMarkdownLink).run(blocks.segments);
}

// --- Inline pass -----------------------------------------------------------------------------

const NO_COMMENT = 0;
const PERCENT_COMMENT = 1;
const HTML_COMMENT = 2;

/** Parentheses nest at most this deep in a bare link destination (cmark's limit, which keeps
 * the scan of hostile input like `[](((((…` linear). */
const MAX_PAREN_DEPTH = 32;

/**
 * Walks the segments once, left to right, the first construct to open winning as in CommonMark:
 * backslash escapes, code spans (a backtick run closed by the next run of the same length in the
 * segment, else literal), `<!-- -->` and `%% %%` comments (which may span blocks), wiki links,
 * and (when asked for) markdown links: each `]` closes the nearest open `[`, and makes a link
 * when `(destination "title")` follows it.
 */
class InlineScanner {
  readonly #text: string;
  readonly #lineStarts: number[];
  readonly #onLink: LinkSink;
  readonly #onText: TextSink;
  readonly #onMarkdownLink: MarkdownLinkSink;
  /** Open `[` of the segment, innermost last, as pairs: offset, 1 when written `![`. */
  readonly #openers: number[] = [];

  #comment = NO_COMMENT;
  /** The whole rest of the document is a comment. */
  #done = false;
  // Next known terminator of each comment kind; searched again only once passed, so every
  // search starts further on than the last and the whole pass stays linear.
  #nextPercent = -2;
  #nextHtmlClose = -2;
  #line = 0;

  // The segment being scanned.
  #from = 0;
  #end = 0;
  #blockStart = 0;
  #runs: Map<number, number[]> | null = null;
  #escaped = -1;

  constructor(
    text: string,
    lineStarts: number[],
    onLink: LinkSink,
    onText: TextSink,
    onMarkdownLink: MarkdownLinkSink,
  ) {
    this.#text = text;
    this.#lineStarts = lineStarts;
    this.#onLink = onLink;
    this.#onText = onText;
    this.#onMarkdownLink = onMarkdownLink;
  }

  run(segments: number[]): void {
    for (let k = 0; k < segments.length && !this.#done; k += SEGMENT_SIZE) {
      this.#from = segments[k + SEGMENT_FROM] as number;
      this.#end = segments[k + SEGMENT_TO] as number;
      this.#blockStart = segments[k + SEGMENT_BLOCK_START] as number;
      this.#runs = null;
      this.#escaped = -1;
      this.#openers.length = 0;
      this.#segment();
    }
  }

  #segment(): void {
    const text = this.#text;
    const end = this.#end;
    let i = this.#from;

    if (this.#comment !== NO_COMMENT) {
      const percent = this.#comment === PERCENT_COMMENT;
      const close = percent ? this.#findPercent(i) : this.#findHtmlClose(i);
      if (close < 0) {
        this.#done = true;
        return;
      }
      if (close >= end) return;
      i = close + (percent ? 2 : 3);
      this.#comment = NO_COMMENT;
    }

    let runStart = i;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) {
        if (i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1))) {
          this.#escaped = i + 1;
          i += 2;
        } else i++;
      } else if (c === BACKTICK) {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === BACKTICK) j++;
        const close = this.#closingRun(j - i, j);
        if (close >= 0) {
          this.#emitText(runStart, i);
          i = close + (j - i);
          runStart = i;
        } else i = j;
      } else if (c === PERCENT && text.charCodeAt(i + 1) === PERCENT) {
        const close = this.#findPercent(i + 2);
        // An unclosed `%%` is read as text: what Obsidian does with one is unverified, and
        // missing a link (a rename would leave it broken) costs more than reading one too many.
        if (close < 0) {
          i += 2;
          continue;
        }
        this.#emitText(runStart, i);
        if (close >= end) {
          this.#comment = PERCENT_COMMENT;
          return;
        }
        i = close + 2;
        runStart = i;
      } else if (c === LT && text.startsWith('<!--', i)) {
        const close = this.#findHtmlClose(i + 2);
        if (close >= 0 && close < end) {
          this.#emitText(runStart, i);
          i = close + 3;
          runStart = i;
        } else if (this.#startsLine(i)) {
          // An HTML block comment runs to its `-->`, or to the end of the document.
          this.#emitText(runStart, i);
          if (close < 0) this.#done = true;
          else this.#comment = HTML_COMMENT;
          return;
        } else i += 4;
      } else if (c === LBRACKET && text.charCodeAt(i + 1) === LBRACKET) {
        // `[[[x]]]`: the innermost `[[` opens the link.
        while (text.charCodeAt(i + 2) === LBRACKET) i++;
        const link = this.#readLink(i);
        if (link === null) {
          // `[[x](Note.md)`: not a wiki link, but its brackets may open a markdown one.
          this.#open(i);
          this.#open(i + 1);
          i += 2;
          continue;
        }
        this.#emitText(runStart, link.start);
        this.#onLink?.(link);
        i = link.end;
        runStart = i;
      } else if (c === LBRACKET) {
        this.#open(i);
        i++;
      } else if (c === RBRACKET && this.#openers.length > 0) {
        const embed = this.#openers.pop() === 1;
        const open = this.#openers.pop() as number;
        const link =
          text.charCodeAt(i + 1) === LPAREN ? this.#readMarkdownLink(open, i, embed) : null;
        if (link === null) {
          i++;
          continue;
        }
        this.#onMarkdownLink?.(link);
        // A link's text holds no other link (an image's alt text may).
        if (!embed) this.#openers.length = 0;
        i = link.end;
      } else i++;
    }
    this.#emitText(runStart, end);
  }

  /** Notes a `[` that a later `]` may close into a markdown link. */
  #open(at: number): void {
    if (this.#onMarkdownLink === null) return;
    const text = this.#text;
    const embed = at > this.#from && text.charCodeAt(at - 1) === BANG && this.#escaped !== at - 1;
    this.#openers.push(at, embed ? 1 : 0);
  }

  /**
   * The markdown link whose text runs from the `[` at `open` to the `]` at `close`, if a
   * CommonMark inline destination (`<…>` or bare with balanced parentheses) and optional title
   * follow in parentheses; null otherwise, and for an empty destination (`[x]()`).
   */
  #readMarkdownLink(open: number, close: number, embed: boolean): LocatedMarkdownLink | null {
    const text = this.#text;
    const end = this.#end;
    let p = this.#skipSpace(close + 2);
    let destinationStart: number;
    let destinationEnd: number;
    const angleBrackets = text.charCodeAt(p) === LT;
    if (angleBrackets) {
      let q = p + 1;
      for (;;) {
        if (q >= end) return null;
        const c = text.charCodeAt(q);
        if (c === GT) break;
        if (c === LF || c === CR || c === LT) return null;
        q += c === BACKSLASH && q + 1 < end && isAsciiPunctuation(text.charCodeAt(q + 1)) ? 2 : 1;
      }
      destinationStart = p + 1;
      destinationEnd = q;
      p = q + 1;
    } else {
      let depth = 0;
      let q = p;
      while (q < end) {
        const c = text.charCodeAt(q);
        if (c <= SPACE || c === 0x7f) break;
        if (c === BACKSLASH && q + 1 < end && isAsciiPunctuation(text.charCodeAt(q + 1))) {
          q += 2;
          continue;
        }
        if (c === LPAREN && ++depth > MAX_PAREN_DEPTH) return null;
        if (c === RPAREN) {
          if (depth === 0) break;
          depth--;
        }
        q++;
      }
      if (depth !== 0 || q === p) return null;
      destinationStart = p;
      destinationEnd = q;
      p = q;
    }

    let title: string | null = null;
    const afterDestination = p;
    p = this.#skipSpace(p);
    const c = text.charCodeAt(p);
    if (p > afterDestination && (c === QUOTE || c === APOSTROPHE || c === LPAREN)) {
      const closer = c === LPAREN ? RPAREN : c;
      let q = p + 1;
      for (;;) {
        if (q >= end) return null;
        const d = text.charCodeAt(q);
        if (d === closer) break;
        if (c === LPAREN && d === LPAREN) return null;
        q += d === BACKSLASH && q + 1 < end ? 2 : 1;
      }
      title = text.slice(p + 1, q);
      p = this.#skipSpace(q + 1);
    }
    if (p >= end || text.charCodeAt(p) !== RPAREN) return null;

    const start = embed ? open - 1 : open;
    return {
      raw: text.slice(start, p + 1),
      start,
      end: p + 1,
      line: this.#lineOf(start),
      embed,
      text: text.slice(open + 1, close),
      destination: text.slice(destinationStart, destinationEnd),
      angleBrackets,
      destinationStart,
      destinationEnd,
      title,
      blockStart: this.#blockStart,
      blockEnd: end,
    };
  }

  /** Past spaces, tabs and line breaks (a segment never holds a blank line). */
  #skipSpace(from: number): number {
    const text = this.#text;
    let p = from;
    while (p < this.#end) {
      const c = text.charCodeAt(p);
      if (c !== SPACE && c !== TAB && c !== LF && c !== CR) break;
      p++;
    }
    return p;
  }

  #readLink(open: number): LocatedWikiLink | null {
    const text = this.#text;
    const end = this.#end;
    let j = open + 2;
    let close = -1;
    let pipe = -1;
    let hasBacktick = false;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === LF || c === CR) return null;
      if (c === RBRACKET && text.charCodeAt(j + 1) === RBRACKET) {
        close = j;
        break;
      }
      if (c === LBRACKET && text.charCodeAt(j + 1) === LBRACKET) return null;
      if (c === PIPE && pipe < 0) pipe = j;
      if (c === BACKTICK) hasBacktick = true;
      j++;
    }
    if (close < 0) return null;
    if (hasBacktick && this.#codeSpanCrosses(open + 2, close)) return null;

    const escapedPipe = pipe > open + 2 && text.charCodeAt(pipe - 1) === BACKSLASH;
    const pathEnd = pipe < 0 ? close : escapedPipe ? pipe - 1 : pipe;
    let hash = -1;
    for (let k = open + 2; k < pathEnd; k++) {
      if (text.charCodeAt(k) === HASH) {
        hash = k;
        break;
      }
    }
    let targetStart = open + 2;
    let targetEnd = hash < 0 ? pathEnd : hash;
    while (targetStart < targetEnd && isWhitespace(text.charCodeAt(targetStart))) targetStart++;
    while (targetEnd > targetStart && isWhitespace(text.charCodeAt(targetEnd - 1))) targetEnd--;
    const target = text.slice(targetStart, targetEnd);
    const heading = hash < 0 ? null : text.slice(hash + 1, pathEnd);
    if (target === '' && (heading === null || heading.trim() === '')) return null;
    if (target === '') targetStart = targetEnd = open + 2;

    const embed =
      open > this.#from && text.charCodeAt(open - 1) === BANG && this.#escaped !== open - 1;
    const start = embed ? open - 1 : open;
    return {
      raw: text.slice(start, close + 2),
      start,
      end: close + 2,
      line: this.#lineOf(open),
      embed,
      target,
      heading,
      alias: pipe < 0 ? null : text.slice(pipe + 1, close),
      escapedPipe,
      targetStart,
      targetEnd,
      blockStart: this.#blockStart,
      blockEnd: end,
    };
  }

  /** Whether a backtick in `[from, to)` opens a code span that ends past `to`. */
  #codeSpanCrosses(from: number, to: number): boolean {
    const text = this.#text;
    let k = from;
    while (k < to) {
      if (text.charCodeAt(k) !== BACKTICK) {
        k++;
        continue;
      }
      let j = k + 1;
      while (j < this.#end && text.charCodeAt(j) === BACKTICK) j++;
      const close = this.#closingRun(j - k, j);
      if (close >= to) return true;
      k = close < 0 ? j : close + (j - k);
    }
    return false;
  }

  /** The first run of exactly `length` backticks at or after `from` in the segment, or -1. */
  #closingRun(length: number, from: number): number {
    this.#runs ??= backtickRuns(this.#text, this.#from, this.#end);
    const list = this.#runs.get(length);
    if (list === undefined) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? (list[lo] as number) : -1;
  }

  #emitText(from: number, to: number): void {
    if (this.#onText !== null && to > from)
      this.#onText(from, to, this.#from, this.#end, this.#blockStart);
  }

  #findPercent(from: number): number {
    if (this.#nextPercent !== -1 && this.#nextPercent < from) {
      this.#nextPercent = this.#text.indexOf('%%', from);
    }
    return this.#nextPercent;
  }

  #findHtmlClose(from: number): number {
    if (this.#nextHtmlClose !== -1 && this.#nextHtmlClose < from) {
      this.#nextHtmlClose = this.#text.indexOf('-->', from);
    }
    return this.#nextHtmlClose;
  }

  /** Whether only whitespace and `>` markers precede `at` on its line. */
  #startsLine(at: number): boolean {
    const text = this.#text;
    for (let i = at - 1; i >= this.#blockStart; i--) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) return true;
      if (c !== SPACE && c !== TAB && c !== GT) return false;
    }
    return true;
  }

  #lineOf(offset: number): number {
    const starts = this.#lineStarts;
    // A markdown link is found at its `]`, after the wiki links inside its text.
    while (this.#line > 0 && (starts[this.#line] as number) > offset) this.#line--;
    while (this.#line + 1 < starts.length && (starts[this.#line + 1] as number) <= offset)
      this.#line++;
    return this.#line + 1;
  }
}

/** Start offsets of the maximal backtick runs in `[from, to)`, by run length. */
function backtickRuns(text: string, from: number, to: number): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) !== BACKTICK) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && text.charCodeAt(i) === BACKTICK) i++;
    const length = i - start;
    let list = runs.get(length);
    if (list === undefined) runs.set(length, (list = []));
    list.push(start);
  }
  return runs;
}
