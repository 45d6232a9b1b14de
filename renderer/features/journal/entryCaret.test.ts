import { describe, expect, it } from 'vitest';
import { entryCaret } from './entryCaret';

const at = (body: string, marker = '|') => {
  const offset = body.indexOf(marker);
  return { body: body.replace(marker, ''), offset };
};

describe('entryCaret', () => {
  it('puts the cursor in the first prompt’s section of a new entry', () => {
    const { body, offset } = at(
      '# Monday, 29 January 2024\n\n## What happened?\n|\n## What did I learn?\n\n',
    );
    expect(entryCaret(body)).toBe(offset);
  });

  it('skips sections already written in, to the first one still empty', () => {
    const { body, offset } = at(
      '# Day\n\n## What happened?\nMet Ana.\n\n## What did I learn?\n|\n## Who helped me?\n\n',
    );
    expect(entryCaret(body)).toBe(offset);
  });

  it('goes to the end when every section has text, or the entry has no prompts', () => {
    const full = '# Day\n\n## What happened?\nMet Ana.\n';
    expect(entryCaret(full)).toBe(full.length);
    expect(entryCaret('# Monday\n\n')).toBe('# Monday\n\n'.length);
    expect(entryCaret('')).toBe(0);
  });

  it('ignores headings inside code and sections with no line to type on', () => {
    const { body, offset } = at('# Day\n\n## A\n## B\n```\n## not a heading\n\n```\n## C\n|\n');
    expect(entryCaret(body)).toBe(offset);
  });
});
