import type { UnresolvedLink } from '../../../shared/api/linksMethods';
import { LinkGraph } from '../links/linkGraph';
import { readVaultFolder } from '../vault/vaultFolder';

export interface VaultHealthReport {
  notes: number;
  links: number;
  unresolved: UnresolvedLink[];
  duplicateIds: { id: string; files: string[] }[];
  invalidFrontMatter: { file: string; error: string }[];
  /** Files that could not be read at all. */
  unreadable: { file: string; error: string }[];
}

/**
 * A health report of a vault folder that changes nothing — not even `.praxis/`: notes, links (wiki
 * and markdown), unresolved links with file and line, notes sharing an id, front matter that
 * cannot be read.
 */
export async function checkVault(vaultPath: string): Promise<VaultHealthReport> {
  const graph = new LinkGraph();
  const invalidFrontMatter: VaultHealthReport['invalidFrontMatter'] = [];
  const repository = await readVaultFolder(vaultPath, (change) => {
    if (change.kind === 'attachment-added') graph.addAttachment(change.path);
    if (change.kind !== 'note-set') return;
    const { summary, body, bodyStartLine, frontMatterError } = change.note;
    if (frontMatterError) invalidFrontMatter.push({ file: summary.path, error: frontMatterError });
    graph.setNote({
      path: summary.path,
      title: summary.title,
      aliases: summary.aliases,
      body,
      bodyStartLine,
    });
  });
  const ids = new Map<string, string[]>();
  for (const { id, path } of repository.list())
    if (id !== null) ids.set(id, [...(ids.get(id) ?? []), path]);
  const unreadable = repository.unreadable.map(({ path, error }) => ({ file: path, error }));

  // Code-unit order, like the note list: the same on every machine whatever its locale.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byFile = (a: { file: string }, b: { file: string }) => compare(a.file, b.file);
  return {
    notes: repository.size,
    links: graph.linkCount(),
    unresolved: graph.unresolved().sort((a, b) => byFile(a, b) || a.line - b.line),
    duplicateIds: [...ids]
      .filter(([, paths]) => paths.length > 1)
      .map(([id, paths]) => ({ id, files: paths.sort() }))
      .sort((a, b) => compare(a.id, b.id)),
    invalidFrontMatter: invalidFrontMatter.sort(byFile),
    unreadable: unreadable.sort(byFile),
  };
}
