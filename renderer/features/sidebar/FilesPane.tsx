import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { shortcutLabel } from '../../services/commands/shortcutLabel';
import { useNavigation } from '../../services/navigation';
import { useVault } from '../../state/VaultContext';
import { IconButton } from '../../ui/IconButton';
import { PaneHeader } from '../../ui/PaneHeader';
import { buildFolderTree, flattenTree, folderAncestors } from '../../ui/treeModel';
import { TreeView } from '../../ui/TreeView';
import { useExpandedGroups } from '../../services/useExpandedGroups';

/** The vault's notes as a folder tree. The open note is revealed (its folders expanded). */
export function FilesPane() {
  const { t } = useTranslation('app');
  const { t: tc } = useTranslation('commands');
  const vault = useVault();
  const registry = useCommandRegistry();
  const { route, navigate } = useNavigation();
  const { expanded, setExpanded, expandAll, collapseAll } = useExpandedGroups('filesExpanded');
  const tree = useMemo(() => buildFolderTree(vault.notes), [vault.notes]);
  const rows = useMemo(() => flattenTree(tree, expanded), [tree, expanded]);
  const openPath = route.view === 'note' ? route.path : null;

  useEffect(() => {
    if (openPath) expandAll(folderAncestors(openPath));
  }, [openPath, expandAll]);

  return (
    <>
      <PaneHeader title={t('sidebar.files')} id="pane-files-title">
        <IconButton
          icon="plus"
          label={t('sidebar.newNote')}
          shortcut={shortcutLabel('note.new')}
          onClick={() => registry.run('note.new')}
        />
        <IconButton
          icon="template"
          label={tc('note.newFromTemplate')}
          shortcut={shortcutLabel('note.newFromTemplate')}
          onClick={() => registry.run('note.newFromTemplate')}
        />
        <IconButton
          icon="collapse"
          label={t('sidebar.collapseAll')}
          disabled={expanded.size === 0}
          onClick={collapseAll}
        />
      </PaneHeader>
      {!vault.loaded ? (
        <p className="pane-message" aria-busy="true">
          {t('sidebar.loading')}
        </p>
      ) : vault.notes.length === 0 ? (
        <div className="pane-message">
          <p>{t('sidebar.noNotes')}</p>
          <button type="button" className="button" onClick={() => registry.run('note.new')}>
            {t('sidebar.createFirst')}
          </button>
        </div>
      ) : (
        <TreeView
          label={t('sidebar.filesTree')}
          rows={rows}
          selectedPath={openPath}
          revealId={openPath ? `note:${openPath}` : null}
          onOpen={(node) => navigate({ view: 'note', path: node.path })}
          onExpandedChange={setExpanded}
          countLabel={(count) => t('sidebar.noteCount', { count })}
        />
      )}
    </>
  );
}
