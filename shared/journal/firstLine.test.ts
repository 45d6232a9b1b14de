import { describe, expect, it } from 'vitest';
import { firstLineOf } from './firstLine';

describe('the first line of an entry', () => {
  it('skips headings and prompts, and reads links and emphasis as text', () => {
    expect(
      firstLineOf(
        '# Monday, 29 January 2024\n\n## What happened?\n\nMet **Ana** about [[Procurement/Framework agreements]] and [[Onboarding|onboarding]].\nSecond line.',
      ),
    ).toBe('Met Ana about Framework agreements and onboarding.');
  });

  it('skips code and comments, and drops a checkbox', () => {
    expect(firstLineOf('```\ncode first\n```\n<!-- a note to self -->\n- [ ] Call `Ana`')).toBe(
      'Call Ana',
    );
  });

  it('leaves out embedded images and notes', () => {
    expect(
      firstLineOf('![[chart.png]] Budget ![logo](logo.png) went [[Budget 2024#Q1|well]].'),
    ).toBe('Budget went well.');
  });

  it('is empty for an entry with only its template', () => {
    expect(firstLineOf('# 2024-01-29\n\n## What happened?\n\n## What did I learn?\n\n')).toBe('');
    expect(firstLineOf('')).toBe('');
  });

  it('is cut at a word with an ellipsis', () => {
    const line = firstLineOf(`${'word '.repeat(100)}end`, 40);
    expect(line.length).toBeLessThanOrEqual(40);
    expect(line.endsWith('word…')).toBe(true);
  });
});
