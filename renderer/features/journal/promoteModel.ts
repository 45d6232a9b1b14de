import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { domainKey } from '../../../shared/domains/domainSlug';
import { journalEntryDate, REVIEW_TYPE } from '../../../shared/journal/journalPaths';
import type { LessonNoteType } from '../../../shared/notes/noteTypes';
import { isTemplatePath } from '../../../shared/templates/templatePaths';

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** Notes that are the vault's knowledge: not journal entries, saved reviews or templates. */
function isKnowledgeNote(note: NoteSummary): boolean {
  return !isTemplatePath(note.path) && note.type !== REVIEW_TYPE && journalEntryDate(note) === null;
}

/**
 * Where a note promoted from the journal should go: the folder holding most notes of its first
 * domain (a vault kept by community, `Procurement/…`), else the top of the vault. Ties go to the
 * shallower folder, then alphabetically.
 */
export function suggestLessonFolder(
  notes: readonly NoteSummary[],
  domains: readonly string[],
): string {
  const first = domains[0];
  if (first === undefined) return '';
  const key = domainKey(first);
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (!isKnowledgeNote(note) || !note.domains.some((d) => domainKey(d) === key)) continue;
    const folder = folderOf(note.path);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (
      best === null ||
      entry[1] > best[1] ||
      (entry[1] === best[1] &&
        (depth(entry[0]) < depth(best[0]) ||
          (depth(entry[0]) === depth(best[0]) && entry[0] < best[0])))
    )
      best = entry;
  }
  return best?.[0] ?? '';
}

const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);

/** The folders of the vault's knowledge notes (and their parents), to offer as places. */
export function knowledgeFolders(notes: readonly NoteSummary[]): string[] {
  const folders = new Set<string>();
  for (const note of notes) {
    if (!isKnowledgeNote(note)) continue;
    for (let folder = folderOf(note.path); folder !== ''; folder = folderOf(folder))
      folders.add(folder);
  }
  return [...folders].sort((a, b) => a.localeCompare(b));
}

/** What the dialog sends, from what the user filled in. */
export interface PromoteForm {
  type: LessonNoteType;
  title: string;
  folder: string;
  domains: string[];
}

/** The folder as the API wants it: slashes, no leading, trailing or doubled ones. */
export function normalizeFolder(folder: string): string {
  return folder
    .replaceAll('\\', '/')
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('/');
}
