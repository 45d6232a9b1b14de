import type { TFunction } from 'i18next';
import type { TagCount } from '../../../shared/api/tagsMethods';
import { tagKey, tagNameProblem } from '../../../shared/tags/tagMatch';
import type { TreeNode } from '../../ui/treeModel';

/** The tree id of a tag's row. */
export function tagNodeId(tag: string): string {
  return `tag:${tagKey(tag)}`;
}

/**
 * The tag pane's tree from `tags.list` (parents before children): each tag under its parent,
 * labelled with its last level, counting the notes of its whole branch (a parent includes its
 * children, as tag filters do).
 */
export function buildTagTree(tags: readonly TagCount[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const byKey = new Map<string, TreeNode>();
  for (const entry of tags) {
    const node: TreeNode = {
      id: tagNodeId(entry.tag),
      kind: 'group',
      label: entry.name,
      path: entry.tag,
      icon: 'tag',
      count: entry.count,
      children: [],
    };
    byKey.set(tagKey(entry.tag), node);
    const parent = entry.parent === null ? undefined : byKey.get(tagKey(entry.parent));
    (parent?.children ?? roots).push(node);
  }
  return roots;
}

/** The ids of a tag's parents, outermost first: `a/b/c` → `tag:a`, `tag:a/b`. */
export function tagAncestorIds(tag: string): string[] {
  const parts = tag.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => tagNodeId(parts.slice(0, i + 1).join('/')));
}

/**
 * Why `tag` cannot be a tag, in the UI language, or null. The rule is shared/tags/tagMatch's
 * (`tagNameProblem`); this only says it in the user's words.
 */
export function tagInputProblem(raw: string, t: TFunction): string | null {
  if (tagNameProblem(raw) === null) return null;
  const tag = raw.trim().replace(/^#/, '');
  if (tag === '') return t('tags.problemEmpty');
  if (tag.length > 200) return t('tags.problemLong');
  if (/^\d+$/.test(tag)) return t('tags.problemDigits', { tag });
  if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//'))
    return t('tags.problemLevels', { tag });
  return t('tags.problemCharacters', { tag });
}
