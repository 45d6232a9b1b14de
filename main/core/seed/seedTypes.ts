/** What a language's seed content holds (main/core/seed/locales/*.ts give it). */

/** The default community domains, by slug, in the order a new vault lists them. */
export const DEFAULT_DOMAIN_SLUGS = [
  'procurement',
  'hr-and-talent',
  'digital-services',
  'finance-and-budget',
  'legal-and-regulatory',
  'citizen-services',
  'data-and-statistics',
  'policy-evaluation',
] as const;
export type DefaultDomainSlug = (typeof DEFAULT_DOMAIN_SLUGS)[number];

/** The default templates, by id (recorded in db.json once written), in the order they are written. */
export const DEFAULT_TEMPLATE_IDS = [
  'solution',
  'after-action-review',
  'practice',
  'meeting',
  'question',
  'note',
] as const;
export type DefaultTemplateId = (typeof DEFAULT_TEMPLATE_IDS)[number];

/** What the sample notes of one language are written from. */
export interface SampleNotesContext {
  /** The vault's day when it was made, `YYYY-MM-DD` (the sample journal entry's). */
  day: string;
  /** Front matter (with `---` lines) for the given fields, a new `id` and created/updated. */
  fm(fields: Record<string, string | string[]>): string;
  /** `YYYY-MM-DD`, `days` from the vault's day (review dates of the stewarded notes). */
  daysFromToday(days: number): string;
}

/**
 * Everything a new vault is given in one language: the names and descriptions of the default
 * domains, the default templates and the sample notes. Slugs, note types and template ids stay
 * the same in every language — they are identifiers that travel in packs between departments who
 * may write in different languages — while everything a person reads is written for them.
 */
export interface SeedContent {
  domains: Record<DefaultDomainSlug, { name: string; description: string }>;
  templates: Record<DefaultTemplateId, { fileName: string; content: string }>;
  /**
   * The sample vault: vault path → file text. One note is the welcome note; its links, and those
   * between the other notes, all resolve except one deliberate link to a note still to write.
   */
  sampleNotes(context: SampleNotesContext): Record<string, string>;
  /** The target of that deliberate unresolved link (tests check nothing else is unresolved). */
  noteToWrite: string;
}
