import { describe, expect, it } from 'vitest';
import { findTextFromLine, occurrenceFromLine } from './textAnchor';

const doc = ['# Budget', '', 'The budget is due.', 'Review the BUDGET lines.', 'End'].join('\n');
const text = (found: { from: number; to: number } | null) =>
  found ? doc.slice(found.from, found.to) : null;

describe('text anchors with a line', () => {
  it('finds the occurrence on the line named, or the next one after it', () => {
    expect(findTextFromLine(doc, 'budget', 3)?.from).toBe(doc.indexOf('BUDGET'));
    expect(text(findTextFromLine(doc, 'budget', 1))).toBe('budget');
    expect(findTextFromLine(doc, 'budget', 1)?.from).toBe(doc.indexOf('budget is'));
    expect(findTextFromLine(doc, 'budget', 4)).toBeNull();
    expect(findTextFromLine(doc, 'budget', 99)).toBeNull();
  });

  it('numbers that occurrence among all of them, for the rendered note', () => {
    expect(occurrenceFromLine(doc, 'Budget', 0)).toBe(0);
    expect(occurrenceFromLine(doc, 'budget', 2)).toBe(1);
    expect(occurrenceFromLine(doc, 'budget', 3)).toBe(2);
    expect(occurrenceFromLine(doc, 'nowhere', 0)).toBeNull();
  });
});
