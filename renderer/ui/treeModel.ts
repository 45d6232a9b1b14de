import type { ListedNote } from '../../shared/notes/listedNote';
import type { IconName } from './Icon';

/** A node of a tree the sidebar shows: a group (a folder, a domain) or a note. */
export interface TreeNode {
  /** Unique in its tree (a note may appear under several groups). */
  id: string;
  kind: 'group' | 'note';
  label: string;
  /** The note's path, or the folder's path for a folder group. */
  path: string;
  children?: TreeNode[];
  /** Notes beneath a group (or tagged with a tag), shown as a badge. */
  count?: number;
  icon?: IconName;
  /** A colour shown as a swatch instead of the icon (a community domain's). */
  colour?: string;
  /** Said after the label and marked with a warning sign, e.g. "not in the domain list". */
  flag?: string;
}

/** A visible row of a tree, flattened for a windowed list with the ARIA tree properties. */
export interface TreeRow {
  node: TreeNode;
  /** 1-based depth (`aria-level`). */
  level: number;
  /** 1-based position among its siblings (`aria-posinset`) and their number (`aria-setsize`). */
  posInSet: number;
  setSize: number;
  parentId: string | null;
  expanded: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export const compareLabels = (a: string, b: string): number => collator.compare(a, b);

function sortNodes(nodes: TreeNode[]): TreeNode[] {
  return nodes.sort((a, b) =>
    a.kind !== b.kind
      ? a.kind === 'group'
        ? -1
        : 1
      : compareLabels(a.label, b.label) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}

/**
 * Folders of the vault (folders first, then notes by title, both in natural order). `emptyFolders`
 * adds folders that hold no note (just created, or holding only attachments).
 */
export function buildFolderTree(
  notes: readonly ListedNote[],
  emptyFolders: readonly string[] = [],
): TreeNode[] {
  const root: TreeNode = { id: 'folder:', kind: 'group', label: '', path: '', children: [] };
  const folders = new Map<string, TreeNode>([['', root]]);

  const folderFor = (folderPath: string): TreeNode => {
    const existing = folders.get(folderPath);
    if (existing) return existing;
    const slash = folderPath.lastIndexOf('/');
    const parent = folderFor(slash < 0 ? '' : folderPath.slice(0, slash));
    const folder: TreeNode = {
      id: `folder:${folderPath}`,
      kind: 'group',
      label: folderPath.slice(slash + 1),
      path: folderPath,
      children: [],
      count: 0,
    };
    parent.children!.push(folder);
    folders.set(folderPath, folder);
    return folder;
  };

  for (const folder of emptyFolders) if (folder !== '') folderFor(folder);
  for (const note of notes) {
    const slash = note.path.lastIndexOf('/');
    const folder = folderFor(slash < 0 ? '' : note.path.slice(0, slash));
    folder.children!.push({
      id: `note:${note.path}`,
      kind: 'note',
      label: note.title,
      path: note.path,
    });
  }
  // Counts include sub-folders: computed once bottom-up rather than per note and ancestor.
  const countNotes = (node: TreeNode): number => {
    let count = 0;
    for (const child of node.children ?? []) count += child.kind === 'note' ? 1 : countNotes(child);
    node.count = count;
    sortNodes(node.children ?? []);
    return count;
  };
  countNotes(root);
  return root.children!;
}

/** The rows a reader sees: groups in `expanded` show their children. */
export function flattenTree(nodes: readonly TreeNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (level: readonly TreeNode[], depth: number, parentId: string | null) => {
    level.forEach((node, index) => {
      const isExpanded = node.kind === 'group' && expanded.has(node.id);
      rows.push({
        node,
        level: depth,
        posInSet: index + 1,
        setSize: level.length,
        parentId,
        expanded: isExpanded,
      });
      if (isExpanded) walk(node.children ?? [], depth + 1, node.id);
    });
  };
  walk(nodes, 1, null);
  return rows;
}

/** Ids of the folder groups that contain the note at `path`, outermost first. */
export function folderAncestors(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => `folder:${parts.slice(0, i + 1).join('/')}`);
}
