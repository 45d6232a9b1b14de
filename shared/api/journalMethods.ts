import { z } from 'zod';
import { daysBetween, isIsoDate } from '../dates/calendarDate';
import { isValidTimeZone } from '../dates/timeZone';
import { LESSON_NOTE_TYPES } from '../notes/noteTypes';
import { defineMethod } from './defineMethod';
import { noteSchema, vaultPathSchema } from './noteSchemas';

/**
 * The learning journal. Dates cross the boundary as calendar dates (`YYYY-MM-DD`) in the
 * person's own time zone, computed by the renderer (`shared/dates`): the core never guesses the
 * day from its own clock, which may sit in another zone (the web harness) — an entry written at
 * 00:30 belongs to the day the person sees on their calendar. Where timestamps must be placed on
 * days (notes created or updated in a week), the caller names its IANA time zone too.
 */

export const isoDateSchema = z.string().refine(isIsoDate, 'A date is written YYYY-MM-DD.');

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, 'Unknown time zone: use an IANA name such as Europe/Madrid.');

/** A BCP 47 language tag (`es`, `en-GB`): it picks the week's first day and the written language. */
export const localeSchema = z
  .string()
  .max(100)
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'Unknown locale: use a language tag such as es, ca or en-GB.');

export const journalEntrySummarySchema = z.object({
  path: z.string(),
  date: z.string(),
  title: z.string(),
  /** The first line written under the headings, as plain text ('' for an empty entry). */
  firstLine: z.string(),
  /** Domains from the entry's front matter (see `entryDomains` in a review for linked ones). */
  domains: z.array(z.string()),
  /** Unchecked `- [ ]` items in it. */
  openFollowUps: z.number().int(),
});
export type JournalEntrySummary = z.infer<typeof journalEntrySummarySchema>;

export const journalDaySchema = z.object({
  date: z.string(),
  /** Usually one; more when another entry for the same day exists elsewhere (an import). */
  entries: z.array(journalEntrySummarySchema),
});
export type JournalDay = z.infer<typeof journalDaySchema>;

export const weekSchema = z.object({
  /** First and last day of the week. */
  start: z.string(),
  end: z.string(),
  /** The first day of the week used (1 Monday … 7 Sunday). */
  firstDay: z.number().int(),
  /** Week-numbering year and week number under the locale's rule. */
  year: z.number().int(),
  number: z.number().int(),
  /** `2024-W05`. */
  label: z.string(),
});
export type JournalWeek = z.infer<typeof weekSchema>;

