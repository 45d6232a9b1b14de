import { ApiError } from '../../../shared/api/apiError';
import type { Domain, Moderator } from '../../../shared/api/domainsMethods';
import { parseHexColour } from '../../../shared/domains/domainColour';
import { domainKey, domainSlugProblem, slugify } from '../../../shared/domains/domainSlug';
import type { DbData } from '../store/dbSchema';
import type { MetadataStore } from '../store/metadataStore';
import type { FileOperation } from '../vault/fileTransaction';
import type { RefactorRegistry, RegistryChange } from '../refactor/refactorTypes';
import { DOMAIN_PALETTE } from '../store/defaultDomains';

export const MAX_DOMAIN_NAME = 100;
export const MAX_DOMAIN_DESCRIPTION = 2000;

export interface NewDomain {
  slug?: string | undefined;
  name: string;
  description: string;
  colour?: string | undefined;
  moderators: Moderator[];
}

export type DomainChanges = Partial<Pick<Domain, 'name' | 'description' | 'colour' | 'moderators'>>;

/**
 * The domain list in `.praxis/db.json`, and the rules a domain must follow. Every rule broken
 * gives INVALID or EXISTS with a message for the user and `data: { field }`.
 */
export class DomainRegistry implements RefactorRegistry {
  readonly #store: MetadataStore;

  constructor(store: MetadataStore) {
    this.#store = store;
  }

  list(): Domain[] {
    return this.#store.data.domains.map(copyDomain);
  }

  /** The listed domain `slug` names (case-insensitively), with its position. */
  find(slug: string): { index: number; domain: Domain } | undefined {
    const key = domainKey(slug);
    const index = this.#store.data.domains.findIndex((d) => domainKey(d.slug) === key);
    return index === -1
      ? undefined
      : { index, domain: copyDomain(this.#store.data.domains[index]!) };
  }

  /** The listed domain, or NOT_FOUND. */
  get(slug: string): { index: number; domain: Domain } {
    const found = this.find(slug);
    if (!found)
      throw new ApiError('NOT_FOUND', `There is no domain "${slug}" in the domain list.`, {
        field: 'slug',
      });
    return found;
  }

  async create(input: NewDomain, now = new Date()): Promise<Domain> {
    const name = this.#checkName(input.name, null);
    const slug = input.slug === undefined ? slugify(name) : input.slug.trim();
    this.#checkNewSlug(slug, input.slug === undefined);
    const domain: Domain = {
      slug,
      name,
      description: checkDescription(input.description),
      colour: input.colour === undefined ? this.#freeColour() : checkColour(input.colour),
      moderators: checkModerators(input.moderators),
      created: now.toISOString(),
    };
    await this.#store.update((data) => {
      data.domains.push(domain);
    });
    return copyDomain(domain);
  }

  async update(slug: string, changes: DomainChanges): Promise<Domain> {
    const { index, domain } = this.get(slug);
    const next: Domain = {
      ...domain,
      ...(changes.name !== undefined && { name: this.#checkName(changes.name, index) }),
      ...(changes.description !== undefined && {
        description: checkDescription(changes.description),
      }),
      ...(changes.colour !== undefined && { colour: checkColour(changes.colour) }),
      ...(changes.moderators !== undefined && {
        moderators: checkModerators(changes.moderators),
      }),
    };
    await this.#store.update((data) => {
      data.domains[index] = next;
    });
    return copyDomain(next);
  }

  /** Checks `slug` as the new slug of a domain (syntax, and not in the list). */
  checkNewSlug(slug: string, exceptKey: string | null = null): void {
    this.#checkNewSlug(slug, false, exceptKey);
  }

  /**
   * Commits `change` in one transaction with the notes it goes with: `commit` gets the db.json
   * write to add and runs the transaction; the list in memory follows once it is committed.
   */
  commitChange(
    change: RegistryChange,
    commit: (write: FileOperation) => Promise<void>,
  ): Promise<void> {
    return this.#store.commitWith((data) => applyRegistryChange(data, change), commit);
  }

