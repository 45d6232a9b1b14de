import { describe, expect, it } from 'vitest';
import { newNoteCaret } from './newNoteCaret';

/** The body with `|` where the cursor should go, and that offset. */
const at = (marked: string) => ({
  body: marked.replace('|', ''),
  offset: marked.indexOf('|'),
});

describe('newNoteCaret', () => {
  it('goes under the hint of the first section with nothing written', () => {
    const { body, offset } = at(
      '# Plan\n\n## Problem\n<!-- What needed solving. -->\n|\n## Context\n<!-- Who. -->\n\n',
    );
    expect(newNoteCaret(body)).toBe(offset);
  });

  it('skips sections with text, and sections with no line to type on', () => {
    const { body, offset } = at(
      '# Plan\n\n## Attendees\nAna, Jordi\n\n## Agenda\n## Notes\n|\n## Decisions\n',
    );
    expect(newNoteCaret(body)).toBe(offset);
  });

  it('without an empty section: after the title; without headings: at the end', () => {
    expect(newNoteCaret('# Untitled\n\n')).toBe('# Untitled\n'.length);
    const { body, offset } = at('# Plan\n|\nAlready written.\n');
    expect(newNoteCaret(body)).toBe(offset);
    expect(newNoteCaret('')).toBe(0);
    expect(newNoteCaret('Some text')).toBe('Some text'.length);
  });
});
