import { z } from 'zod';

/**
 * What this vault last took from each pack (db.json `packStates`): for every note, the content
 * hash it was given as its base — the pack's version of it when it was imported, updated, or
 * shown as a conflict. The next version of the pack is compared against these bases: a note
 * whose local text still has its base hash was not edited here; a pack note whose hash differs
 * from the base was changed by the publisher. (A note's `origin.hash` front matter holds the
 * same base; it is used when db.json has lost the record.)
 */
export const packStateSchema = z.object({
  packId: z.string(),
  version: z.string(),
  notes: z.array(z.object({ id: z.string(), hash: z.string() })),
  /** Attachments by vault path, with the SHA-256 of the bytes imported. */
  attachments: z.array(z.object({ path: z.string(), sha256: z.string() })),
});
export type PackState = z.infer<typeof packStateSchema>;

/**
 * An array section of db.json that drops the entries it cannot read instead of failing the
 * whole file (which would set aside every setting and domain with it).
 */
export function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .default([])
    .transform((entries) =>
      entries.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
}