  /**
   * Why `change` cannot be undone without losing edits made since, by slug: a domain it added
   * that was edited or removed since, or a slug it removed that is in the list again.
   */
  undoConflicts(change: RegistryChange): string[] {
    const conflicts: string[] = [];
    for (const { domain } of change.added) {
      const now = this.find(domain.slug)?.domain;
      if (!now || JSON.stringify(now) !== JSON.stringify(domain)) conflicts.push(domain.slug);
    }
    const added = new Set(change.added.map(({ domain }) => domainKey(domain.slug)));
    for (const { domain } of change.removed) {
      if (!added.has(domainKey(domain.slug)) && this.find(domain.slug)) conflicts.push(domain.slug);
    }
    return conflicts;
  }

  #checkName(nameArg: string, index: number | null): string {
    const name = nameArg.trim().replace(/\s+/g, ' ');
    if (name === '') throw invalid('name', 'A domain needs a name.');
    if (name.length > MAX_DOMAIN_NAME)
      throw invalid('name', `A domain name can be at most ${MAX_DOMAIN_NAME} characters long.`);
    const key = name.toLowerCase();
    const other = this.#store.data.domains.find(
      (d, i) => i !== index && d.name.trim().toLowerCase() === key,
    );
    if (other)
      throw new ApiError(
        'EXISTS',
        `There is already a domain named "${other.name}" (${other.slug}). Choose another name.`,
        { field: 'name' },
      );
    return name;
  }

  #checkNewSlug(slug: string, fromName: boolean, exceptKey: string | null = null): void {
    const problem = domainSlugProblem(slug);
    if (problem)
      throw invalid(
        'slug',
        fromName ? 'A slug cannot be made from this name: give the domain a slug.' : problem,
      );
    const other = this.find(slug);
    if (other && domainKey(other.domain.slug) !== exceptKey)
      throw new ApiError(
        'EXISTS',
        `There is already a domain "${other.domain.slug}" (${other.domain.name}). Choose another slug, or merge into that domain.`,
        { field: 'slug' },
      );
  }

  /** The first palette colour no domain uses (the first one if all are taken). */
  #freeColour(): string {
    const used = new Set(this.#store.data.domains.map((d) => d.colour.toLowerCase()));
    return DOMAIN_PALETTE.find((colour) => !used.has(colour)) ?? DOMAIN_PALETTE[0];
  }
}

function applyRegistryChange(data: DbData, change: RegistryChange): void {
  const removed = new Set(change.removed.map(({ domain }) => domainKey(domain.slug)));
  data.domains = data.domains.filter((d) => !removed.has(domainKey(d.slug)));
  for (const { index, domain } of [...change.added].sort((a, b) => a.index - b.index))
    data.domains.splice(Math.min(index, data.domains.length), 0, copyDomain(domain));
}

function invalid(field: string, message: string): ApiError {
  return new ApiError('INVALID', message, { field });
}

function checkColour(colour: string): string {
  const parsed = parseHexColour(colour);
  if (parsed === null)
    throw invalid(
      'colour',
      `"${colour}" is not a colour Praxis can use: write it as #rrggbb, e.g. #1d5fa8.`,
    );
  return parsed;
}

function checkDescription(description: string): string {
  const text = description.trim();
  if (text.length > MAX_DOMAIN_DESCRIPTION)
    throw invalid(
      'description',
      `A domain description can be at most ${MAX_DOMAIN_DESCRIPTION} characters long.`,
    );
  return text;
}

function checkModerators(moderators: readonly Moderator[]): Moderator[] {
  return moderators.map((moderator, i) => {
    const name = moderator.name.trim();
    if (name === '')
      throw invalid(
        'moderators',
        `Moderator ${i + 1} has no name. Give each moderator a name, or remove the empty one.`,
      );
    return { name, contact: moderator.contact.trim() };
  });
}

export function copyDomain(domain: Domain): Domain {
  return { ...domain, moderators: domain.moderators.map((m) => ({ ...m })) };
}
