import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandRegistry } from '../../app/commands/CommandsContext';
import { shortcutLabel } from '../../app/commands/shortcutLabel';
import { useNavigation } from '../../app/navigation';
import { useVault } from '../../state/VaultContext';
import { Icon } from '../../ui/Icon';
import { PaneHeader } from './PaneHeader';
import { buildFolderTree, flattenTree, folderAncestors } from './treeModel';
import { TreeView } from './TreeView';
import { useExpandedGroups } from './useExpandedGroups';

/** The vault's notes as a folder tree. The open note is revealed (its folders expanded). */
export function FilesPane() {
  const { t } = useTranslation('app');
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

  const newNoteShortcut = shortcutLabel('note.new');
  return (
    <>
      <PaneHeader title={t('sidebar.files')} id="pane-files-title">
        <button
          type="button"
          className="icon-button"
          aria-label={t('sidebar.newNote')}
          title={
            newNoteShortcut ? `${t('sidebar.newNote')} (${newNoteShortcut})` : t('sidebar.newNote')
          }
          onClick={() => registry.run('note.new')}
        >
          <Icon name="plus" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('sidebar.collapseAll')}
          title={t('sidebar.collapseAll')}
          disabled={expanded.size === 0}
          onClick={collapseAll}
        >
          <Icon name="collapse" />
        </button>
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
