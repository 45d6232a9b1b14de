import type { TFunction } from 'i18next';
import type { RefactorKind, RefactorReport } from '../../../shared/api/refactorMethods';

/**
 * What a vault-wide change did (or would do), in the UI language. The core's `description` is
 * English for logs; these are built from the report's fields instead:
 *
 *   "Rename #policy to #policies. 12 occurrences in 9 notes will change."
 *   "Renamed #policy to #policies. 12 occurrences in 9 notes changed."
 */

export interface ReportNaming {
  /** UI language, for lists ("a, b and c"). */
  language: string;
  /** How a domain slug reads: its name where the list knows it. */
  domainName(slug: string): string;
}

type Phase = 'preview' | 'done';

const ACTION_KEYS: Record<RefactorKind, string> = {
  'tag.rename': 'tagRename',
  'tag.merge': 'tagMerge',
  'domain.rename': 'domainRename',
  'domain.merge': 'domainMerge',
  'domain.delete': 'domainDelete',
  'note.rename': 'noteRename',
  'note.linkMention': 'noteLinkMention',
  'folder.rename': 'folderRename',
};

function isTagKind(kind: RefactorKind): boolean {
  return kind === 'tag.rename' || kind === 'tag.merge';
}

/** A list in the UI language: "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The sentence naming the operation: "Rename #a to #b." / "Renamed #a to #b." */
export function refactorAction(
  report: Pick<RefactorReport, 'kind' | 'subjects' | 'target'>,
  phase: Phase,
  t: TFunction,
  naming: ReportNaming,
): string {
  const tag = isTagKind(report.kind);
  const show = (subject: string) =>
    tag
      ? `#${subject}`
      : report.kind === 'note.rename' ||
          report.kind === 'note.linkMention' ||
          report.kind === 'folder.rename'
        ? t('report.noteRef', { name: subject })
        : t('report.domainRef', { name: naming.domainName(subject) });
  // After a slug change the list knows the domain by its new slug only: name it by that.
  const showSubject = (subject: string) =>
    report.kind === 'domain.rename' &&
    report.target !== null &&
    naming.domainName(subject) === subject
      ? t('report.domainRef', { name: naming.domainName(report.target) })
      : show(subject);
  const subjects = formatList(report.subjects.map(showSubject), naming.language);
  const key = `report.${phase}.${ACTION_KEYS[report.kind]}`;
  return t(key, {
    subjects,
    count: report.subjects.length,
    target: report.target === null ? '' : show(report.target),
    slug: report.target ?? '',
  });
}

/** The sentence counting what changes: "12 occurrences in 9 notes will change." */
export function refactorChanges(
  report: Pick<RefactorReport, 'kind' | 'files' | 'occurrences'>,
  phase: Phase,
  t: TFunction,
): string {
  if (report.files.length === 0)
    return t(phase === 'preview' ? 'report.noFileWillChange' : 'report.noFileChanged');
  return t(phase === 'preview' ? 'report.willChange' : 'report.changed', {
    occurrences: t('report.occurrences', { count: report.occurrences }),
    notes: t('report.notes', { count: report.files.length }),
  });
}

/** Both sentences: what the operation is and how many notes it touches. */
export function describeRefactor(
  report: RefactorReport,
  t: TFunction,
  naming: ReportNaming,
): string {
  const phase: Phase = report.dryRun ? 'preview' : 'done';
  return `${refactorAction(report, phase, t, naming)} ${refactorChanges(report, phase, t)}`;
}

/** After `refactor.undo`: what was put back. */
export function describeUndo(report: RefactorReport, t: TFunction): string {
  return report.files.length === 0
    ? t('report.undoneListOnly')
    : t('report.undone', { count: report.files.length });
}