export const reviewNoteSchema = z.object({
  path: z.string(),
  title: z.string(),
  type: z.string(),
  domains: z.array(z.string()),
  created: z.string().nullable(),
  updated: z.string(),
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const reviewLinkSchema = z.object({
  /** The note the link is written in. */
  source: z.string(),
  sourceTitle: z.string(),
  /** 1-based line of the link in the source file. */
  line: z.number().int(),
  /** The target as written. */
  target: z.string(),
  /** The note it leads to, or null for a link to a note not written yet. */
  resolved: z.string().nullable(),
  resolvedTitle: z.string().nullable(),
});
export type ReviewLink = z.infer<typeof reviewLinkSchema>;

export const followUpSchema = z.object({
  /** The journal entry holding the item. */
  path: z.string(),
  date: z.string(),
  /** 1-based line in the entry's file. */
  line: z.number().int(),
  text: z.string(),
  /** Written in an entry of the reviewed week (else carried over from an earlier one). */
  thisWeek: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** A list the review cuts short on a very busy week: `total` says how many there were. */
const capped = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const weeklyReviewSchema = z.object({
  week: weekSchema,
  /** The week's entries, oldest first, each with its domains (its own and its links'). */
  entries: z.array(journalEntrySummarySchema.extend({ entryDomains: z.array(z.string()) })),
  /** Notes (not entries, not reviews) whose `created` falls in the week. */
  notesCreated: capped(reviewNoteSchema),
  /** Notes whose `updated` falls in the week but which were created before it. */
  notesUpdated: capped(reviewNoteSchema),
  /** Domains of the week's entries and notes, most touched first. */
  domains: z.array(
    z.object({ domain: z.string(), entries: z.number().int(), notes: z.number().int() }),
  ),
  /** Wiki links written in the week's entries and in notes created that week. */
  links: capped(reviewLinkSchema),
  /** Open `- [ ]` items in entries up to the week's end, newest entry first. */
  followUps: capped(followUpSchema),
  /** Where `journal.saveReview` writes this review, and its version if it was saved before. */
  savedReview: z.object({ path: z.string(), version: z.string().nullable() }),
});
export type WeeklyReview = z.infer<typeof weeklyReviewSchema>;

export const activityWeekSchema = z.object({
  start: z.string(),
  end: z.string(),
  label: z.string(),
  /** Entries dated in the week. */
  entries: z.number().int(),
  /**
   * The week's entries by domain, for a stacked chart. Each entry is stacked once, whole, under
   * the first domain it touches (`share`, a whole number), so a week's shares add up to its
   * entries; `entries` counts every entry that touched the domain. `domain` null gathers entries
   * without any domain.
   */
  byDomain: z.array(
    z.object({
      domain: z.string().nullable(),
      share: z.number().int(),
      entries: z.number().int(),
    }),
  ),
});

export const journalActivitySchema = z.object({
  weeks: z.array(activityWeekSchema),
  /** Every domain in the period, most entries first (null last): a stable order for colours. */
  domains: z.array(z.string().nullable()),
  streak: z.object({
    current: z.number().int(),
    longest: z.number().int(),
    today: z.boolean(),
    lastEntry: z.string().nullable(),
  }),
});
export type JournalActivity = z.infer<typeof journalActivitySchema>;

const weekArgs = {
  /** Any day of the week wanted, in the person's calendar. */
  date: isoDateSchema,
  timeZone: timeZoneSchema,
  locale: localeSchema,
};

const lessonTypeSchema = z.enum(LESSON_NOTE_TYPES);

export const journalMethods = {
  /**
   * Opens the entry for a day, creating it from the journal template when there is none:
   * `journal/YYYY/YYYY-MM-DD.md`, type journal, private, with the reflection prompts of the
   * settings in the language of `locale`. Today's entry is the renderer's today. An entry for
   * the day elsewhere (an imported `journal/2024-01-29.md`) is opened rather than doubled. Two
   * calls for one day never create two files or overwrite one.
   */
  'journal.openDay': defineMethod(
    z.object({ date: isoDateSchema, locale: localeSchema.optional() }).strict(),
    z.object({ note: noteSchema, created: z.boolean() }),
  ),

  /** The days from `from` to `to` (at most 400) that have entries: a calendar's marks. */
  'journal.days': defineMethod(
    z
      .object({ from: isoDateSchema, to: isoDateSchema })
      .strict()
      .refine((a) => a.from <= a.to, '`from` must not be after `to`.')
      // Zod runs object refinements even when a field failed: only count days between dates.
      .refine(
        (a) => !isIsoDate(a.from) || !isIsoDate(a.to) || daysBetween(a.from, a.to) < 400,
        'Ask for at most 400 days at a time.',
      ),
    z.object({ days: z.array(journalDaySchema) }),
  ),

  /**
   * Entries newest first, a page at a time: from `onOrBefore` (jump to a date; default: all),
   * continuing after `cursor` (the `nextCursor` of the previous page).
   */
  'journal.timeline': defineMethod(
    z
      .object({
        onOrBefore: isoDateSchema.optional(),
        cursor: z.string().max(2000).optional(),
        limit: z.number().int().min(1).max(200).default(30),
      })
      .strict(),
    z.object({
      entries: z.array(journalEntrySummarySchema),
      nextCursor: z.string().nullable(),
      /** All entries in the journal. */
      total: z.number().int(),
    }),
  ),

  /** Everything about one week in the locale's weeks (see WeeklyReview). */
  'journal.weeklyReview': defineMethod(z.object(weekArgs).strict(), weeklyReviewSchema),

  /**
   * Saves the week's review as a note at `savedReview.path`, in the language of `locale`. If it
   * was saved before, fails with EXISTS (data: `{ path, version }`) unless `replaceVersion` names
   * the version to replace; a stale version fails with CONFLICT.
   */
  'journal.saveReview': defineMethod(
    z.object({ ...weekArgs, replaceVersion: z.string().max(200).optional() }).strict(),
    noteSchema,
  ),

  /**
   * Entries per week over the last `months` months up to `today`'s week, by domain, and the
   * streak. An entry's domains are its own plus those of the notes it links to.
   */
  'journal.activity': defineMethod(
    z
      .object({
        today: isoDateSchema,
        locale: localeSchema,
        months: z.number().int().min(1).max(36).default(6),
      })
      .strict(),
    journalActivitySchema,
  ),

  /** What a promotion dialog proposes for `text` selected in the note at `path`. */
  'journal.promotionDraft': defineMethod(
    z.object({ path: vaultPathSchema, text: z.string().min(1).max(1_000_000) }).strict(),
    z.object({ title: z.string(), name: z.string(), domains: z.array(z.string()) }),
  ),

  /**
   * Turns text selected in a journal entry into a new solution or practice note, made from the
   * vault's template for the type (a built-in skeleton when there is none or it cannot be read):
   * the selection is its first content, under the title, with a link back to the entry; the
   * entry gets `→ [[New note]]` right after the selection. Both files are written in one atomic
   * change. `baseVersion` is the entry's version after the editor saved it: if the file changed
   * since, nothing is written (CONFLICT). `selection.start` is the selection's offset in the
   * entry's body; without it the text must occur once.
   */
  'journal.promote': defineMethod(
    z
      .object({
        path: vaultPathSchema,
        baseVersion: z.string().min(1).max(200),
        selection: z
          .object({
            text: z
              .string()
              .max(1_000_000)
              .refine((t) => t.trim() !== '', 'Select some text to promote.'),
            start: z.number().int().min(0).optional(),
          })
          .strict(),
        type: lessonTypeSchema,
        title: z.string().trim().min(1, 'A note needs a title.').max(300),
        /** File name without `.md`; default: derived from the title. */
        name: z.string().trim().min(1).max(200).optional(),
        folder: z.string().max(1024).default(''),
        /** Default: the domains suggested from the entry. */
        domains: z.array(z.string().min(1).max(100)).max(100).optional(),
        locale: localeSchema.optional(),
      })
      .strict(),
    z.object({ note: noteSchema, entry: noteSchema }),
  ),
};
