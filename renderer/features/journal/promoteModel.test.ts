import { describe, expect, it } from 'vitest';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { knowledgeFolders, normalizeFolder, suggestLessonFolder } from './promoteModel';

const notes = [
  noteSummary('Procurement/Framework agreements.md', { domains: ['procurement'] }),
  noteSummary('Procurement/2024/Tender.md', { domains: ['Procurement'] }),
  noteSummary('Procurement/2024/Other tender.md', { domains: ['procurement'] }),
  noteSummary('Procurement/Joint buying.md', { domains: ['procurement'] }),
  noteSummary('journal/2024/2024-01-29.md', { type: 'journal', domains: ['procurement'] }),
  noteSummary('journal/2024/2024-01-30.md', { type: 'journal', domains: ['procurement'] }),
  noteSummary('journal/2024/2024-01-31.md', { type: 'journal', domains: ['procurement'] }),
  noteSummary('templates/Solution.md', { type: 'template' }),
  noteSummary('HR/Onboarding.md', { domains: ['hr-and-talent'] }),
];

describe('suggestLessonFolder', () => {
  it('picks the folder holding most of the first domain’s notes, never the journal', () => {
    expect(suggestLessonFolder(notes, ['procurement', 'hr-and-talent'])).toBe('Procurement');
    expect(suggestLessonFolder(notes, ['HR-and-talent'])).toBe('HR');
  });

  it('prefers the shallower folder on a tie, and the top of the vault without a domain', () => {
    const tie = notes.filter(
      (n) => n.path !== 'Procurement/Joint buying.md' && n.path !== 'Procurement/2024/Tender.md',
    );
    expect(suggestLessonFolder(tie, ['procurement'])).toBe('Procurement');
    expect(suggestLessonFolder(notes, [])).toBe('');
    expect(suggestLessonFolder(notes, ['finance'])).toBe('');
  });
});

describe('knowledgeFolders and normalizeFolder', () => {
  it('lists the folders of notes (with their parents), leaving out the journal and templates', () => {
    expect(knowledgeFolders(notes)).toEqual(['HR', 'Procurement', 'Procurement/2024']);
  });

  it('writes folders with single forward slashes and no ends', () => {
    expect(normalizeFolder(' /Procurement\\\\2024/ ')).toBe('Procurement/2024');
    expect(normalizeFolder('   ')).toBe('');
  });
});
