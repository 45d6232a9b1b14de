import * as fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/apiError';
import type { UnresolvedLink } from '../../../shared/api/linksMethods';
import { LinkGraph } from '../links/linkGraph';
import { splitFrontMatter } from '../vault/frontMatter';
import { summarizeNote } from '../vault/noteMetadata';
import { mapLimit, scanVaultFiles } from '../vault/vaultScanner';

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
  const root = path.resolve(vaultPath);
  const stat = await fs.stat(root).catch(() => null);
  if (!stat) throw new ApiError('NOT_FOUND', `There is no folder "${root}".`);
  if (!stat.isDirectory())
    throw new ApiError('INVALID', `"${root}" is a file, not a vault folder.`);
  const realRoot = await fs.realpath(root);

  const files = await scanVaultFiles(realRoot);
  const graph = new LinkGraph();
  for (const attachment of files.attachments) graph.addAttachment(attachment);
  const ids = new Map<string, string[]>();
  const invalidFrontMatter: VaultHealthReport['invalidFrontMatter'] = [];
  const unreadable: VaultHealthReport['unreadable'] = [];

  await mapLimit(files.notes, 32, async (rel) => {
    let raw: string;
    try {
      raw = await fs.readFile(path.join(realRoot, ...rel.split('/')), 'utf8');
    } catch (error) {
      unreadable.push({ file: rel, error: (error as Error).message });
      return;
    }
    const split = splitFrontMatter(raw);
    if (split.error) invalidFrontMatter.push({ file: rel, error: split.error });
    const summary = summarizeNote(rel, split, [], new Date(0));
    if (summary.id !== null) ids.set(summary.id, [...(ids.get(summary.id) ?? []), rel]);
    graph.setNote({
      path: rel,
      title: summary.title,
      aliases: summary.aliases,
      body: split.body,
      bodyStartLine: split.bodyStartLine,
    });
  });

  // Code-unit order, like the note list: the same on every machine whatever its locale.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byFile = (a: { file: string }, b: { file: string }) => compare(a.file, b.file);
  return {
    notes: files.notes.length - unreadable.length,
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
