import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { IconButton } from '../../ui/IconButton';
import { useLiveQuery } from '../../services/useLiveQuery';
import { PaneHeader } from '../../ui/PaneHeader';
import { flattenTree } from '../../ui/treeModel';
import { TreeView } from '../../ui/TreeView';
import { useExpandedGroups } from '../../services/useExpandedGroups';
import { useTagRouteFollower } from './useTagRouteFollower';
import { RenameTagDialog } from './TagDialogs';
import { buildTagTree, tagAncestorIds, tagNodeId } from './tagTree';
import '../domains/domains.css';

/**
 * The tag pane: every tag of the vault as a tree (`#policy/housing` under `#policy`), each with
 * the number of notes in its branch. A tag opens the list of its notes; F2 renames the focused
 * tag across the vault.
 */
export function TagPane() {
  const { t } = useTranslation('domains');
  const { api } = useApiClient();
  const { route, navigate } = useNavigation();
  const { expanded, setExpanded, expandAll, collapseAll } = useExpandedGroups('tagsExpanded');
  const tags = useLiveQuery('tags', () => api['tags.list']({}), ['notes.changed'], 300);
  const [renaming, setRenaming] = useState<string | null>(null);
  const followRename = useTagRouteFollower();
  const tree = useMemo(() => buildTagTree(tags.data ?? []), [tags.data]);
  const rows = useMemo(() => flattenTree(tree, expanded), [tree, expanded]);
  const openTag = route.view === 'tag' ? route.tag : null;

  // The tag shown in the centre is visible in the tree: its parents are expanded.
  useEffect(() => {
    if (openTag) expandAll(tagAncestorIds(openTag));
  }, [openTag, expandAll]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'F2') return;
    const index = Number((event.target as HTMLElement).dataset.index);
    const row = Number.isInteger(index) ? rows[index] : undefined;
    if (!row) return;
    event.preventDefault();
    setRenaming(row.node.path);
  };

  return (
    <>
      <PaneHeader title={t('tags.title')} id="pane-tags-title">
        <IconButton
          icon="collapse"
          label={t('tags.collapseAll')}
          disabled={expanded.size === 0}
          onClick={collapseAll}
        />
      </PaneHeader>
      {tags.data === null ? (
        <p className="pane-message" aria-busy={tags.error === null}>
          {tags.error === null ? t('tags.loading') : t('tags.loadFailed')}
        </p>
      ) : tree.length === 0 ? (
        <div className="pane-message">
          <p>{t('tags.empty')}</p>
          <p className="pane-hint">{t('tags.emptyHint')}</p>
        </div>
      ) : (
        // F2 here renames the focused tag, not the open note (app/commands/widgetKeys.ts).
        <div className="tag-tree" onKeyDown={onKeyDown} data-widget-keys="F2">
          <TreeView
            label={t('tags.treeLabel')}
            rows={rows}
            openGroups
            selectedId={openTag === null ? null : tagNodeId(openTag)}
            revealId={openTag === null ? null : tagNodeId(openTag)}
            onOpen={(node) => navigate({ view: 'tag', tag: node.path })}
            onExpandedChange={setExpanded}
            countLabel={(count) => t('pane.noteCount', { count })}
          />
          <p className="pane-hint tag-pane-hint">{t('tags.paneHint')}</p>
        </div>
      )}
      {renaming !== null && (
        <RenameTagDialog
          tag={renaming}
          tags={tags.data ?? []}
          onClose={() => setRenaming(null)}
          onDone={(report) => {
            setRenaming(null);
            followRename(report);
          }}
        />
      )}
    </>
  );
}
