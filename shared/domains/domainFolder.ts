import type { NoteSummary } from '../api/noteSchemas';
import { folderOf } from '../notes/noteFileName';
import { belongsTo, countableNotes } from './domainTally';
import { domainKey } from './domainSlug';

/**
 * Where a domain's notes live: the folder that holds most of the notes of domain `slug` (its
 * shared notes — templates and journal entries, which live in their own folders, left out).
 * Ties go to the folder that sorts first; `''` is the vault's top; null when the domain has no
 * such notes. "New from template" proposes it as the folder of a note of that domain.
 *
 * @example
 * domainFolder(notes, 'procurement'); // 'Procurement'
 */
export function domainFolder(notes: readonly NoteSummary[], slug: string): string | null {
  const key = domainKey(slug);
  const counts = new Map<string, number>();
  for (const note of countableNotes(notes)) {
    if (note.type === 'journal' || !belongsTo(note, key)) continue;
    const folder = folderOf(note.path);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [folder, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && folder < best)) {
      best = folder;
      bestCount = count;
    }
  }
  return best;
}
