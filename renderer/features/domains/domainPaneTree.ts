import type { Domain } from '../../../shared/api/domainsMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { domainKey } from '../../../shared/domains/domainSlug';
import { countableNotes, tallyDomains, unknownDomains } from '../../../shared/domains/domainTally';
import { compareLabels, type TreeNode } from '../../ui/treeModel';

/** The tree id of a domain's row (listed or not): by `domainKey`, as notes are matched. */
export function domainNodeId(slug: string): string {
  return `domain:${domainKey(slug)}`;
}

/**
 * The domains pane: the listed domains in list order, with their colour, note count and notes,
 * then the slugs notes use that are not in the list (flagged `unlistedFlag`), most used first.
 * Counts follow the same rules as the core's (shared/domains/domainTally): templates and private
 * notes are left out and a note counts once per domain.
 */
export function buildDomainPaneTree(
  notes: readonly NoteSummary[],
  domains: readonly Domain[],
  unlistedFlag: string,
): TreeNode[] {
  const countable = countableNotes(notes);
  const tally = tallyDomains(countable);
  const notesByKey = new Map<string, TreeNode[]>();
  for (const note of countable) {
    // Domains are community views: a private note stays in its owner's journal and files.
    if (note.private) continue;
    for (const key of new Set(note.domains.map(domainKey))) {
      let list = notesByKey.get(key);
      if (!list) notesByKey.set(key, (list = []));
      list.push({
        id: `domain:${key}/${note.path}`,
        kind: 'note',
        label: note.title,
        path: note.path,
      });
    }
  }
  const childrenOf = (key: string) =>
    (notesByKey.get(key) ?? []).sort(
      (a, b) => compareLabels(a.label, b.label) || (a.path < b.path ? -1 : 1),
    );

  const listed: TreeNode[] = domains.map((domain) => {
    const key = domainKey(domain.slug);
    return {
      id: domainNodeId(domain.slug),
      kind: 'group',
      label: domain.name,
      path: domain.slug,
      colour: domain.colour,
      count: tally.domains.get(key)?.count ?? 0,
      children: childrenOf(key),
    };
  });
  const unlisted: TreeNode[] = unknownDomains(tally, domains).map((entry) => ({
    id: domainNodeId(entry.slug),
    kind: 'group',
    label: entry.slug,
    path: entry.slug,
    icon: 'domains',
    flag: unlistedFlag,
    count: entry.count,
    children: childrenOf(domainKey(entry.slug)),
  }));
  return [...listed, ...unlisted];
}
