import { describe, expect, it } from 'vitest';
import { extractTasks, openFollowUps } from './followUps';

describe('follow-ups in a journal entry', () => {
  it('finds open and done task items with their line', () => {
    const body = [
      '# Monday', // 1
      '', // 2
      '- [ ] Call Ana about the tender', // 3
      '- [x] Send the report', // 4
      '- [X] Book the room', // 5
      '* [ ] Star list', // 6
      '+ [ ] Plus list', // 7
      '1. [ ] Numbered', // 8
      '2) [ ] Numbered with parenthesis', // 9
    ].join('\n');
    expect(extractTasks(body)).toEqual([
      { line: 3, text: 'Call Ana about the tender', done: false },
      { line: 4, text: 'Send the report', done: true },
      { line: 5, text: 'Book the room', done: true },
      { line: 6, text: 'Star list', done: false },
      { line: 7, text: 'Plus list', done: false },
      { line: 8, text: 'Numbered', done: false },
      { line: 9, text: 'Numbered with parenthesis', done: false },
    ]);
    expect(openFollowUps(body).map((t) => t.line)).toEqual([3, 6, 7, 8, 9]);
  });

  it('never counts items inside code', () => {
    const body = [
      '```markdown', // 1
      '- [ ] in a fenced block', // 2
      '```', // 3
      '~~~', // 4
      '- [ ] in a tilde fence', // 5
      '~~~', // 6
      '', // 7
      '    - [ ] indented code', // 8
      '', // 9
      '`- [ ] inline code`', // 10
      '- `[ ]` a code span, not a checkbox', // 11
      '- [ ] real one', // 12
      '- item', // 13
      '  ```', // 14
      '  - [ ] fenced inside a list item', // 15
      '  ```', // 16
    ].join('\n');
    expect(extractTasks(body)).toEqual([{ line: 12, text: 'real one', done: false }]);
  });

  it('finds nested and quoted items, and ignores what is not a task', () => {
    const body = [
      '- parent', // 1
      '  - [ ] nested child', // 2
      '    - [ ] deeper', // 3
      '> - [ ] quoted', // 4
      '', // 5
      '[ ] not in a list', // 6
      '- [] no space inside', // 7
      '- [ ]', // 8 (nothing to do)
      '- [ ]no space after', // 9
      '- [-] cancelled (Obsidian)', // 10
      'Text with - [ ] in the middle', // 11
      '<!--', // 12
      '- [ ] hidden in a comment', // 13
      '-->', // 14
      '%% - [ ] hidden too %%', // 15
    ].join('\n');
    expect(extractTasks(body)).toEqual([
      { line: 2, text: 'nested child', done: false },
      { line: 3, text: 'deeper', done: false },
      { line: 4, text: 'quoted', done: false },
    ]);
  });

  it('counts lines from where the body starts in the file, with CRLF too', () => {
    const body = 'Intro\r\n\r\n- [ ] first\r\n- [x] second\r\n';
    expect(extractTasks(body, 6)).toEqual([
      { line: 8, text: 'first', done: false },
      { line: 9, text: 'second', done: true },
    ]);
  });

  it('keeps only the first line of a multi-line item', () => {
    expect(extractTasks('- [ ] Ask the moderators\n  about the template\n')).toEqual([
      { line: 1, text: 'Ask the moderators', done: false },
    ]);
  });
});
