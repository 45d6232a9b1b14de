/**
 * The block pass of the link scanner (wikiLinks.ts): markdown split into the inline segments
 * that can hold links and tags, code blocks left out.
 */
import {
  TAB,
  LF,
  CR,
  SPACE,
  HASH,
  RPAREN,
  STAR,
  PLUS,
  DASH,
  DOT,
  DIGIT_0,
  DIGIT_9,
  COLON,
  EQUALS,
  GT,
  UNDERSCORE,
  BACKTICK,
  PIPE,
  TILDE,
} from './charCodes';

/** Offsets of one inline segment inside `BlockSplitter.segments`, which holds them flat. */
export const SEGMENT_FROM = 0; // where inline content starts (after quote and list markers)
export const SEGMENT_TO = 1; // end of the last line, line break excluded
export const SEGMENT_BLOCK_START = 2; // start of the first line, markers included
export const SEGMENT_SIZE = 3;

/**
 * Splits markdown into inline segments (paragraphs, list item paragraphs, headings, table rows)
 * following CommonMark's block structure closely enough to know what is code: fenced code
 * (``` and ~~~, up to 3 spaces of indentation, a closing fence at least as long, an unterminated
 * fence running to the end of its container) and indented code (4 columns past the container,
 * never interrupting a paragraph), inside block quotes and list items. Thematic breaks, setext
 * underlines and table delimiter rows hold no inline content.
 *
 * State lives in fields and results of helpers in scratch fields, so that a line costs no
 * allocation: this runs over every line of the vault at open.
 */
export class BlockSplitter {
  readonly segments: number[] = [];
  readonly lineStarts: number[] = [];

  readonly #text: string;
  #quoteDepth = 0;
  /** Content columns of the open list items, innermost last. */
  #lists: number[] = [];
  readonly #markerEnds: number[] = [];

  #para = false;
  #paraFrom = 0;
  #paraBlockStart = 0;
  #paraTo = 0;
  #paraLastLineStart = 0;
  #paraLastLineFrom = 0;
  /** End of the line before the paragraph's last one; -1 while it has one line. */
  #paraPrevTo = -1;

  #fence = false;
  #fenceChar = 0;
  #fenceLength = 0;
  #fenceDepth = 0;
  #fenceCol = 0;

  #code = false;
  #codeDepth = 0;
  #codeCol = 0;

  #table = false;

  /** Scratch results of `#measure` and `#listItem`. */
  #first = 0;
  #col = 0;
  #itemAt = 0;
  #itemCol = 0;

  constructor(text: string) {
    this.#text = text;
  }

  run(): void {
    const text = this.#text;
    const n = text.length;
    let pos = 0;
    for (;;) {
      let le = pos;
      while (le < n) {
        const c = text.charCodeAt(le);
        if (c === LF || c === CR) break;
        le++;
      }
      this.lineStarts.push(pos);
      this.#line(pos, le);
      if (le >= n) break;
      pos = text.charCodeAt(le) === CR && text.charCodeAt(le + 1) === LF ? le + 2 : le + 1;
    }
    this.#closeParagraph();
  }

