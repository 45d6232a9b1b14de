import type { LinkGraph } from '../links/linkGraph';
import type { NoteRepository } from '../vault/noteRepository';
import { isNotePath } from '../vault/vaultPaths';

/**
 * The domains a journal entry touches: the domains in its own front matter, then those of the
 * notes it links to (in the order the links appear), each once. Only direct links count — an
 * entry about a procurement note is about procurement, not about everything that note links to.
 *
 * @example
 * // An entry with `domains: [hr-and-talent]` that links to [[Framework agreements]] (procurement):
 * entryDomains(path, repository, linkGraph); // ['hr-and-talent', 'procurement']
 */
export function entryDomains(
  path: string,
  repository: NoteRepository,
  linkGraph: LinkGraph,
): string[] {
  const domains = new Set(repository.summary(path)?.domains ?? []);
  for (const domain of linkedNoteDomains(path, repository, linkGraph)) domains.add(domain);
  return [...domains];
}

/** The domains of the notes `path` links to, in link order, each once. */
export function linkedNoteDomains(
  path: string,
  repository: NoteRepository,
  linkGraph: LinkGraph,
  lines?: { from: number; to: number },
): string[] {
  const domains = new Set<string>();
  for (const link of linkGraph.outgoing(path)) {
    if (link.resolved === null || link.resolved === path || !isNotePath(link.resolved)) continue;
    if (lines && (link.line < lines.from || link.line > lines.to)) continue;
    for (const domain of repository.summary(link.resolved)?.domains ?? []) domains.add(domain);
  }
  return [...domains];
}
