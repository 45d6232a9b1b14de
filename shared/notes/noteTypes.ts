/**
 * The note types Praxis knows, in the order lists and charts show them. A note's type is its
 * front-matter `type` (lower case); any other type a user writes is kept and shown as it is.
 */
export const NOTE_TYPES = [
  'note',
  'solution',
  'after-action-review',
  'practice',
  'meeting',
  'question',
  'journal',
] as const;

export type KnownNoteType = (typeof NOTE_TYPES)[number];

/** Type of a note whose front matter names none. */
export const DEFAULT_NOTE_TYPE: KnownNoteType = 'note';

/** The type a front-matter `type` value gives a note: lower case, `note` when there is none. */
export function noteTypeOf(value: unknown): string {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim().toLowerCase()
    : DEFAULT_NOTE_TYPE;
}

/** What a passage of the journal can be promoted to: a lesson for the community. */
export const LESSON_NOTE_TYPES = [
  'solution',
  'practice',
] as const satisfies readonly KnownNoteType[];

export type LessonNoteType = (typeof LESSON_NOTE_TYPES)[number];

/**
 * Types whose notes have a steward (`steward:`, the person who keeps the note true) and a date by
 * which it must be reviewed again (`review-by: YYYY-MM-DD`).
 */
export const STEWARDED_NOTE_TYPES: readonly string[] = ['solution', 'practice'];

export function isStewardedType(type: string): boolean {
  return STEWARDED_NOTE_TYPES.includes(type);
}

export function isKnownNoteType(type: string): type is KnownNoteType {
  return (NOTE_TYPES as readonly string[]).includes(type);
}