  #line(ls: number, le: number): void {
    const text = this.#text;
    // Block quote markers: `>` after up to 3 spaces, then one optional space.
    const markerEnds = this.#markerEnds;
    markerEnds.length = 0;
    let p = ls;
    for (;;) {
      let q = p;
      while (q < le && q - p < 3 && text.charCodeAt(q) === SPACE) q++;
      if (q >= le || text.charCodeAt(q) !== GT) break;
      q++;
      if (q < le && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB)) q++;
      markerEnds.push(q);
      p = q;
    }
    const depth = markerEnds.length;

    if (this.#fence) {
      if (depth >= this.#fenceDepth) {
        this.#measure(this.#contentAt(ls, this.#fenceDepth), le, 0);
        if (this.#first === le) return;
        if (this.#col >= this.#fenceCol) {
          if (this.#col - this.#fenceCol <= 3 && this.#closesFence(this.#first, le))
            this.#fence = false;
          return;
        }
      }
      // The fence's container (quote or list item) ended, and the fence with it.
      this.#fence = false;
    }
    if (this.#code) {
      if (depth >= this.#codeDepth) {
        this.#measure(this.#contentAt(ls, this.#codeDepth), le, 0);
        if (this.#first === le || this.#col >= this.#codeCol + 4) return;
      }
      this.#code = false;
    }

    this.#measure(this.#contentAt(ls, depth), le, 0);
    let first = this.#first;
    let indent = this.#col;
    const blank = first === le;

    if (depth !== this.#quoteDepth) {
      // Lazy continuation: a paragraph goes on in a line without all its `>` markers.
      if (
        depth < this.#quoteDepth &&
        this.#para &&
        !blank &&
        !this.#startsBlock(first, le, indent)
      ) {
        this.#extendParagraph(ls, first, le);
        return;
      }
      this.#closeParagraph();
      this.#lists.length = 0;
      this.#table = false;
      this.#quoteDepth = depth;
    }
    if (blank) {
      this.#closeParagraph();
      this.#table = false;
      return;
    }

    const lists = this.#lists;
    let container = lists.length > 0 ? (lists[lists.length - 1] as number) : 0;
    if (indent < container) {
      if (this.#para && !this.#startsBlock(first, le, indent)) {
        this.#extendParagraph(ls, first, le);
        return;
      }
      while (lists.length > 0 && indent < (lists[lists.length - 1] as number)) lists.pop();
      container = lists.length > 0 ? (lists[lists.length - 1] as number) : 0;
      this.#closeParagraph();
      this.#table = false;
    }

    // A list item's content may itself open a block (`- ```js`, `- # Title`, `- - nested`).
    for (;;) {
      if (indent - container >= 4) {
        if (this.#para) this.#extendParagraph(ls, first, le);
        else if (this.#table) this.#segment(first, le, ls);
        else {
          this.#code = true;
          this.#codeDepth = depth;
          this.#codeCol = container;
        }
        return;
      }
      const c = text.charCodeAt(first);
      if (c === BACKTICK || c === TILDE) {
        const length = this.#opensFence(first, le);
        if (length > 0) {
          this.#closeParagraph();
          this.#table = false;
          this.#fence = true;
          this.#fenceChar = c;
          this.#fenceLength = length;
          this.#fenceDepth = depth;
          this.#fenceCol = container;
          return;
        }
      }
      if (c === HASH && this.#isAtxHeading(first, le)) {
        this.#closeParagraph();
        this.#table = false;
        this.#segment(first, le, ls);
        return;
      }
      if (
        this.#para &&
        this.#isDelimiterRow(first, le) &&
        this.#hasPipe(this.#paraLastLineFrom, this.#paraTo)
      ) {
        // The paragraph's last line was a table header.
        if (this.#paraPrevTo >= 0)
          this.#segment(this.#paraFrom, this.#paraPrevTo, this.#paraBlockStart);
        this.#segment(this.#paraLastLineFrom, this.#paraTo, this.#paraLastLineStart);
        this.#para = false;
        this.#table = true;
        return;
      }
      if (
        (c === DASH || c === STAR || c === UNDERSCORE || (c === EQUALS && this.#para)) &&
        this.#isBreakOrUnderline(first, le, c)
      ) {
        this.#closeParagraph();
        this.#table = false;
        return;
      }
      if (this.#listItem(first, le, indent)) {
        this.#closeParagraph();
        this.#table = false;
        lists.push(this.#itemCol);
        container = this.#itemCol;
        if (this.#itemAt >= le) return;
        first = this.#itemAt;
        indent = this.#itemCol;
        continue;
      }
      if (this.#table) this.#segment(first, le, ls);
      else if (this.#para) this.#extendParagraph(ls, first, le);
      else {
        this.#para = true;
        this.#paraFrom = first;
        this.#paraBlockStart = ls;
        this.#paraTo = le;
        this.#paraLastLineStart = ls;
        this.#paraLastLineFrom = first;
        this.#paraPrevTo = -1;
      }
      return;
    }
  }

  #contentAt(ls: number, depth: number): number {
    return depth === 0 ? ls : (this.#markerEnds[depth - 1] as number);
  }

  #segment(from: number, to: number, blockStart: number): void {
    this.segments.push(from, to, blockStart);
  }

  #closeParagraph(): void {
    if (!this.#para) return;
    this.#segment(this.#paraFrom, this.#paraTo, this.#paraBlockStart);
    this.#para = false;
  }

  #extendParagraph(ls: number, first: number, le: number): void {
    this.#paraPrevTo = this.#paraTo;
    this.#paraTo = le;
    this.#paraLastLineStart = ls;
    this.#paraLastLineFrom = first;
  }

  /** Sets `#first` to the first non-blank position and `#col` to its column (tabs stop at 4). */
  #measure(from: number, le: number, startCol: number): void {
    const text = this.#text;
    let col = startCol;
    let i = from;
    while (i < le) {
      const c = text.charCodeAt(i);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
      i++;
    }
    this.#first = i;
    this.#col = col;
  }

  /** Whether a line could not be a lazy paragraph continuation. */
  #startsBlock(first: number, le: number, indent: number): boolean {
    if (indent > 3) return false;
    const c = this.#text.charCodeAt(first);
    if (c === GT) return true;
    if ((c === BACKTICK || c === TILDE) && this.#opensFence(first, le) > 0) return true;
    if (c === HASH && this.#isAtxHeading(first, le)) return true;
    if ((c === DASH || c === STAR || c === UNDERSCORE) && this.#isBreakOrUnderline(first, le, c)) {
      return true;
    }
    return this.#listItem(first, le, indent);
  }

  /** Length of the fence opened at `first`, or 0. */
  #opensFence(first: number, le: number): number {
    const text = this.#text;
    const c = text.charCodeAt(first);
    let i = first;
    while (i < le && text.charCodeAt(i) === c) i++;
    const length = i - first;
    if (length < 3) return 0;
    if (c === BACKTICK) {
      for (; i < le; i++) if (text.charCodeAt(i) === BACKTICK) return 0;
    }
    return length;
  }

  #closesFence(first: number, le: number): boolean {
    const text = this.#text;
    let i = first;
    while (i < le && text.charCodeAt(i) === this.#fenceChar) i++;
    if (i - first < this.#fenceLength) return false;
    for (; i < le; i++) {
      const c = text.charCodeAt(i);
      if (c !== SPACE && c !== TAB) return false;
    }
    return true;
  }

  #isAtxHeading(first: number, le: number): boolean {
    const text = this.#text;
    let i = first;
    while (i < le && text.charCodeAt(i) === HASH) i++;
    const level = i - first;
    if (level < 1 || level > 6) return false;
    return i === le || text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB;
  }

  /** `***`, `- - -`, `___` (thematic breaks) or `===`/`---` setext underlines. */
  #isBreakOrUnderline(first: number, le: number, c: number): boolean {
    const text = this.#text;
    let count = 0;
    let spaced = false;
    for (let i = first; i < le; i++) {
      const d = text.charCodeAt(i);
      if (d === c) {
        count++;
        if (spaced && c === EQUALS) return false;
      } else if (d === SPACE || d === TAB) {
        if (count > 0) spaced = true;
      } else return false;
    }
    if (c === EQUALS) return count >= 1;
    return count >= 3 || (c === DASH && this.#para && count >= 1);
  }

  /** A GFM table delimiter row: `| --- | :-: |`, `---|---`. */
  #isDelimiterRow(first: number, le: number): boolean {
    const text = this.#text;
    let pipes = 0;
    let dashes = 0;
    for (let i = first; i < le; i++) {
      const c = text.charCodeAt(i);
      if (c === PIPE) pipes++;
      else if (c === DASH) dashes++;
      else if (c !== COLON && c !== SPACE && c !== TAB) return false;
    }
    return pipes > 0 && dashes > 0;
  }

  #hasPipe(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.#text.charCodeAt(i) === PIPE) return true;
    return false;
  }

  /**
   * Whether a list marker (`-`, `+`, `*`, `1.`, `1)`) starts at `first`; if so sets `#itemAt`
   * to where its content starts and `#itemCol` to the content's column.
   */
  #listItem(first: number, le: number, indent: number): boolean {
    const text = this.#text;
    const c = text.charCodeAt(first);
    let i = first;
    if (c === DASH || c === PLUS || c === STAR) {
      i++;
    } else if (c >= DIGIT_0 && c <= DIGIT_9) {
      while (
        i < le &&
        i - first < 9 &&
        text.charCodeAt(i) >= DIGIT_0 &&
        text.charCodeAt(i) <= DIGIT_9
      ) {
        i++;
      }
      const d = text.charCodeAt(i);
      if (i >= le || (d !== DOT && d !== RPAREN)) return false;
      i++;
    } else {
      return false;
    }
    const markerCol = indent + (i - first);
    if (i < le) {
      const after = text.charCodeAt(i);
      if (after !== SPACE && after !== TAB) return false;
    }
    this.#measure(i, le, markerCol);
    if (this.#first >= le) {
      this.#itemAt = le;
      this.#itemCol = markerCol + 1;
    } else if (this.#col - markerCol > 4) {
      // Five or more spaces after the marker: the content is indented code one space in.
      this.#itemAt = i + 1;
      this.#itemCol = markerCol + 1;
    } else {
      this.#itemAt = this.#first;
      this.#itemCol = this.#col;
    }
    return true;
  }
}
