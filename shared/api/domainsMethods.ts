import { z } from 'zod';
import { defineMethod } from './defineMethod';
import { isoDateTimeSchema, noteSummarySchema } from './noteSchemas';
import { dryRunSchema, refactorReportSchema } from './refactorMethods';

/**
 * Community domains: the fields of the vault's communities of practice, kept in
 * `.praxis/db.json`. A note belongs to the domains its front matter names (`domains: [slug]`);
 * a note may name a domain that is not in the list — it keeps it, and `domains.unknown` lists
 * such slugs so the UI can offer to create them. Templates (see shared/templates) are never
 * counted.
 *
 * Business rules are checked in main with messages for the user (INVALID / EXISTS, with
 * `data: { field }` naming the field at fault); the schemas here only bound sizes.
 */

export const moderatorSchema = z.object({
  name: z.string().max(200),
  /** E-mail, phone or where to find them; may be empty. */
  contact: z.string().max(300).default(''),
});
export type Moderator = z.infer<typeof moderatorSchema>;

export const domainSchema = z.object({
  /** What notes write in `domains:`; lower-case letters, digits, dashes. */
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  /** `#rrggbb`. Draw text on it with `readableTextColour` (shared/domains/domainColour). */
  colour: z.string(),
  moderators: z.array(moderatorSchema),
  created: isoDateTimeSchema,
});
export type Domain = z.infer<typeof domainSchema>;

export const typeCountSchema = z.object({ type: z.string(), count: z.number().int() });
export type TypeCount = z.infer<typeof typeCountSchema>;

export const domainWithCountsSchema = domainSchema.extend({
  /** Shared notes naming the domain (templates excluded). */
  noteCount: z.number().int(),
  /**
   * Private notes naming it (journal entries, `private: true`: shared/journal/privacy), counted
   * apart: community views show them only as this number.
   */
  privateCount: z.number().int(),
  /** The shared notes by type, most first. */
  byType: z.array(typeCountSchema),
});
export type DomainWithCounts = z.infer<typeof domainWithCountsSchema>;

export const unknownDomainSchema = z.object({
  /** As the first note (by path) writes it. */
  slug: z.string(),
  /** Notes naming it. */
  count: z.number().int(),
  /** A valid slug to create it under (the slug itself when valid); '' when none can be made. */
  suggestedSlug: z.string(),
});
export type UnknownDomain = z.infer<typeof unknownDomainSchema>;

