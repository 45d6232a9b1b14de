import { ApiError } from '../../../shared/api/apiError';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import type { TagCount } from '../../../shared/api/tagsMethods';
import { hasTag, tagAncestry, tagKey, tagNameProblem } from '../../../shared/tags/tagMatch';
import { countableNotes } from '../domains/domainStats';
import type { VaultRefactor } from '../refactor/vaultRefactor';
import type { NoteRepository } from '../vault/noteRepository';
import { renameTagsInNote, tagRenamer } from './tagRewrite';

/**
 * The vault's tags: counts for the tag pane, notes by tag filter, and vault-wide renames and
 * merges (run by VaultRefactor: atomic, reported, undoable). Templates are not counted, but
 * their tags follow renames like any file's.
 */
export class TagService {
  readonly #repository: NoteRepository;
  readonly #refactor: VaultRefactor;

  constructor(repository: NoteRepository, refactor: VaultRefactor) {
    this.#repository = repository;
    this.#refactor = refactor;
  }

  /**
   * Every tag with the notes in its branch (`count`) and with exactly it (`ownCount`). A nested
   * tag's parents are listed even if no note has them alone. Spelling: as first written (by path).
   */
  list(): TagCount[] {
    const entries = new Map<string, { tag: string; count: number; ownCount: number }>();
    for (const note of countableNotes(this.#repository.list())) {
      const branch = new Set<string>();
      for (const tag of note.tags) {
        const path = tagAncestry(tag);
        for (const [i, level] of path.entries()) {
          const key = tagKey(level);
          let entry = entries.get(key);
          if (entry === undefined)
            entries.set(key, (entry = { tag: level, count: 0, ownCount: 0 }));
          if (!branch.has(key)) {
            branch.add(key);
            entry.count++;
          }
          if (i === path.length - 1) entry.ownCount++;
        }
      }
    }
    return [...entries.entries()]
      .sort(([a], [b]) => compareTagKeys(a, b))
      .map(([key, { tag, count, ownCount }]) => {
        const slash = key.lastIndexOf('/');
        return {
          tag,
          name: tag.slice(tag.lastIndexOf('/') + 1),
          // As the parent's own entry spells it, so that `parent` always names a listed tag.
          parent: slash === -1 ? null : entries.get(key.slice(0, slash))!.tag,
          count,
          ownCount,
        };
      });
  }

  /** Notes found by the tag filter `tag` (the tag and those nested under it), by path. */
  notes(tag: string): NoteSummary[] {
    return countableNotes(this.#repository.list()).filter((note) => hasTag(note.tags, tag));
  }

  rename(from: string, to: string, dryRun: boolean): Promise<RefactorReport> {
    if (from.trim().replace(/^#/, '') === to.trim().replace(/^#/, ''))
      throw new ApiError('INVALID', 'The new tag is the same as the old one.', { field: 'to' });
    return this.#run('tag.rename', [from], to, dryRun);
  }

  merge(sources: readonly string[], into: string, dryRun: boolean): Promise<RefactorReport> {
    return this.#run('tag.merge', sources, into, dryRun);
  }

  #run(
    kind: 'tag.rename' | 'tag.merge',
    sourcesArg: readonly string[],
    intoArg: string,
    dryRun: boolean,
  ): Promise<RefactorReport> {
    return this.#refactor.exclusive(async () => {
      const into = intoArg.trim().replace(/^#/, '');
      const problem = tagNameProblem(into);
      if (problem) throw new ApiError('INVALID', problem, { field: 'to' });
      const sources = [
        ...new Map(
          sourcesArg.map((s) => s.trim().replace(/^#/, '')).map((s) => [s, s] as const),
        ).values(),
      ];
      const files = this.#repository.list();
      const paths = new Set<string>();
      for (const source of sources) {
        if (tagKey(source) === '')
          throw new ApiError('INVALID', 'A tag to rename cannot be empty.', { field: 'from' });
        const tagged = files.filter((note) => hasTag(note.tags, source));
        if (tagged.length === 0)
          throw new ApiError('NOT_FOUND', `No note has the tag #${source}.`, { field: 'from' });
        for (const note of tagged) paths.add(note.path);
      }
      const rewrite = tagRenamer(sources, into);
      const planned = await this.#refactor.rewriteNotes(paths, (raw) =>
        renameTagsInNote(raw, rewrite),
      );
      const names = sources.map((s) => `#${s}`).join(', ');
      return this.#refactor.run(
        {
          kind,
          description:
            kind === 'tag.rename' ? `Rename ${names} to #${into}` : `Merge ${names} into #${into}`,
          subjects: sources,
          target: into,
          ...planned,
          registry: null,
        },
        dryRun,
      );
    });
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Alphabetical by level, so that a parent comes right before its children. */
function compareTagKeys(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = collator.compare(pa[i]!, pb[i]!) || (pa[i]! < pb[i]! ? -1 : pa[i]! > pb[i]! ? 1 : 0);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}
