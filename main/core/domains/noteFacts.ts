import { isIsoDate } from '../../../shared/dates/calendarDate';
import { isQuestionAnswered } from '../../../shared/notes/acceptedAnswer';
import { isStewardedType } from '../../../shared/notes/noteTypes';
import type { NoteContent, NoteRepository } from '../vault/noteRepository';

/** What domain pages need to know about a note beyond its summary. */
export interface NoteFact {
  /** For questions: whether an answer was accepted. */
  answered: boolean;
  /** For solutions and practices: front-matter `steward`, null when empty. */
  steward: string | null;
  /** For solutions and practices: front-matter `review-by` as `YYYY-MM-DD`, null when absent or not a date. */
  reviewBy: string | null;
}

/**
 * Keeps, for each question, solution and practice note, the facts read from its text (accepted
 * answer, steward, review date), following every change the repository reports — so domain
 * pages never read files. Create it before the repository loads.
 */
export class NoteFacts {
  readonly #facts = new Map<string, NoteFact>();

  constructor(repository: NoteRepository) {
    repository.subscribe((change) => {
      if (change.kind === 'note-set') this.#set(change.note);
      else if (change.kind === 'note-removed') this.#facts.delete(change.path);
    });
  }

  get(path: string): NoteFact | undefined {
    return this.#facts.get(path);
  }

  #set(note: NoteContent): void {
    const { path, type } = note.summary;
    const fm = note.frontMatter;
    if (type === 'question') {
      this.#facts.set(path, {
        answered: isQuestionAnswered(fm, note.body),
        steward: null,
        reviewBy: null,
      });
    } else if (isStewardedType(type)) {
      this.#facts.set(path, {
        answered: false,
        steward: textOf(fm?.steward),
        reviewBy: reviewDate(fm?.['review-by']),
      });
    } else this.#facts.delete(path);
  }
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) {
    const names = value.map(textOf).filter((v): v is string => v !== null);
    return names.length === 0 ? null : names.join(', ');
  }
  return null;
}

/** `YYYY-MM-DD` from a date written `2026-03-01`, `2026-03-01T09:00`, or a YAML date. */
export function reviewDate(value: unknown): string | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  return match && isIsoDate(match[1]) ? match[1] : null;
}
