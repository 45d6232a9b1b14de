/**
 * Line-by-line reading of markdown that knows where fenced code is, so that a `# heading` or a
 * section inside a code block is never taken for the real thing. Fences follow CommonMark: three
 * or more backticks or tildes, at most three spaces in; a block is closed by a fence of the same
 * character at least as long with nothing after it, and runs to the end of the text if none comes.
 */

/** Where a line stands: in prose, a fence opening or closing a code block, or inside one. */
export type MarkdownLineKind = 'text' | 'fence' | 'code';

export interface MarkdownLine {
  /** The line without its line break (`\n` or `\r\n`). */
  text: string;
  /** 0-based line number. */
  index: number;
  kind: MarkdownLineKind;
}

const BACKTICK = 96;
const TILDE = 126;
const SPACE = 32;

/**
 * The fence a line starts with (the run of ``` or ~~~, three or more, at most three spaces in),
 * else null. Whatever follows the run (an info string) is not looked at.
 *
 *     codeFenceOf('  ```ts') // '```'
 *     codeFenceOf('    ```') // null: indented code
 */
export function codeFenceOf(line: string): string | null {
  let start = 0;
  while (start < 3 && line.charCodeAt(start) === SPACE) start++;
  const mark = line.charCodeAt(start);
  if (mark !== BACKTICK && mark !== TILDE) return null;
  let end = start;
  while (line.charCodeAt(end) === mark) end++;
  return end - start >= 3 ? line.slice(start, end) : null;
}

/**
 * Whether `line` closes the code block that `fence` opened: the same character, at least as many,
 * and nothing after but spaces (CommonMark: ```` ```js ```` inside a block is code, not a close).
 */
export function closesFence(fence: string, line: string): boolean {
  const closing = codeFenceOf(line);
  if (closing === null || closing[0] !== fence[0] || closing.length < fence.length) return false;
  return line.slice(line.indexOf(closing) + closing.length).trim() === '';
}

/**
 * The lines of `markdown` in order, each marked prose, fence or code. Stop early by leaving the
 * loop: nothing after is read.
 *
 *     for (const line of markdownLines(body)) if (line.kind === 'text') …
 */
export function* markdownLines(markdown: string): Generator<MarkdownLine, void, undefined> {
  let fence: string | null = null;
  let index = 0;
  for (const text of markdown.split(/\r?\n/)) {
    let kind: MarkdownLineKind;
    if (fence === null) {
      fence = codeFenceOf(text);
      kind = fence === null ? 'text' : 'fence';
    } else if (closesFence(fence, text)) {
      fence = null;
      kind = 'fence';
    } else kind = 'code';
    yield { text, index, kind };
    index++;
  }
}
