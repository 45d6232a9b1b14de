import { z } from 'zod';

/** The front-matter key of an imported note's provenance (written by the import). */
export const ORIGIN_KEY = 'origin';

const text = z.string().min(1).max(500);

/** Where an imported note came from, as its front matter says (untrusted: checked, never assumed). */
export const noteOriginSchema = z.object({
  pack: text,
  title: text,
  version: text,
  publisher: text,
  person: text.optional(),
  /** The key that signed the pack; null when it was not signed. */
  keyId: text.nullable().optional(),
  /** Set on the pack's copy of a note changed on both sides: the id of the local note. */
  conflictWith: text.optional(),
});
export type NoteOrigin = z.infer<typeof noteOriginSchema>;

/** The provenance in a note's front matter, or null when it has none (or not in this shape). */
export function noteOriginOf(frontMatter: Record<string, unknown> | null): NoteOrigin | null {
  const value = frontMatter?.[ORIGIN_KEY];
  const parsed = noteOriginSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
