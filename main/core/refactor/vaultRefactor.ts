import { ApiError } from '../../../shared/api/apiError';
import type { RefactorKind, RefactorReport } from '../../../shared/api/refactorMethods';
import type { EventHub } from '../events/eventHub';
import { readOnDisk } from '../vault/atomicWrite';
import { contentVersion } from '../vault/contentVersion';
import { decodeNoteBytes, type DecodedNote } from '../vault/noteEncoding';
import type { FileOperation } from '../vault/fileTransaction';
import type { NoteRepository } from '../vault/noteRepository';
import { resolveInsideVault } from '../vault/vaultPaths';
import { mapLimit } from '../vault/vaultScanner';
import type { RefactorHistory } from './refactorHistory';
import type {
  FileChange,
  NoteRewrite,
  OperationSummary,
  RefactorRegistry,
  RegistryChange,
} from './refactorTypes';

/** One file a vault-wide operation rewrites. */
export interface FileRewrite {
  path: string;
  /** The text it was planned from, and that text's version. */
  raw: string;
  version: string;
  next: string;
  occurrences: number;
}

/** Everything a vault-wide operation will change; nothing is changed until `run`. */
export interface RefactorPlan {
  kind: RefactorKind;
  description: string;
  subjects: string[];
  target: string | null;
  rewrites: FileRewrite[];
  skipped: { path: string; reason: string }[];
  /** Notes left as they are because they are not UTF-8 (see RefactorReport.notUtf8). */
  notUtf8: string[];
  registry: RegistryChange | null;
}

export interface RefactorDeps {
  repository: NoteRepository;
  registry: RefactorRegistry;
  history: RefactorHistory;
  events: EventHub;
}

/**
 * Runs vault-wide edits (tag and domain renames, merges, deletions) as single operations: every
 * file rewritten in one atomic transaction (`NoteRepository.apply`: all or nothing, rolled back
 * after a crash), then the domain list, then a record for undo. Operations run one at a time.
 * Files are planned from their text on disk and written only if still unchanged, so an edit made
 * in between fails the operation (CONFLICT) instead of being overwritten.
 */
