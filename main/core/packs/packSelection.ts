import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { ExportPreview, PackSelection } from '../../../shared/api/packsMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import { isPrivateNote } from '../../../shared/journal/privacy';
import { tagMatches } from '../../../shared/tags/tagMatch';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import type { LinkGraph } from '../links/linkGraph';
import type { VaultSearch } from '../search/vaultSearch';
import type { NoteRepository } from '../vault/noteRepository';
import { isNotePath, parseFolder, parseNotePath, resolveInsideVault } from '../vault/vaultPaths';
import { mapLimit } from '../vault/vaultScanner';
import { parsePackNote } from './noteContentHash';

export interface SelectionDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  search: VaultSearch;
}

type Via = ExportPreview['notes'][number]['via'];

/** A note chosen for a pack, with the bytes it was read with. */
export interface SelectedNote {
  path: string;
  title: string;
  via: Via;
  private: boolean;
  raw: Buffer;
  text: string;
  /** Front-matter `id` as text, or null. */
  id: string | null;
}

export interface Selection {
  notes: SelectedNote[];
  /** Vault paths of the attachments the notes link to, with their sizes. */
  attachments: { path: string; size: number }[];
  preview: ExportPreview;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Resolves a pack selection against the vault as it is on disk: every note matching any
 * criterion, minus private notes and templates unless picked by hand, minus notes that cannot be
 * read (invalid UTF-8, unreadable front matter); optionally the notes they link to, one level
 * out; the attachments they link to; and the links that will break because their target stays
 * out.
 */
export async function resolveSelection(
  deps: SelectionDeps,
  selection: PackSelection,
): Promise<Selection> {
  const { repository, linkGraph } = deps;
  const summaries = repository.list();
  const byPath = new Map(summaries.map((s) => [s.path, s]));
  const picked = new Set<string>();
  for (const input of selection.notes) {
    const rel = parseNotePath(input);
    if (!byPath.has(rel)) throw new ApiError('NOT_FOUND', `There is no note "${rel}".`);
    picked.add(rel);
  }
  const matched = new Map<string, Via>();
  const match = (path: string, via: Via) => {
    if (!matched.has(path)) matched.set(path, via);
  };
  for (const path of picked) match(path, 'picked');
  const domains = selection.domains.map(domainKey);
  const folders = selection.folders.map((f) => parseFolder(f));
  for (const summary of summaries) {
    if (selection.all) match(summary.path, 'all');
    if (summary.domains.some((d) => domains.includes(domainKey(d)))) match(summary.path, 'domain');
    if (selection.tags.some((filter) => summary.tags.some((tag) => tagMatches(filter, tag))))
      match(summary.path, 'tag');
    if (folders.some((f) => f === '' || summary.path.startsWith(`${f}/`)))
      match(summary.path, 'folder');
  }
  for (const query of selection.queries)
    for (const path of await searchAll(deps.search, query))
      if (byPath.has(path)) match(path, 'query');

  const leftOut: ExportPreview['leftOut'] = [];
  const read = async (path: string, via: Via): Promise<SelectedNote | null> => {
    const summary = byPath.get(path)!;
    if (isTemplatePath(path) && via !== 'picked') {
      leftOut.push({ path, title: summary.title, reason: 'template', detail: null });
      return null;
    }
    const note = await readNote(repository, summary, via);
    if (typeof note === 'string') {
      leftOut.push({ path, title: summary.title, reason: 'unreadable', detail: note });
      return null;
    }
    if (note.private && via !== 'picked') {
      leftOut.push({ path, title: summary.title, reason: 'private', detail: null });
      return null;
    }
    return note;
  };
  const first = await mapLimit(
    [...matched].sort(([a], [b]) => compare(a, b)),
    16,
    ([path, via]) => read(path, via),
  );
  const selected = new Map<string, SelectedNote>();
  for (const note of first) if (note) selected.set(note.path, note);

  if (selection.followLinks) {
    const linked = new Set<string>();
    for (const path of selected.keys())
      for (const link of linkGraph.outgoing(path))
        if (
          link.resolved &&
          isNotePath(link.resolved) &&
          !selected.has(link.resolved) &&
          !matched.has(link.resolved)
        )
          linked.add(link.resolved);
    const more = await mapLimit([...linked].sort(compare), 16, (path) => read(path, 'linked'));
    for (const note of more) if (note) selected.set(note.path, note);
  }

  const attachmentPaths = new Set<string>();
  const broken: { from: string; to: string }[] = [];
  const brokenSeen = new Set<string>();
  for (const path of [...selected.keys()].sort(compare)) {
    for (const link of linkGraph.outgoing(path)) {
      const target = link.resolved;
      if (!target || target === path) continue;
      if (!isNotePath(target)) {
        attachmentPaths.add(target);
        continue;
      }
      if (selected.has(target) || brokenSeen.has(`${path}\n${target}`)) continue;
      brokenSeen.add(`${path}\n${target}`);
      broken.push({ from: path, to: target });
    }
  }
  // Whether a note left out is private decides whether adding it is one click or a hand pick.
  const privacy = new Map<string, boolean>();
  await mapLimit([...new Set(broken.map((b) => b.to))], 16, async (target) => {
    const summary = byPath.get(target);
    const note = summary ? await readNote(repository, summary, 'linked') : null;
    privacy.set(target, typeof note === 'object' && note !== null && note.private);
  });
  const brokenLinks: ExportPreview['brokenLinks'] = broken.map(({ from, to }) => ({
    from,
    to,
    title: byPath.get(to)?.title ?? to,
    private: privacy.get(to) ?? false,
  }));
  const attachments = (
    await mapLimit([...attachmentPaths].sort(compare), 16, async (path) => {
      const abs = await resolveInsideVault(repository.realRoot, path).catch(() => null);
      const stat = abs ? await fs.lstat(abs).catch(() => null) : null;
      return stat?.isFile() ? { path, size: stat.size } : null;
    })
  ).filter((a): a is { path: string; size: number } => a !== null);

  const notes = [...selected.values()].sort((a, b) => compare(a.path, b.path));
  const totalBytes =
    notes.reduce((sum, n) => sum + n.raw.length, 0) + attachments.reduce((s, a) => s + a.size, 0);
  return {
    notes,
    attachments,
    preview: {
      notes: notes.map((n) => ({
        path: n.path,
        title: n.title,
        size: n.raw.length,
        via: n.via,
        private: n.private,
        needsId: n.id === null,
      })),
      attachments,
      totalBytes,
      brokenLinks,
      leftOut: leftOut.sort((a, b) => compare(a.path, b.path)),
    },
  };
}

/**
 * Every hit of a search query (all pages), once the index is ready: near-duplicates too (a pack
 * chosen by search takes every note the search finds, not only the best copy of each).
 */
async function searchAll(search: VaultSearch, query: string): Promise<string[]> {
  await search.whenReady();
  const paths: string[] = [];
  for (let page = 1; page <= 10_000; page++) {
    const results = await search.query(query, {
      page,
      pageSize: 100,
      snippetLength: 40,
      showSimilar: true,
    });
    if (results.error)
      throw new ApiError('INVALID', `The search "${query}" cannot run: ${results.error.message}`);
    paths.push(...results.hits.map((h) => h.path));
    if (results.hits.length === 0 || paths.length >= results.total) break;
  }
  return paths;
}

async function readNote(
  repository: NoteRepository,
  summary: NoteSummary,
  via: Via,
): Promise<SelectedNote | string> {
  let raw: Buffer;
  try {
    raw = await fs.readFile(await resolveInsideVault(repository.realRoot, summary.path));
  } catch (error) {
    return `it cannot be read (${(error as Error).message})`;
  }
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return 'it is not UTF-8 text';
  }
  const parsed = parsePackNote(text);
  if (parsed.problem !== null) return `its front matter cannot be read (${parsed.problem})`;
  const id = parsed.frontMatter?.id;
  return {
    path: summary.path,
    title: summary.title,
    via,
    private: isPrivateNote({
      path: summary.path,
      type: summary.type,
      frontMatter: parsed.frontMatter,
    }),
    raw,
    text,
    id:
      typeof id === 'string' && id.trim() !== ''
        ? id.trim()
        : typeof id === 'number'
          ? String(id)
          : null,
  };
}
