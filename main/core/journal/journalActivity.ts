import type { JournalActivity } from '../../../shared/api/journalMethods';
import type { JournalSettings } from '../../../shared/api/settingsMethods';
import { addDays, addMonths, type IsoDate } from '../../../shared/dates/calendarDate';
import { startOfWeek } from '../../../shared/dates/weeks';
import { journalStreak } from '../../../shared/journal/journalStreak';
import type { LinkGraph } from '../links/linkGraph';
import type { NoteRepository } from '../vault/noteRepository';
import { entryDomains } from './entryDomains';
import type { JournalIndex } from './journalIndex';
import { journalWeekRule, weekOf } from './weeklyReview';

export interface JournalActivityDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  journal: JournalIndex;
  settings: () => { journal: JournalSettings };
}

/**
 * Entries per week, from the week holding the day `months` months before `today` to the week
 * holding `today` (locale weeks), split by domain for a stacked chart, and the streak. Entries
 * dated after `today` (written ahead) are not activity yet.
 *
 * An entry counts towards every domain it touches (its own and its links', `entryDomains`) in
 * `entries`, and is stacked once, whole, under the first of them (`share`): a week's stack is as
 * tall as its number of entries and no bar shows half an entry.
 */
export function buildJournalActivity(
  { repository, linkGraph, journal, settings }: JournalActivityDeps,
  { today, locale, months }: { today: IsoDate; locale: string; months: number },
): JournalActivity {
  const rule = journalWeekRule(locale, settings().journal);
  const first = startOfWeek(addMonths(today, -months), rule.firstDay);
  const last = startOfWeek(today, rule.firstDay);

  const weeks: JournalActivity['weeks'] = [];
  const totals = new Map<string | null, number>();
  for (let start = first; start <= last; start = addDays(start, 7)) {
    const week = weekOf(start, rule);
    const byDomain = new Map<string | null, { share: number; entries: number }>();
    const entries = journal.between(week.start, week.end).filter((e) => e.date <= today);
    for (const entry of entries) {
      const domains: (string | null)[] = entryDomains(entry.path, repository, linkGraph);
      if (domains.length === 0) domains.push(null);
      for (const [index, domain] of domains.entries()) {
        const counts = byDomain.get(domain) ?? { share: 0, entries: 0 };
        if (index === 0) counts.share += 1;
        counts.entries += 1;
        byDomain.set(domain, counts);
        totals.set(domain, (totals.get(domain) ?? 0) + 1);
      }
    }
    weeks.push({
      start: week.start,
      end: week.end,
      label: week.label,
      entries: entries.length,
      byDomain: [...byDomain].map(([domain, counts]) => ({
        domain,
        share: counts.share,
        entries: counts.entries,
      })),
    });
  }

  const domains = [...totals.keys()].sort((a, b) => {
    if (a === null || b === null) return a === null ? 1 : -1;
    return totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1);
  });
  for (const week of weeks)
    week.byDomain.sort((a, b) => domains.indexOf(a.domain) - domains.indexOf(b.domain));

  return { weeks, domains, streak: journalStreak(journal.days(), today) };
}
