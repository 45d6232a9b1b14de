import type { ApiHandlers } from '../../../shared/api/contract';
import type { journalMethods } from '../../../shared/api/journalMethods';
import type { CoreServices } from '../coreServices';

export function createJournalHandlers({
  journal,
}: CoreServices): Pick<ApiHandlers, keyof typeof journalMethods> {
  return {
    'journal.openDay': ({ date, locale }) => journal.openDay(date, locale),
    'journal.days': async ({ from, to }) => journal.days(from, to),
    'journal.timeline': async (args) => journal.timeline(args),
    'journal.weeklyReview': (args) => journal.weeklyReview(args),
    'journal.saveReview': (args) => journal.saveReview(args),
    'journal.activity': async (args) => journal.activity(args),
    'journal.promotionDraft': async ({ path, text }) => journal.promotionDraft(path, text),
    'journal.promote': (args) => journal.promote(args),
  };
}
