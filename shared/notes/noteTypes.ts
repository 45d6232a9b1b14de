/**
 * The note types Praxis knows. A note's type is its front-matter `type` (lower case); any other
 * type a user writes is kept and shown as it is.
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
