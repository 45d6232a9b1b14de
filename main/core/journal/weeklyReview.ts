import type {
  FollowUp,
  JournalWeek,
  ReviewLink,
  ReviewNote,
  WeeklyReview,
} from '../../../shared/api/journalMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import type { JournalSettings } from '../../../shared/api/settingsMethods';
import { addDays, type IsoDate } from '../../../shared/dates/calendarDate';
import {
  calendarDateOfTimestamp,
  localDateTimeOf,
  localDayRange,
} from '../../../shared/dates/timeZone';
import {
  formatWeekOfYear,
  startOfWeek,
  weekOfYear,
  weekRuleForLocale,
  withFirstDay,
  type WeekRule,
} from '../../../shared/dates/weeks';
import {
  REVIEW_TYPE,
  journalEntryDate,
  weeklyReviewPath,
} from '../../../shared/journal/journalPaths';
import { linkKey } from '../../../shared/links/linkResolver';
import { isTemplatePath } from '../../../shared/templates/templatePaths';
import type { LinkGraph } from '../links/linkGraph';
import type { NoteRepository } from '../vault/noteRepository';
import { isNotePath } from '../vault/vaultPaths';
import { entryDomains } from './entryDomains';
import { toEntrySummary, type JournalIndex } from './journalIndex';

export interface WeeklyReviewDeps {
  repository: NoteRepository;
  linkGraph: LinkGraph;
  journal: JournalIndex;
  settings: () => { journal: JournalSettings };
}

export interface WeekArgs {
  date: IsoDate;
  timeZone: string;
  locale: string;
}

/** Longest list a review returns; a week that imported thousands of notes says how many. */
export const REVIEW_LIST_LIMIT = 500;

/** The week rule for a locale, with the first day the settings may impose. */
export function journalWeekRule(locale: string, settings: JournalSettings): WeekRule {
  return withFirstDay(
    weekRuleForLocale(locale),
    settings.firstDayOfWeek as WeekRule['firstDay'] | null,
  );
}

/** The week holding `date` under `rule`. */
export function weekOf(date: IsoDate, rule: WeekRule): JournalWeek {
  const start = startOfWeek(date, rule.firstDay);
  const week = weekOfYear(start, rule);
  return {
    start,
    end: addDays(start, 6),
    firstDay: rule.firstDay,
    year: week.year,
    number: week.week,
    label: formatWeekOfYear(week),
  };
}

/**
 * Everything about one week, in the person's calendar (`timeZone`, the locale's weeks):
 *
 * - entries: the journal entries dated in the week;
 * - notes created / updated: other notes (not entries, saved reviews or templates) whose `created`, else
 *   whose `updated`, falls on one of the week's days in `timeZone` (a bare date is taken as
 *   written);
 * - domains: those of the week's entries (their own and their links', see `entryDomains`) and of
 *   the notes created or updated;
 * - links made: the wiki links to notes written in the week's entries and in the notes created
 *   that week. Notes only updated that week are left out: without their earlier text, links
 *   added this week cannot be told from links that were always there, and listing every link of
 *   an old note touched for a typo would drown the week's real connections;
 * - follow-ups: open `- [ ]` items of every entry up to the week's end (older ones are carried
 *   over until ticked), newest entry first.
 */
