import { useTranslation } from 'react-i18next';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import type { TagCount } from '../../../shared/api/tagsMethods';
import { tagKey } from '../../../shared/tags/tagMatch';
import { useApiClient } from '../../api/ApiContext';
import { MergeIntoDialog } from '../refactor/MergeIntoDialog';
import { RenameDialog } from '../refactor/RenameDialog';
import { tagInputProblem } from './tagTree';

interface TagDialogProps {
  tag: string;
  /** The vault's tags (to tell a rename that merges, and to offer merge targets). */
  tags: readonly TagCount[];
  onClose(): void;
  onDone(report: RefactorReport): void;
}

/**
 * Renames a tag in every note — front matter and inline `#tags`, nested tags following — as one
 * undoable change. Renaming to a tag already in use merges the two.
 */
export function RenameTagDialog({ tag, tags, onClose, onDone }: TagDialogProps) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();

  return (
    <RenameDialog
      title={t('tags.renameTitle', { tag })}
      description={t('tags.renameDescription')}
      label={t('tags.newName')}
      initial={tag}
      fields={['to', 'from']}
      plan={(to) => {
        const target = to.trim().replace(/^#/, '');
        const unchanged = target === tag;
        const problem = unchanged ? null : tagInputProblem(target, t);
        const existing =
          !unchanged && tagKey(target) !== tagKey(tag)
            ? tags.find((entry) => tagKey(entry.tag) === tagKey(target))
            : undefined;
        return {
          problem,
          request:
            unchanged || problem !== null
              ? null
              : {
                  key: target,
                  run: (dryRun) => api['tags.rename']({ from: tag, to: target, dryRun }),
                },
          hint: existing ? t('tags.mergeHint', { tag: existing.tag }) : t('tags.renameHint'),
          ...(existing && { confirmLabel: t('tags.renameMerge') }),
        };
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

/** Folds a tag into another tag in use: every note tagged with it gets the other instead. */
export function MergeTagDialog({ tag, tags, onClose, onDone }: TagDialogProps) {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  // Not the tag itself nor anything nested under it (a tag cannot be merged into its branch).
  const targets = tags
    .filter(
      (entry) =>
        tagKey(entry.tag) !== tagKey(tag) && !tagKey(entry.tag).startsWith(`${tagKey(tag)}/`),
    )
    .map((entry) => ({
      value: entry.tag,
      label: t('tags.option', { tag: entry.tag, count: entry.count }),
    }));

  return (
    <MergeIntoDialog
      title={t('tags.mergeTitle', { tag })}
      description={t('tags.mergeDescription')}
      placeholder={t('tags.chooseTag')}
      targets={targets}
      merge={(into, dryRun) => api['tags.merge']({ sources: [tag], into, dryRun })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