export const reviewItemSchema = z.object({
  note: noteSummarySchema,
  /** Front-matter `steward`; null when empty. */
  steward: z.string().nullable(),
  /** `YYYY-MM-DD`. */
  reviewBy: z.string(),
  /** Days since the review date (at least 1). */
  daysOverdue: z.number().int(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const linkedNoteSchema = z.object({
  note: noteSummarySchema,
  /** Other notes that link to it. */
  backlinks: z.number().int(),
});

export const domainPageSchema = z.object({
  slug: z.string(),
  /** The domain; null for a slug notes use that is not in the domain list. */
  domain: domainSchema.nullable(),
  /**
   * Shared notes of the domain. A domain page is a community view: private notes (see
   * `privateCount`) are in none of its lists or figures.
   */
  noteCount: z.number().int(),
  /** Private notes naming the domain, shown only as a count (they stay in their owner's journal). */
  privateCount: z.number().int(),
  byType: z.array(typeCountSchema),
  /** Every shared note of the domain, by title (the page sorts and pages them). */
  notes: z.array(noteSummarySchema),
  /** Most recently updated first. */
  recentlyUpdated: z.array(noteSummarySchema),
  /** Notes of the domain most linked to from anywhere in the vault, most first. */
  mostLinked: z.array(linkedNoteSchema),
  /** Questions without an accepted answer (shared/notes/acceptedAnswer), newest first. */
  openQuestions: z.array(noteSummarySchema),
  /** Solutions and practices past their review date, longest overdue first. */
  needsReview: z.array(reviewItemSchema),
  /** The domain's most used tags. */
  topTags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});
export type DomainPage = z.infer<typeof domainPageSchema>;

export const domainOverviewSchema = z.object({
  /** Every domain of the list with its size, in list order. */
  domains: z.array(domainWithCountsSchema),
  /** Slugs notes use that are not in the list, most used first. */
  unknown: z.array(unknownDomainSchema),
  /** Shared notes that belong to no domain. */
  withoutDomain: z.number().int(),
  /** All shared notes (templates excluded). */
  totalNotes: z.number().int(),
  /** Private notes (journal entries, `private: true`), counted apart from every figure above. */
  privateNotes: z.number().int(),
});
export type DomainOverview = z.infer<typeof domainOverviewSchema>;

const slugArg = z.string().min(1).max(200);
const domainFields = {
  name: z.string().max(500),
  description: z.string().max(5000),
  colour: z.string().max(50),
  moderators: z.array(moderatorSchema).max(50),
};

export const domainsMethods = {
  /** The domain list with note counts, in list order. */
  'domains.list': defineMethod(z.object({}).strict(), z.array(domainWithCountsSchema)),
  'domains.get': defineMethod(z.object({ slug: slugArg }).strict(), domainWithCountsSchema),
  /**
   * Adds a domain. `slug` defaults to one made from the name, `colour` to a palette colour no
   * other domain uses. Fails with EXISTS for a slug or name already in the list.
   */
  'domains.create': defineMethod(
    z
      .object({
        slug: slugArg.optional(),
        ...domainFields,
        description: domainFields.description.default(''),
        colour: domainFields.colour.optional(),
        moderators: domainFields.moderators.default([]),
      })
      .strict(),
    domainWithCountsSchema,
  ),
  /** Changes the fields given. The slug changes with `domains.rename`, which rewrites notes. */
  'domains.update': defineMethod(
    z
      .object({
        slug: slugArg,
        name: domainFields.name.optional(),
        description: domainFields.description.optional(),
        colour: domainFields.colour.optional(),
        moderators: domainFields.moderators.optional(),
      })
      .strict(),
    domainWithCountsSchema,
  ),
  /**
   * Removes a domain from the list. While notes name it: `notes: 'refuse'` (default) fails with
   * CONFLICT saying how many; `'remove'` also takes it out of those notes (one undoable
   * operation); `'keep'` leaves the notes naming it (it becomes an unknown domain).
   */
  'domains.delete': defineMethod(
    z
      .object({
        slug: slugArg,
        notes: z.enum(['refuse', 'remove', 'keep']).default('refuse'),
        dryRun: dryRunSchema,
      })
      .strict(),
    refactorReportSchema,
  ),
  /**
   * Gives a domain a new slug in the list and in every note naming it. `from` may also be an
   * unknown slug notes use. `to` must not be in the list (use `domains.merge`).
   */
  'domains.rename': defineMethod(
    z.object({ from: slugArg, to: slugArg, dryRun: dryRunSchema }).strict(),
    refactorReportSchema,
  ),
  /**
   * Folds `sources` (domains of the list or unknown slugs) into the listed domain `into`: notes
   * naming a source name `into` instead (once), and the sources leave the list.
   */
  'domains.merge': defineMethod(
    z
      .object({ sources: z.array(slugArg).min(1).max(100), into: slugArg, dryRun: dryRunSchema })
      .strict(),
    refactorReportSchema,
  ),
  /** Slugs notes use that are not in the domain list, most used first. */
  'domains.unknown': defineMethod(z.object({}).strict(), z.array(unknownDomainSchema)),
  /** What a domain's page shows. `limit` bounds each list (default 10). */
  'domains.page': defineMethod(
    z.object({ slug: slugArg, limit: z.number().int().min(1).max(500).default(10) }).strict(),
    domainPageSchema,
  ),
  /** Every domain with its size (for the overview chart), unknown slugs and unassigned notes. */
  'domains.overview': defineMethod(z.object({}).strict(), domainOverviewSchema),
  /**
   * Solutions and practices past their `review-by` date, longest overdue first: of one domain,
   * or of the whole vault when `slug` is absent.
   */
  'domains.needsReview': defineMethod(
    z.object({ slug: slugArg.optional() }).strict(),
    z.array(reviewItemSchema),
  ),
};
