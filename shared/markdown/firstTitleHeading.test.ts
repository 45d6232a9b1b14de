import { describe, expect, it } from 'vitest';
import { firstTitleHeading, retitleHeading } from './firstTitleHeading';

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

describe('retitleHeading', () => {
  it('replaces only the text of the heading firstTitleHeading reads', () => {
    expect(retitleHeading('intro\n```\n# code\n```\n  # Old ##\r\n# Second', 'New')).toBe(
      'intro\n```\n# code\n```\n  # New ##\r\n# Second',
    );
    expect(retitleHeading('# Old\n\nText', 'Q: 2025/26?')).toBe('# Q: 2025/26?\n\nText');
    expect(firstTitleHeading(retitleHeading('# Old', 'A **b**')!)).toBe('A **b**');
  });

  it('is null without a heading to replace', () => {
    expect(retitleHeading('## Sub\ntext', 'New')).toBeNull();
  });
});
