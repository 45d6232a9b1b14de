import { todayOf, type Clock } from '../clock';
import { ApiError } from '../../../shared/api/apiError';
import type {
  DomainOverview,
  DomainPage,
  DomainWithCounts,
  ReviewItem,
  UnknownDomain,
} from '../../../shared/api/domainsMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import type { EventHub } from '../events/eventHub';
import type { LinkGraph } from '../links/linkGraph';
import type { RefactorPlan, VaultRefactor } from '../refactor/vaultRefactor';
import type { NoteRepository } from '../vault/noteRepository';
import type { DomainChanges, DomainRegistry, NewDomain } from './domainRegistry';
import { domainMapper, rewriteDomainsInNote } from './domainRewrite';
import {
  belongsTo,
  countableNotes,
  needsReview,
  openQuestions,
  recentlyUpdated,
  tallyDomains,
  topTags,
  typeCounts,
  unknownDomains,
  withCounts,
  type VaultDomainTally,
} from './domainStats';
import type { NoteFacts } from './noteFacts';

export interface DomainServiceDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  registry: DomainRegistry;
  facts: NoteFacts;
  refactor: VaultRefactor;
  events: EventHub;
  clock: Clock;
}

/** What happens to the notes naming a domain that is deleted. */
export type DeleteMode = 'refuse' | 'remove' | 'keep';

/**
 * Community domains: the list (DomainRegistry) with the notes that belong to each, domain pages,
 * and the vault-wide operations that rename, merge and delete domains in the notes too.
 * Changes to the list run one at a time with the vault-wide operations (VaultRefactor).
 */
export class DomainService {
  readonly #deps: DomainServiceDeps;

  constructor(deps: DomainServiceDeps) {
    this.#deps = deps;
  }

  list(): DomainWithCounts[] {
    const tally = this.#tally();
    return this.#deps.registry.list().map((domain) => withCounts(domain, tally));
  }

  get(slug: string): DomainWithCounts {
    return withCounts(this.#deps.registry.get(slug).domain, this.#tally());
  }

  create(input: NewDomain): Promise<DomainWithCounts> {
    return this.#deps.refactor.exclusive(async () => {
      const domain = await this.#deps.registry.create(input, this.#deps.clock.now());
      this.#deps.events.emit('domains.changed', { slugs: [domain.slug] });
      return withCounts(domain, this.#tally());
    });
  }

