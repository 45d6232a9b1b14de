import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { folderOf, joinPath, notePathInFolder } from '../../../shared/notes/noteFileName';
import { useApiClient } from '../../api/ApiContext';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { shortcutLabel } from '../../services/commands/shortcutLabel';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { useVault } from '../../state/VaultContext';
import { ContextMenu, type ContextMenuItem } from '../../ui/ContextMenu';
import { IconButton } from '../../ui/IconButton';
import { PaneHeader } from '../../ui/PaneHeader';
import { buildFolderTree, flattenTree, folderAncestors, type TreeNode } from '../../ui/treeModel';
import { TreeView } from '../../ui/TreeView';
import { useExpandedGroups } from '../../services/useExpandedGroups';
import { TextDialog, TrashDialog, type TextDialogProps } from './FileTreeDialogs';

type Dialog =
  | ({ kind: 'text' } & Omit<TextDialogProps, 'onClose'>)
  | { kind: 'trash'; title: string; body: string; onConfirm(): Promise<void> };

/**
 * The vault's notes as a folder tree. The open note is revealed (its folders expanded). Each item
 * has a context menu (right click, Shift+F10, the menu key) to open, rename, move or delete a
 * note, or to add, rename or delete a folder; notes are dragged onto folders to move them.
 */
