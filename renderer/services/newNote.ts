import { ApiError } from '../../shared/api/apiError';
import type { ApiMethods } from '../../shared/api/contract';
import type { Note } from '../../shared/api/noteSchemas';

/**
 * Creates `Untitled.md` — or `Untitled 1.md`, `Untitled 2.md`… when that name is taken — in
 * `folder` (the vault root by default). `baseName` is the translated "Untitled". Names known to be
 * taken are skipped without a call; a name taken meanwhile (EXISTS) moves on to the next number.
 */
export async function createUntitledNote(
  api: Pick<ApiMethods, 'notes.create'>,
  existingPaths: Iterable<string>,
  baseName: string,
  folder = '',
): Promise<Note> {
  const taken = new Set([...existingPaths].map((p) => p.toLocaleLowerCase()));
  const prefix = folder ? `${folder}/` : '';
  for (let n = 0; n < 10_000; n++) {
    const name = n === 0 ? baseName : `${baseName} ${n}`;
    if (taken.has(`${prefix}${name}.md`.toLocaleLowerCase())) continue;
    try {
      return await api['notes.create']({ folder, name });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'EXISTS')) throw error;
    }
  }
  throw new ApiError('EXISTS', `Every "${baseName} N" name up to 10,000 is taken in this folder.`);
}