  update(slug: string, changes: DomainChanges): Promise<DomainWithCounts> {
    return this.#deps.refactor.exclusive(async () => {
      const domain = await this.#deps.registry.update(slug, changes);
      this.#deps.events.emit('domains.changed', { slugs: [domain.slug] });
      return withCounts(domain, this.#tally());
    });
  }

  unknown(): UnknownDomain[] {
    return unknownDomains(this.#tally(), this.#deps.registry.list());
  }

  overview(): DomainOverview {
    const notes = countableNotes(this.#deps.repository.list());
    const tally = tallyDomains(notes);
    return {
      domains: this.#deps.registry.list().map((domain) => withCounts(domain, tally)),
      unknown: unknownDomains(tally, this.#deps.registry.list()),
      withoutDomain: tally.withoutDomain,
      totalNotes: tally.total,
      privateNotes: tally.privateTotal,
    };
  }

  /** A domain's page; also for a slug notes use that is not in the list. */
  page(slug: string, limit: number): DomainPage {
    const key = domainKey(slug);
    const domain = this.#deps.registry.find(slug)?.domain ?? null;
    const naming = countableNotes(this.#deps.repository.list()).filter((n) => belongsTo(n, key));
    if (domain === null && naming.length === 0)
      throw new ApiError('NOT_FOUND', `There is no domain "${slug}" and no note names it.`);
    // A community view: private notes are counted, never listed.
    const notes = naming.filter((note) => !note.private);
    const { facts, linkGraph } = this.#deps;
    const factOf = (path: string) => facts.get(path);
    const byType = new Map<string, number>();
    for (const note of notes) byType.set(note.type, (byType.get(note.type) ?? 0) + 1);
    return {
      slug: domain?.slug ?? naming[0]!.domains.find((d) => domainKey(d) === key)!,
      domain,
      noteCount: notes.length,
      privateCount: naming.length - notes.length,
      byType: typeCounts(byType),
      notes: [...notes].sort((a, b) => compareTitles(a.title, b.title) || compare(a.path, b.path)),
      recentlyUpdated: recentlyUpdated(notes, limit),
      mostLinked: notes
        .map((note) => ({ note, backlinks: linkGraph.linkedFromCount(note.path) }))
        .filter((entry) => entry.backlinks > 0)
        .sort((a, b) => b.backlinks - a.backlinks || compare(a.note.title, b.note.title))
        .slice(0, limit),
      openQuestions: openQuestions(notes, factOf).slice(0, limit),
      needsReview: needsReview(notes, factOf, todayOf(this.#deps.clock)).slice(0, limit),
      topTags: topTags(notes, limit),
    };
  }

  /** Solutions and practices past their review date, of one domain or of all notes. */
  needsReview(slug?: string): ReviewItem[] {
    let notes = countableNotes(this.#deps.repository.list());
    if (slug !== undefined) {
      const key = domainKey(slug);
      if (!this.#deps.registry.find(slug) && !notes.some((n) => belongsTo(n, key)))
        throw new ApiError('NOT_FOUND', `There is no domain "${slug}" and no note names it.`);
      notes = notes.filter((n) => belongsTo(n, key));
    }
    return needsReview(
      notes.filter((note) => !note.private),
      (path) => this.#deps.facts.get(path),
      todayOf(this.#deps.clock),
    );
  }

  /**
   * Gives a domain a new slug, in the list (keeping its place and fields) and in every note that
   * names it. `from` may be a listed domain or a slug only notes use.
   */
  rename(fromArg: string, toArg: string, dryRun: boolean): Promise<RefactorReport> {
    return this.#deps.refactor.exclusive(async () => {
      const { registry } = this.#deps;
      const from = fromArg.trim();
      const to = toArg.trim();
      const listed = registry.find(from);
      const users = this.#notesNaming([from]);
      if (!listed && users.length === 0)
        throw new ApiError('NOT_FOUND', `There is no domain "${from}" and no note names it.`, {
          field: 'from',
        });
      if (from === to)
        throw new ApiError('INVALID', 'The new slug is the same as the old one.', { field: 'to' });
      registry.checkNewSlug(to, domainKey(from));
      const name = listed?.domain.name ?? from;
      const plan = await this.#planNotes(users, domainMapper([from], to), {
        kind: 'domain.rename',
        description: `Rename the domain "${name}" from "${listed?.domain.slug ?? from}" to "${to}"`,
        subjects: [listed?.domain.slug ?? from],
        target: to,
        registry: listed
          ? {
              removed: [listed],
              added: [{ index: listed.index, domain: { ...listed.domain, slug: to } }],
            }
          : null,
      });
      return this.#deps.refactor.run(plan, dryRun);
    });
  }

  /** Folds `sources` into the listed domain `into`, in the notes and in the list. */
  merge(sources: readonly string[], intoArg: string, dryRun: boolean): Promise<RefactorReport> {
    return this.#deps.refactor.exclusive(async () => {
      const { registry } = this.#deps;
      const into = registry.find(intoArg.trim());
      if (!into)
        throw new ApiError(
          'NOT_FOUND',
          `There is no domain "${intoArg}" to merge into. Create it first, or rename instead.`,
          { field: 'into' },
        );
      const intoKey = domainKey(into.domain.slug);
      const unique = [...new Map(sources.map((s) => [domainKey(s), s.trim()])).values()];
      if (unique.some((s) => domainKey(s) === intoKey))
        throw new ApiError('INVALID', 'A domain cannot be merged into itself.', {
          field: 'sources',
        });
      const listed = [];
      for (const source of unique) {
        const found = registry.find(source);
        if (!found && this.#notesNaming([source]).length === 0)
          throw new ApiError('NOT_FOUND', `There is no domain "${source}" and no note names it.`, {
            field: 'sources',
          });
        if (found) listed.push(found);
      }
      const names = unique.map((s) => `"${registry.find(s)?.domain.name ?? s}"`).join(', ');
      const plan = await this.#planNotes(
        this.#notesNaming(unique),
        domainMapper(unique, into.domain.slug),
        {
          kind: 'domain.merge',
          description: `Merge ${names} into the domain "${into.domain.name}"`,
          subjects: unique.map((s) => registry.find(s)?.domain.slug ?? s),
          target: into.domain.slug,
          registry: listed.length > 0 ? { removed: listed, added: [] } : null,
        },
      );
      return this.#deps.refactor.run(plan, dryRun);
    });
  }

  /** Removes a domain from the list; what happens to its notes is `mode`'s choice. */
  delete(slug: string, mode: DeleteMode, dryRun: boolean): Promise<RefactorReport> {
    return this.#deps.refactor.exclusive(async () => {
      const listed = this.#deps.registry.get(slug.trim());
      const users = this.#notesNaming([listed.domain.slug]);
      if (mode === 'refuse' && users.length > 0)
        throw new ApiError(
          'CONFLICT',
          `${users.length === 1 ? '1 note belongs' : `${users.length} notes belong`} to "${listed.domain.name}". Remove the domain from ${users.length === 1 ? 'it' : 'them'} as well, keep ${users.length === 1 ? 'it' : 'them'} naming it, or merge it into another domain.`,
          { count: users.length },
        );
      const plan = await this.#planNotes(
        mode === 'remove' ? users : [],
        domainMapper([listed.domain.slug], null),
        {
          kind: 'domain.delete',
          description:
            mode === 'remove'
              ? `Delete the domain "${listed.domain.name}" and remove it from its notes`
              : `Delete the domain "${listed.domain.name}"`,
          subjects: [listed.domain.slug],
          target: null,
          registry: { removed: [listed], added: [] },
        },
      );
      return this.#deps.refactor.run(plan, dryRun);
    });
  }

  #tally(): VaultDomainTally {
    return tallyDomains(countableNotes(this.#deps.repository.list()));
  }

  /** Every file naming one of `slugs` — templates included, so that they follow renames. */
  #notesNaming(slugs: readonly string[]): string[] {
    const keys = new Set(slugs.map(domainKey));
    return this.#deps.repository
      .list()
      .filter((note: NoteSummary) => note.domains.some((d) => keys.has(domainKey(d))))
      .map((note) => note.path);
  }

  async #planNotes(
    paths: readonly string[],
    map: (slug: string) => string | null | undefined,
    plan: Omit<RefactorPlan, 'rewrites' | 'skipped' | 'notUtf8'>,
  ): Promise<RefactorPlan> {
    const files = await this.#deps.refactor.rewriteNotes(paths, (raw) =>
      rewriteDomainsInNote(raw, map),
    );
    return { ...plan, ...files };
  }
}

const compareTitles = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
