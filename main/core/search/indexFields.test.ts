import { describe, expect, it } from 'vitest';
import { fieldTexts, indexFields, leadParagraph } from './indexFields';

describe('leadParagraph', () => {
  it('is the first paragraph that is not a heading', () => {
    const body = 'tar\n\nArchiving utility.\nOften combined with gzip.\n\nCreate an archive:\n';
    expect(leadParagraph(body, ['tar'])).toBe('Archiving utility.\nOften combined with gzip.');
    expect(leadParagraph('\nStop-Process\n\nSYNOPSIS\nStops processes.', ['Stop-Process'])).toBe(
      'SYNOPSIS\nStops processes.',
    );
  });

  it('is cut at a word end when long, and empty when the body has only headings', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const lead = leadParagraph(long, []);
    expect(lead.length).toBeLessThanOrEqual(400);
    expect(long.startsWith(`${lead} `)).toBe(true);
    expect(leadParagraph('Only a heading', ['Only a heading'])).toBe('');
    expect(leadParagraph('', [])).toBe('');
  });

  it('is the last field of fieldTexts', () => {
    const texts = fieldTexts({
      title: 'T',
      headings: ['T'],
      body: 'T\n\nThe lead.\n\nMore.',
      tags: [],
      domains: [],
      type: 'note',
    });
    expect(texts).toHaveLength(indexFields.length);
    expect(texts[indexFields.indexOf('lead')]).toBe('The lead.');
  });
});
