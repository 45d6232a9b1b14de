import { describe, expect, it } from 'vitest';
import { firstTitleHeading } from './firstTitleHeading';

describe('firstTitleHeading', () => {
  it('finds the first level-1 heading as written', () => {
    expect(firstTitleHeading('intro\n## Sub\n# The **title**\n# Second')).toBe('The **title**');
    expect(firstTitleHeading('   # Indented   ##  \n')).toBe('Indented');
    expect(firstTitleHeading('# Windows title\r\nbody')).toBe('Windows title');
  });

  it('skips headings in fenced code', () => {
    expect(firstTitleHeading('~~~\n# code\n~~~\nno title')).toBeNull();
    expect(firstTitleHeading('```\n# code\n```\n# Real')).toBe('Real');
  });

  it('is null without a level-1 heading', () => {
    expect(firstTitleHeading('#tag\n## Sub\n    # indented code')).toBeNull();
    expect(firstTitleHeading('')).toBeNull();
  });
});