export class VaultRefactor {
  readonly #deps: RefactorDeps;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: RefactorDeps) {
    this.#deps = deps;
  }

  /** Runs `task` after every operation queued before it, and before any queued after. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads `paths` from disk and collects what `rewrite` makes of each. A note that is not UTF-8
   * is never rewritten (its text is only a guess at what its bytes mean): it is listed in
   * `notUtf8` when the operation would have changed it.
   */
  async rewriteNotes(
    paths: Iterable<string>,
    rewrite: (raw: string, path: string) => NoteRewrite | null,
  ): Promise<Pick<RefactorPlan, 'rewrites' | 'skipped' | 'notUtf8'>> {
    const rewrites: FileRewrite[] = [];
    const skipped: RefactorPlan['skipped'] = [];
    const notUtf8: string[] = [];
    const sorted = [...new Set(paths)].sort(compare);
    const results = await mapLimit(sorted, 16, async (path) => {
      const file = await this.#read(path);
      if (file === null)
        throw new ApiError(
          'CONFLICT',
          `"${path}" was deleted by another program in the meantime. Nothing was changed; try again.`,
        );
      return { path, ...file, result: rewrite(file.raw, path) };
    });
    for (const { path, raw, version, encoding, result } of results) {
      if (result === null) continue;
      const changes = result.occurrences > 0 && result.next !== raw;
      if (encoding !== 'utf-8') {
        if (changes) notUtf8.push(path);
        continue;
      }
      if (result.problem !== null) skipped.push({ path, reason: result.problem });
      if (changes)
        rewrites.push({ path, raw, version, next: result.next, occurrences: result.occurrences });
    }
    return { rewrites, skipped, notUtf8 };
  }

  /** Applies `plan` (unless `dryRun`) and reports it. Call it inside `exclusive`. */
  async run(plan: RefactorPlan, dryRun: boolean): Promise<RefactorReport> {
    const report = toReport(plan, dryRun);
    if (dryRun || (plan.rewrites.length === 0 && plan.registry === null)) return report;
    const changes = plan.rewrites.map((r): FileChange => ({
      path: r.path,
      before: { raw: r.raw, version: r.version },
      after: r.next,
      occurrences: r.occurrences,
    }));
    return { ...report, id: await this.commit(plan, changes, plan.registry) };
  }

  /**
   * Makes `changes` (and the domain list's `registry` change) in one transaction, each file only
   * if it still has the version it was planned from, and records them for `undo`. Returns the
   * record's id, or null when the change is made but could not be recorded. Call it inside
   * `exclusive`.
   */
  async commit(
    operation: OperationSummary,
    changes: readonly FileChange[],
    registry: RegistryChange | null = null,
  ): Promise<string | null> {
    const { repository, history, events } = this.#deps;
    const operations: FileOperation[] = changes.map((change) =>
      change.after === null
        ? { kind: 'remove', path: change.path, expectedVersion: change.before!.version }
        : {
            kind: 'write',
            path: change.path,
            content: change.after,
            expectedVersion: change.before?.version ?? null,
          },
    );
    const kind = operation.kind === 'note.rename' ? 'rename' : 'vault-change';
    // The domain list changes in the same transaction as the notes: all or nothing.
    if (registry) {
      await this.#deps.registry.commitChange(registry, (write) =>
        repository.apply([...operations, write], { kind }),
      );
      events.emit('domains.changed', { slugs: changedSlugs(registry) });
    } else await repository.apply(operations, { kind });

    try {
      const record = await history.record({
        kind: operation.kind,
        description: operation.description,
        subjects: operation.subjects,
        target: operation.target,
        files: changes.map((change) => ({
          path: change.path,
          before: change.before?.raw ?? null,
          after: change.after === null ? null : contentVersion(change.after),
          occurrences: change.occurrences,
        })),
        registry,
      });
      return record.id;
    } catch (error) {
      // The change is made and complete; only undoing it will not be offered.
      console.error('praxis: could not record a vault-wide change for undo', error);
      return null;
    }
  }

  /**
   * Puts back every file and domain an operation changed, in one transaction, if none of them
   * changed since; otherwise CONFLICT (data: UndoConflict) and nothing is changed.
   */
  undo(id: string): Promise<RefactorReport> {
    return this.exclusive(async () => {
      const { repository, registry, history, events } = this.#deps;
      const record = history.find(id);
      if (!record)
        throw new ApiError(
          'NOT_FOUND',
          `There is no recorded change "${id}" (only the last few are kept).`,
        );
      if (record.undoneAt !== null)
        throw new ApiError('INVALID', `"${record.description}" was already undone.`);
      const saved = await history.load(id);

      const changedFiles: string[] = [];
      await mapLimit(saved.files, 16, async (file) => {
        const current = await this.#read(file.path);
        // A file the operation removed must still be absent; any other must be as it left it.
        if (file.after === null ? current !== null : current?.version !== file.after)
          changedFiles.push(file.path);
      });
      const changedDomains = saved.registry ? registry.undoConflicts(saved.registry) : [];
      if (changedFiles.length > 0 || changedDomains.length > 0) {
        changedFiles.sort(compare);
        throw new ApiError(
          'CONFLICT',
          `"${record.description}" cannot be undone: ${describeChanges(changedFiles, changedDomains)} since. Nothing was changed.`,
          { paths: changedFiles, domains: changedDomains },
        );
      }

      const operations: FileOperation[] = saved.files.map((file) =>
        file.before === null
          ? { kind: 'remove', path: file.path, expectedVersion: file.after! }
          : { kind: 'write', path: file.path, content: file.before, expectedVersion: file.after },
      );
      const inverse = saved.registry && {
        removed: saved.registry.added,
        added: saved.registry.removed,
      };
      if (inverse) {
        await registry.commitChange(inverse, (write) => repository.apply([...operations, write]));
        events.emit('domains.changed', { slugs: changedSlugs(inverse) });
      } else if (operations.length > 0) await repository.apply(operations);
      await history.markUndone(id);
      return {
        id: null,
        kind: record.kind,
        description: `Undid: ${record.description}`,
        subjects: record.subjects,
        target: record.target,
        dryRun: false,
        files: saved.files.map(({ path, occurrences }) => ({ path, occurrences })),
        occurrences: saved.files.reduce((sum, file) => sum + file.occurrences, 0),
        skipped: [],
        notUtf8: [],
        domainsRemoved: inverse ? inverse.removed.map(({ domain }) => domain.slug) : [],
        domainsAdded: inverse ? inverse.added.map(({ domain }) => domain.slug) : [],
      };
    });
  }

  /**
   * A file's text, version and encoding as it is on disk now, or null if it is gone. Read directly
   * rather than through the repository: the transaction checks versions again when it writes,
   * and the repository learns about outside edits from the watcher anyway.
   */
  async #read(rel: string): Promise<(DecodedNote & { version: string; raw: string }) | null> {
    const abs = await resolveInsideVault(this.#deps.repository.realRoot, rel);
    const current = await readOnDisk(abs);
    if (!Buffer.isBuffer(current)) return null;
    const decoded = decodeNoteBytes(current);
    return { ...decoded, raw: decoded.text, version: contentVersion(current) };
  }
}

function toReport(plan: RefactorPlan, dryRun: boolean): RefactorReport {
  return {
    id: null,
    kind: plan.kind,
    description: plan.description,
    subjects: plan.subjects,
    target: plan.target,
    dryRun,
    files: plan.rewrites.map(({ path, occurrences }) => ({ path, occurrences })),
    occurrences: plan.rewrites.reduce((sum, r) => sum + r.occurrences, 0),
    skipped: plan.skipped,
    notUtf8: plan.notUtf8,
    domainsRemoved: plan.registry?.removed.map(({ domain }) => domain.slug) ?? [],
    domainsAdded: plan.registry?.added.map(({ domain }) => domain.slug) ?? [],
  };
}

function changedSlugs(change: RegistryChange): string[] {
  return [...new Set([...change.removed, ...change.added].map(({ domain }) => domain.slug))];
}

function describeChanges(paths: string[], domains: string[]): string {
  const parts: string[] = [];
  if (paths.length > 0) {
    const shown = paths
      .slice(0, 3)
      .map((p) => `"${p}"`)
      .join(', ');
    const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
    parts.push(
      `${paths.length === 1 ? 'the note' : `${paths.length} notes`} ${shown}${more} ${paths.length === 1 ? 'was' : 'were'} changed`,
    );
  }
  if (domains.length > 0)
    parts.push(
      `the domain${domains.length === 1 ? '' : 's'} ${domains.map((d) => `"${d}"`).join(', ')} changed`,
    );
  return parts.join(' and ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
