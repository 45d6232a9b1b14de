import type { JournalActivity } from '../../../shared/api/journalMethods';
import { formatIsoDate, formatIsoDateRange } from '../../../shared/dates/formatDate';

export interface ActivityWeek {
  start: string;
  /** Under its bar: `29 Jan`. */
  label: string;
  /** In tooltips and the table: `29 Jan – 4 Feb 2024`. */
  range: string;
  entries: number;
}

/** One domain's part of every week's bar. */
export interface ActivitySeries {
  /** The domain slug; null for entries without a domain. */
  domain: string | null;
  label: string;
  colour: string;
  /** Stack heights: the domain's share of each week's entries (they add up to the week's). */
  shares: number[];
  /** Entries of each week that touched the domain. */
  entries: number[];
}

export interface ActivityChartModel {
  weeks: ActivityWeek[];
  series: ActivitySeries[];
  /** Entries in the period. */
  total: number;
  /** The week with most entries (the latest of equals), or null when there were none. */
  busiest: ActivityWeek | null;
}

export interface ActivityChartOptions {
  locale: string;
  /** A domain's name (the slug when the registry does not know it). */
  nameOf(slug: string): string;
  /** A domain's colour from the registry, or null when it has none. */
  colourOf(slug: string): string | null;
  /** Label and colour of entries without a domain. */
  noDomain: { label: string; colour: string };
  /** Colours, from the theme, for domains the registry does not know; used in turn. */
  fallbackColours: readonly string[];
}

/**
 * What the activity chart and its table show: one bar per week, stacked by domain in the
 * order the core gives (most entries first, no domain last), each domain in its registry
 * colour. Stacks use `share` (each entry once, whole), so a bar is as tall as the week's entries
 * even when an entry touches several domains; the table and tooltips give each domain's entries.
 */
export function activityChartModel(
  activity: JournalActivity,
  options: ActivityChartOptions,
): ActivityChartModel {
  const weeks = activity.weeks.map((week) => ({
    start: week.start,
    label: formatIsoDate(week.start, options.locale, { day: 'numeric', month: 'short' }),
    range: formatIsoDateRange(week.start, week.end, options.locale),
    entries: week.entries,
  }));
  let fallback = 0;
  const series = activity.domains.map((domain): ActivitySeries => {
    const colour =
      domain === null
        ? options.noDomain.colour
        : (options.colourOf(domain) ??
          options.fallbackColours[fallback++ % Math.max(1, options.fallbackColours.length)] ??
          options.noDomain.colour);
    const part = activity.weeks.map((week) => week.byDomain.find((d) => d.domain === domain));
    return {
      domain,
      label: domain === null ? options.noDomain.label : options.nameOf(domain),
      colour,
      shares: part.map((p) => p?.share ?? 0),
      entries: part.map((p) => p?.entries ?? 0),
    };
  });
  const total = weeks.reduce((sum, week) => sum + week.entries, 0);
  const busiest = weeks.reduce<ActivityWeek | null>(
    (best, week) => (week.entries > 0 && week.entries >= (best?.entries ?? 0) ? week : best),
    null,
  );
  return { weeks, series, total, busiest };
}

/** Each domain with entries in a week, `Procurement 2, HR 1`-style parts for the table. */
export function weekBreakdown(
  model: ActivityChartModel,
  index: number,
): { label: string; entries: number }[] {
  return model.series
    .filter((s) => (s.entries[index] ?? 0) > 0)
    .map((s) => ({ label: s.label, entries: s.entries[index]! }));
}
