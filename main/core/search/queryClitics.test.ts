import { describe, expect, it } from 'vitest';
import { withoutClitic } from './queryClitics';

describe('withoutClitic', () => {
  it('drops an English clitic and keeps the word it hangs on', () => {
    expect(withoutClitic("I'm")).toEqual({ text: 'I', dropped: 1 });
    expect(withoutClitic('you’ll')).toEqual({ text: 'you', dropped: 1 });
    expect(withoutClitic("we've")).toEqual({ text: 'we', dropped: 1 });
    expect(withoutClitic("I'd")).toEqual({ text: 'I', dropped: 1 });
  });

  it('drops a negated auxiliary whole (two word places)', () => {
    expect(withoutClitic("doesn't")).toEqual({ text: '', dropped: 2 });
    expect(withoutClitic('can’t')).toEqual({ text: '', dropped: 2 });
  });

  it("keeps 's, as notes write it (possessives, what's)", () => {
    expect(withoutClitic("what's")).toEqual({ text: "what's", dropped: 0 });
    expect(withoutClitic('file’s')).toEqual({ text: 'file’s', dropped: 0 });
  });

  it('leaves other words and elisions before a word alone', () => {
    expect(withoutClitic("l'arxiu")).toEqual({ text: "l'arxiu", dropped: 0 });
    expect(withoutClitic("d'un")).toEqual({ text: "d'un", dropped: 0 });
    expect(withoutClitic('folder')).toEqual({ text: 'folder', dropped: 0 });
    expect(withoutClitic("rock'n'roll")).toEqual({ text: "rock'n'roll", dropped: 0 });
  });
});
