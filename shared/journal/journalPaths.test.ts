import { describe, expect, it } from 'vitest';
import { defaultJournalPrompts, journalPromptsFor } from './journalPrompts';
import { dateOfJournalPath, journalEntryDate, journalEntryPath } from './journalPaths';
import { suggestLessonTitle } from './lessonNaming';

describe('journal paths', () => {
  it('places an entry by its date and recognises entries by name and place or type', () => {
    expect(journalEntryPath('2024-01-29')).toBe('journal/2024/2024-01-29.md');
    expect(dateOfJournalPath('journal/2024/2024-01-29.md')).toBe('2024-01-29');
    expect(dateOfJournalPath('journal/2024/2024-02-30.md')).toBeNull();
    expect(journalEntryDate({ path: 'journal/2024/2024-01-29.md', type: 'note' })).toBe(
      '2024-01-29',
    );
    expect(journalEntryDate({ path: 'Journal/2024-01-29.md', type: 'note' })).toBe('2024-01-29');
    expect(journalEntryDate({ path: 'Daily/2024-01-29.md', type: 'journal' })).toBe('2024-01-29');
    expect(journalEntryDate({ path: 'Daily/2024-01-29.md', type: 'meeting' })).toBeNull();
    expect(journalEntryDate({ path: 'journal/reviews/2024-W05.md', type: 'review' })).toBeNull();
    expect(journalEntryDate({ path: 'journal/Notes 2024-01-29.md', type: 'journal' })).toBeNull();
  });
});

describe('journal prompts', () => {
  it('defaults to the prompts of the UI language, falls back to English', () => {
    expect(defaultJournalPrompts('en')).toEqual([
      'What happened?',
      'What did I learn?',
      'What would I do differently?',
      'Who helped me?',
      'What should I share with my community?',
    ]);
    expect(defaultJournalPrompts('es-ES')[1]).toBe('¿Qué he aprendido?');
    expect(defaultJournalPrompts('ca')[3]).toBe("Qui m'ha ajudat?");
    expect(defaultJournalPrompts('fr')).toEqual(defaultJournalPrompts('en'));
  });

  it('uses the prompts from settings, or none when turned off', () => {
    expect(journalPromptsFor({ prompts: ['Mine?'], promptsEnabled: true }, 'es')).toEqual([
      'Mine?',
    ]);
    expect(journalPromptsFor({ prompts: ['Mine?'], promptsEnabled: false }, 'es')).toEqual([]);
    expect(journalPromptsFor({ prompts: null, promptsEnabled: true }, 'es')).toHaveLength(5);
  });
});

describe('names for a promoted note', () => {
  it('suggests a title from the first sentence of the selection', () => {
    expect(
      suggestLessonTitle('- [ ] Agree the **scoring scale** before tenders arrive. Then score.'),
    ).toBe('Agree the scoring scale before tenders arrive');
    expect(suggestLessonTitle('\n\n> See [[Framework agreements|the framework]] first')).toBe(
      'See the framework first',
    );
    expect(suggestLessonTitle('keep snake_case_names intact')).toBe('keep snake_case_names intact');
    expect(Array.from(suggestLessonTitle('word '.repeat(40))).length).toBeLessThanOrEqual(80);
  });

  it('cuts a long title at a word, never leaving a dash or comma at its end', () => {
    expect(
      suggestLessonTitle(
        'Framework agreements save time when several departments buy the same thing — see [[Framework agreements]].',
      ),
    ).toBe('Framework agreements save time when several departments buy the same thing');
    expect(
      suggestLessonTitle(
        'Scoring independently first and then meeting once for all lots, as the evaluators did, saves weeks',
      ),
    ).toBe('Scoring independently first and then meeting once for all lots, as the');
  });
});
