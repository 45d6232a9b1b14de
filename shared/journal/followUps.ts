import { scanProse } from '../links/wikiLinks';

/** A GFM task list item (`- [ ] call Ana`, `1. [x] done`). */
export interface TaskItem {
  /** 1-based line of the item in the text it was found in, offset by `firstLine - 1`. */
  line: number;
  /** The rest of the item's first line, trimmed. */
  text: string;
  done: boolean;
}

const LIST_MARKER_BEFORE = /(?:^|[\s>])(?:[-+*]|\d{1,9}[.)])[ \t]+$/;
const CHECKBOX = /^\[([ \txX])\](?=[ \t]|$)/;

/**
 * Every task list item in `markdown` — `[ ]` open, `[x]` or `[X]` done — as GFM defines them: a
 * checkbox opening a list item's first paragraph, in lists nested or quoted at any depth. Never
 * inside code (fenced, indented, inline) or comments, and a bare `[ ]` outside a list is not a
 * task. Items with nothing after the checkbox are left out. `firstLine` is the line `markdown`
 * starts at in its file (a note's body starts after its front matter).
 *
 * @example
 * extractTasks('- [ ] Call Ana\n- [x] Send the report\n```\n- [ ] not a task\n```');
 * // [{ line: 1, text: 'Call Ana', done: false }, { line: 2, text: 'Send the report', done: true }]
 */
export function extractTasks(markdown: string, firstLine = 1): TaskItem[] {
  const tasks: TaskItem[] = [];
  const lines = new LineCounter(markdown);
  scanProse(markdown, (run) => {
    // Only a run that starts the block's content can hold a checkbox: a block whose start lies in
    // a comment or a code span yields its first run further on.
    if (run.from !== run.contentStart) return;
    if (!LIST_MARKER_BEFORE.test(markdown.slice(run.blockStart, run.contentStart))) return;
    const checkbox = CHECKBOX.exec(markdown.slice(run.contentStart, run.contentEnd));
    if (!checkbox) return;
    const textStart = run.contentStart + checkbox[0].length;
    let lineEnd = markdown.indexOf('\n', textStart);
    if (lineEnd === -1 || lineEnd > run.contentEnd) lineEnd = run.contentEnd;
    const text = markdown.slice(textStart, lineEnd).trim();
    if (text === '') return;
    tasks.push({
      line: firstLine - 1 + lines.lineAt(run.contentStart),
      text,
      done: checkbox[1] === 'x' || checkbox[1] === 'X',
    });
  });
  return tasks;
}

/** The open (unchecked) task items: a journal entry's follow-ups. */
export function openFollowUps(markdown: string, firstLine = 1): TaskItem[] {
  return extractTasks(markdown, firstLine).filter((task) => !task.done);
}

/** 1-based line numbers of offsets asked for in increasing order, in one pass over the text. */
export class LineCounter {
  readonly #text: string;
  #offset = 0;
  #line = 1;

  constructor(text: string) {
    this.#text = text;
  }

  lineAt(offset: number): number {
    if (offset < this.#offset) {
      this.#offset = 0;
      this.#line = 1;
    }
    for (let i = this.#text.indexOf('\n', this.#offset); i !== -1 && i < offset;) {
      this.#line++;
      i = this.#text.indexOf('\n', i + 1);
    }
    this.#offset = offset;
    return this.#line;
  }
}
