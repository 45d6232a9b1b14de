import type { PackDefinitionView, PackSelectionInput } from '../../../../shared/api/packsMethods';
import { hostFileName } from '../../../../shared/files/hostFileName';
import { isPackVersion } from '../../../../shared/packs/packVersion';

/** What the wizard's first step holds: the criteria as the user edits them. */
export interface ExportCriteria {
  domains: string[];
  tags: string[];
  /** One search, as typed in the search box (empty: none). */
  query: string;
  folders: string[];
  /** Notes picked by hand (private ones included). */
  notes: string[];
  followLinks: boolean;
}

export const emptyCriteria: ExportCriteria = {
  domains: [],
  tags: [],
  query: '',
  folders: [],
  notes: [],
  followLinks: false,
};

/** The selection packs.preview and packs.export take. */
export function selectionOf(criteria: ExportCriteria): PackSelectionInput {
  const query = criteria.query.trim();
  return {
    domains: criteria.domains,
    tags: criteria.tags,
    queries: query === '' ? [] : [query],
    folders: criteria.folders,
    notes: criteria.notes,
    followLinks: criteria.followLinks,
  };
}

/** Whether nothing is chosen yet (nothing to preview). */
export function isEmptyCriteria(criteria: ExportCriteria): boolean {
  return (
    criteria.domains.length === 0 &&
    criteria.tags.length === 0 &&
    criteria.query.trim() === '' &&
    criteria.folders.length === 0 &&
    criteria.notes.length === 0
  );
}

/** The criteria a pack was last exported with (to export its next version). */
export function criteriaOf(definition: PackDefinitionView): ExportCriteria {
  const { selection } = definition;
  return {
    domains: [...selection.domains],
    tags: [...selection.tags],
    query: selection.queries.join(' '),
    folders: [...selection.folders],
    notes: [...selection.notes],
    followLinks: selection.followLinks,
  };
}

/** The criteria with `paths` picked by hand as well (each once). */
export function pickNotes(criteria: ExportCriteria, paths: readonly string[]): ExportCriteria {
  const notes = [...criteria.notes];
  for (const path of paths) if (!notes.includes(path)) notes.push(path);
  return { ...criteria, notes };
}

/** A folder as the selection takes it: vault-relative, no leading or trailing slash. */
export function normalizeFolder(text: string): string | null {
  const folder = text
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\/+|\/+$/g, '');
  if (folder === '' || folder.split('/').some((part) => part === '..' || part === '.')) return null;
  return folder;
}

/** The file name offered in the save dialog: `<title>-<version>.praxispack`. */
export function packFileName(title: string, version: string): string {
  return hostFileName('pack', `${title.trim() || 'pack'}-${version}`);
}

export type VersionProblem = 'format' | 'notNewer' | null;

/** What is wrong with a version the user typed, given the pack's last one. */
export function versionProblem(
  version: string,
  lastVersion: string | null,
  compare: (a: string, b: string) => number,
): VersionProblem {
  if (!isPackVersion(version)) return 'format';
  if (lastVersion !== null && isPackVersion(lastVersion) && compare(version, lastVersion) <= 0)
    return 'notNewer';
  return null;
}

/** Bytes as people read them, in the UI's language: `812 bytes`, `4.2 kB`, `1.3 MB`. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    // "812 bytes", "4.2 kB": bytes spelled out, larger units short.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
