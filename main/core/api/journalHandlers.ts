import type { ApiHandlers } from '../../../shared/api/contract';
import type { journalMethods } from '../../../shared/api/journalMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import type { CoreServices } from '../coreServices';
import { toEntrySummary } from '../journal/journalIndex';
import { buildJournalActivity } from '../journal/journalActivity';
import { openJournalDay } from '../journal/openJournalDay';
import type { LessonNoteType } from '../../../shared/notes/noteTypes';
import type { LessonTemplate } from '../journal/journalTemplates';
import { promoteToLesson, promotionDraft } from '../journal/promoteToLesson';
import { buildWeeklyReview } from '../journal/weeklyReview';
import { saveWeeklyReview } from '../journal/weeklyReviewNote';
import { decodeTimelineCursor, encodeTimelineCursor } from '../journal/timelineCursor';

export function createJournalHandlers({
  repository,
  linkGraph,
  journal,
  store,
  templates,
  clock,
}: CoreServices): Pick<ApiHandlers, keyof typeof journalMethods> {
  const settings = () => store.data.settings;
  const deps = { repository, linkGraph, journal, settings };

  /** The vault's template for a type: the one named after it (`Solution`), else the first. */
  const lessonTemplate = async (type: LessonNoteType): Promise<LessonTemplate | null> => {
    const ofType = (await templates.list()).filter((t) => t.type === type);
    const found = ofType.find((t) => t.name.toLowerCase() === type) ?? ofType[0];
    if (found === undefined) return null;
    return { path: found.path, text: (await repository.readRaw(found.path)).raw };
  };
  const domainName = (slug: string) =>
    store.data.domains.find((d) => domainKey(d.slug) === domainKey(slug))?.name ?? slug;

  return {
    'journal.openDay': ({ date, locale }) => openJournalDay(deps, date, locale),

    'journal.days': async ({ from, to }) => {
      const days = new Map<string, ReturnType<typeof toEntrySummary>[]>();
      for (const record of journal.between(from, to)) {
        const list = days.get(record.date) ?? [];
        list.push(toEntrySummary(record));
        days.set(record.date, list);
      }
      return { days: [...days].map(([date, entries]) => ({ date, entries })) };
    },

    'journal.timeline': async ({ onOrBefore, cursor, limit }) => {
      const all = journal.newestFirst();
      const after = cursor === undefined ? null : decodeTimelineCursor(cursor);
      const page: ReturnType<typeof toEntrySummary>[] = [];
      let i = 0;
      // Entries are few (one a day), so a scan is cheaper than keeping another index.
      while (
        i < all.length &&
        ((onOrBefore !== undefined && all[i]!.date > onOrBefore) ||
          (after !== null &&
            (all[i]!.date > after.date ||
              (all[i]!.date === after.date && all[i]!.path <= after.path))))
      )
        i++;
      for (; i < all.length && page.length < limit; i++) page.push(toEntrySummary(all[i]!));
      const last = page[page.length - 1];
      return {
        entries: page,
        nextCursor: i < all.length && last ? encodeTimelineCursor(last) : null,
        total: all.length,
      };
    },

    'journal.weeklyReview': (args) => buildWeeklyReview(deps, args),

    'journal.saveReview': (args) =>
      saveWeeklyReview(
        {
          ...deps,
          linkTextFor: (target, from) => linkGraph.linkTextFor(target, from),
          domainName,
        },
        args,
      ),

    'journal.activity': async (args) => buildJournalActivity(deps, args),

    'journal.promotionDraft': async ({ path, text }) =>
      promotionDraft({ repository, linkGraph }, path, text),

    'journal.promote': (args) =>
      promoteToLesson(
        {
          repository,
          linkGraph,
          defaultLocale: () => settings().locale ?? 'en',
          lessonTemplate,
          domainName,
          clock,
        },
        args,
      ),
  };
}