export async function buildWeeklyReview(
  { repository, linkGraph, journal, settings }: WeeklyReviewDeps,
  { date, timeZone, locale }: WeekArgs,
): Promise<WeeklyReview> {
  const week = weekOf(date, journalWeekRule(locale, settings().journal));
  const range = localDayRange(week.start, week.end, timeZone);

  const entries = journal.between(week.start, week.end).map((record) => ({
    ...toEntrySummary(record),
    entryDomains: entryDomains(record.path, repository, linkGraph),
  }));

  const created: NoteSummary[] = [];
  const updated: NoteSummary[] = [];
  for (const note of repository.list()) {
    // Templates are not notes of the week, even when they were first written in it.
    if (note.type === REVIEW_TYPE || journalEntryDate(note) !== null || isTemplatePath(note.path))
      continue;
    if (note.created !== null && range.contains(note.created)) created.push(note);
    else if (range.contains(note.updated)) updated.push(note);
  }
  const byTime = (field: 'created' | 'updated') => (a: NoteSummary, b: NoteSummary) =>
    compare(dayKey(a[field], timeZone), dayKey(b[field], timeZone)) ||
    compare(a.title.toLowerCase(), b.title.toLowerCase());
  created.sort(byTime('created'));
  updated.sort(byTime('updated'));

  const domains = new Map<string, { domain: string; entries: number; notes: number }>();
  const touch = (domain: string, kind: 'entries' | 'notes') => {
    const counts = domains.get(domain) ?? { domain, entries: 0, notes: 0 };
    counts[kind]++;
    domains.set(domain, counts);
  };
  for (const entry of entries) for (const domain of entry.entryDomains) touch(domain, 'entries');
  for (const note of [...created, ...updated])
    for (const domain of note.domains) touch(domain, 'notes');

  const links = linksMade(
    [...entries.map((e) => e.path), ...created.map((n) => n.path)],
    repository,
    linkGraph,
  );

  const followUps: FollowUp[] = [];
  for (const record of journal.newestFirst()) {
    if (record.date > week.end) continue;
    for (const task of record.tasks)
      if (!task.done)
        followUps.push({
          path: record.path,
          date: record.date,
          line: task.line,
          text: task.text,
          thisWeek: record.date >= week.start,
        });
  }

  const reviewPath = weeklyReviewPath(week.label);
  const version = repository.has(reviewPath)
    ? ((await repository.readRaw(reviewPath).catch(() => null))?.version ?? null)
    : null;

  return {
    week,
    entries,
    notesCreated: cap(created.map(toReviewNote)),
    notesUpdated: cap(updated.map(toReviewNote)),
    domains: [...domains.values()].sort(
      (a, b) => b.entries + b.notes - (a.entries + a.notes) || compare(a.domain, b.domain),
    ),
    links: cap(links),
    followUps: cap(followUps),
    savedReview: { path: reviewPath, version },
  };
}

/** The links to notes written in `sources`, each source → target pair once, in order. */
function linksMade(
  sources: readonly string[],
  repository: NoteRepository,
  linkGraph: LinkGraph,
): ReviewLink[] {
  const out: ReviewLink[] = [];
  for (const source of sources) {
    const sourceTitle = repository.summary(source)?.title ?? source;
    const seen = new Set<string>();
    for (const link of linkGraph.outgoing(source)) {
      // Links to a heading of the note itself, to attachments and unresolved embeds (a missing
      // image) are not connections between notes.
      if (link.target === '' || link.resolved === source) continue;
      if (link.resolved === null ? link.embed : !isNotePath(link.resolved)) continue;
      const key = link.resolved ?? `?${linkKey(link.target)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        source,
        sourceTitle,
        line: link.line,
        target: link.target,
        resolved: link.resolved,
        resolvedTitle:
          link.resolved === null ? null : (repository.summary(link.resolved)?.title ?? null),
      });
    }
  }
  return out;
}

function toReviewNote(note: NoteSummary): ReviewNote {
  return {
    path: note.path,
    title: note.title,
    type: note.type,
    domains: note.domains,
    created: note.created,
    updated: note.updated,
  };
}

function cap<T>(items: T[]): { items: T[]; total: number } {
  return { items: items.slice(0, REVIEW_LIST_LIMIT), total: items.length };
}

/**
 * A sort key placing a timestamp in the person's time: its day and wall-clock time in the zone.
 * A bare date sorts first in its day.
 */
function dayKey(timestamp: string | null, timeZone: string): string {
  if (timestamp === null) return '';
  const date = calendarDateOfTimestamp(timestamp, timeZone);
  if (date === null) return '';
  if (/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(timestamp)) return date;
  const ms = Date.parse(timestamp);
  const time =
    /[zZ]|[+-]\d{2}:?\d{2}$/.test(timestamp.trim()) && !Number.isNaN(ms)
      ? localDateTimeOf(ms, timeZone)
      : null;
  const clock =
    time === null
      ? timestamp.trim().slice(11)
      : [time.hour, time.minute, time.second].map((n) => String(n).padStart(2, '0')).join(':');
  return `${date}\n${clock}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