export function FilesPane() {
  const { t } = useTranslation('app');
  const { t: tc } = useTranslation('commands');
  const vault = useVault();
  const { api } = useApiClient();
  const { notify, notifyError } = useToasts();
  const registry = useCommandRegistry();
  const { route, navigate } = useNavigation();
  const { expanded, setExpanded, expandAll, collapseAll } = useExpandedGroups('filesExpanded');
  const [folders, setFolders] = useState<string[]>([]);
  const [menu, setMenu] = useState<{ node: TreeNode; x: number; y: number } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Every note, those main has not read yet by file name: the tree is whole from the start.
  const tree = useMemo(() => buildFolderTree(vault.listed, folders), [vault.listed, folders]);
  const rows = useMemo(() => flattenTree(tree, expanded), [tree, expanded]);
  const openPath = route.view === 'note' ? route.path : null;

  const refreshFolders = useCallback(() => {
    api['folders.list']({}).then(setFolders, () => setFolders([]));
  }, [api]);
  // Empty folders come from the core; ask again when the notes' folders change, not at each save.
  const noteFolders = useMemo(
    () => [...new Set(vault.listed.map((n) => folderOf(n.path)))].sort().join('\n'),
    [vault.listed],
  );
  useEffect(refreshFolders, [refreshFolders, noteFolders]);

  useEffect(() => {
    if (openPath) expandAll(folderAncestors(openPath));
  }, [openPath, expandAll]);

  /** Follows the open note to where a move or rename took it. */
  const followMoved = (from: string, to: string) => {
    if (openPath === from) navigate({ view: 'note', path: to });
  };

  const moveNote = async (path: string, folder: string) => {
    const to = notePathInFolder(path, folder);
    if (to === path) return;
    const result = await api['notes.move']({ from: path, to });
    followMoved(path, result.note.path);
    expandAll(folderAncestors(result.note.path));
    notify({
      kind: 'success',
      message: t('fileTree.moved', {
        title: result.note.title,
        folder: folder || t('fileTree.topLevel'),
        count: result.rewritten.length,
      }),
    });
  };

  const folderChoices = useMemo(() => ['', ...folders], [folders]);

  const noteItems = (node: TreeNode): ContextMenuItem[] => [
    {
      id: 'open',
      label: t('fileTree.open'),
      run: () => navigate({ view: 'note', path: node.path }),
    },
    {
      id: 'rename',
      label: t('fileTree.rename'),
      run: () =>
        setDialog({
          kind: 'text',
          title: t('fileTree.renameTitle', { title: node.label }),
          label: t('fileTree.newTitle'),
          initial: node.label,
          submitLabel: t('fileTree.rename'),
          onSubmit: async (title) => {
            const report = await api['notes.rename']({ path: node.path, title });
            followMoved(node.path, report.to);
          },
        }),
    },
    {
      id: 'move',
      label: t('fileTree.moveTo'),
      run: () =>
        setDialog({
          kind: 'text',
          title: t('fileTree.moveTitle', { title: node.label }),
          label: t('fileTree.folder'),
          hint: t('fileTree.folderHint'),
          initial: folderOf(node.path),
          suggestions: folderChoices,
          submitLabel: t('fileTree.move'),
          onSubmit: (folder) => moveNote(node.path, folder.replace(/^\/+|\/+$/g, '')),
        }),
    },
    {
      id: 'delete',
      label: t('fileTree.delete'),
      danger: true,
      run: () =>
        setDialog({
          kind: 'trash',
          title: t('fileTree.deleteTitle'),
          body: t('fileTree.deleteBody', { title: node.label }),
          onConfirm: async () => {
            await api['notes.delete']({ path: node.path });
            if (openPath === node.path) navigate({ view: 'home' });
          },
        }),
    },
  ];

  const folderItems = (node: TreeNode): ContextMenuItem[] => [
    {
      id: 'newNote',
      label: t('fileTree.newNoteHere'),
      run: () =>
        setDialog({
          kind: 'text',
          title: t('fileTree.newNoteTitle', { folder: node.path }),
          label: t('fileTree.noteName'),
          initial: '',
          submitLabel: t('fileTree.create'),
          onSubmit: async (name) => {
            const note = await api['notes.create']({ folder: node.path, name });
            navigate({ view: 'note', path: note.path });
          },
        }),
    },
    {
      id: 'newFolder',
      label: t('fileTree.newFolder'),
      run: () =>
        setDialog({
          kind: 'text',
          title: t('fileTree.newFolderTitle', { folder: node.path }),
          label: t('fileTree.folderName'),
          initial: '',
          submitLabel: t('fileTree.create'),
          onSubmit: async (name) => {
            const created = await api['folders.create']({ path: joinPath(node.path, name) });
            expandAll(folderAncestors(`${created.path}/x`));
            refreshFolders();
          },
        }),
    },
    {
      id: 'renameFolder',
      label: t('fileTree.renameFolder'),
      run: () =>
        setDialog({
          kind: 'text',
          title: t('fileTree.renameFolderTitle', { folder: node.path }),
          label: t('fileTree.folderPath'),
          initial: node.path,
          submitLabel: t('fileTree.rename'),
          onSubmit: async (to) => {
            const report = await api['folders.rename']({ from: node.path, to });
            if (openPath?.startsWith(`${node.path}/`))
              followMoved(openPath, `${report.to}${openPath.slice(node.path.length)}`);
            refreshFolders();
            notify({
              kind: 'success',
              message: t('fileTree.folderRenamed', {
                from: report.from,
                to: report.to,
                count: report.notes,
              }),
              ...(report.id !== null && {
                action: {
                  label: t('fileTree.undo'),
                  run: () => {
                    api['refactor.undo']({ id: report.id! }).then(refreshFolders, notifyError);
                  },
                },
              }),
            });
          },
        }),
    },
    {
      id: 'deleteFolder',
      label: t('fileTree.deleteFolder'),
      danger: true,
      run: () =>
        setDialog({
          kind: 'trash',
          title: t('fileTree.deleteFolderTitle', { folder: node.path }),
          body: t('fileTree.deleteFolderBody', { folder: node.path, count: node.count ?? 0 }),
          onConfirm: async () => {
            await api['folders.delete']({ path: node.path });
            if (openPath?.startsWith(`${node.path}/`)) navigate({ view: 'home' });
            refreshFolders();
          },
        }),
    },
  ];

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
      ) : vault.listed.length === 0 && folders.length === 0 ? (
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
          onContextMenu={(node, at) => setMenu({ node, ...at })}
          onDrop={(dragged, target) => {
            if (dragged.kind !== 'note') return;
            moveNote(dragged.path, target?.path ?? '').catch(notifyError);
          }}
        />
      )}
      {menu && (
        <ContextMenu
          label={t('fileTree.menuFor', { name: menu.node.label })}
          items={menu.node.kind === 'note' ? noteItems(menu.node) : folderItems(menu.node)}
          x={menu.x}
          y={menu.y}
          onClose={() => setMenu(null)}
        />
      )}
      {dialog?.kind === 'text' && <TextDialog {...dialog} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'trash' && <TrashDialog {...dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
