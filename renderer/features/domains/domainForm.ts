import type { TFunction } from 'i18next';
import type { Domain, Moderator } from '../../../shared/api/domainsMethods';
import { parseHexColour } from '../../../shared/domains/domainColour';
import { domainSlugProblem, slugify } from '../../../shared/domains/domainSlug';

/** A domain as its form holds it: text as typed. */
export interface DomainDraft {
  name: string;
  slug: string;
  description: string;
  colour: string;
  moderators: Moderator[];
}

export type DomainField = 'name' | 'slug' | 'description' | 'colour' | 'moderators';
export type DomainFormErrors = Partial<Record<DomainField, string>>;

export function draftOf(domain: Domain): DomainDraft {
  return {
    name: domain.name,
    slug: domain.slug,
    description: domain.description,
    colour: domain.colour,
    moderators: domain.moderators.map((m) => ({ ...m })),
  };
}

/**
 * A name for a domain notes already use by slug, to start its form with: `citizen-services` →
 * "Citizen services".
 */
export function nameFromSlug(slug: string): string {
  const words = slug.trim().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** Moderator rows to save: rows left completely empty are dropped, the rest trimmed. */
export function moderatorsToSave(rows: readonly Moderator[]): Moderator[] {
  return rows
    .map((m) => ({ name: m.name.trim(), contact: m.contact.trim() }))
    .filter((m) => m.name !== '' || m.contact !== '');
}

/**
 * What is wrong with a draft, by field, in the UI language — the checks that need no vault (an
 * empty name, a colour that is not one, a malformed slug, a moderator without a name). Main
 * checks again and adds what needs the list (a name or slug already taken).
 */
export function checkDomainDraft(
  draft: DomainDraft,
  mode: 'create' | 'edit',
  t: TFunction,
): DomainFormErrors {
  const errors: DomainFormErrors = {};
  if (draft.name.trim() === '') errors.name = t('form.nameRequired');
  if (parseHexColour(draft.colour) === null)
    errors.colour = t('form.colourInvalid', { value: draft.colour.trim() });
  if (mode === 'create' && draft.slug.trim() !== '' && domainSlugProblem(draft.slug.trim())) {
    const suggestion = slugify(draft.slug);
    errors.slug =
      suggestion === '' ? t('form.slugInvalid') : t('form.slugInvalidSuggest', { suggestion });
  }
  const unnamed = draft.moderators.findIndex(
    (m) => m.name.trim() === '' && m.contact.trim() !== '',
  );
  if (unnamed !== -1) errors.moderators = t('form.moderatorUnnamed', { number: unnamed + 1 });
  return errors;
}

/** The slug a new domain gets: the one typed, else one made from the name. */
export function slugForDraft(draft: DomainDraft): string {
  return draft.slug.trim() !== '' ? draft.slug.trim() : slugify(draft.name);
}
