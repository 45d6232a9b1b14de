import type { DomainWithCounts } from '../../../shared/api/domainsMethods';
import { isKnownNoteType, NOTE_TYPES } from '../../../shared/notes/noteTypes';

/** One bar per domain, one stacked segment per note type. */
export interface DomainChartData {
  /** Domains, biggest first: the order of the bars, and of the table that mirrors them. */
  domains: DomainWithCounts[];
  /** Bar labels: the domains' names. */
  labels: string[];
  /** Note types present, in NOTE_TYPES order then alphabetical, each with a count per domain. */
  series: { type: string; counts: number[] }[];
}

/**
 * The overview chart's figures: domains by size (then name), and for each note type present
 * the number of each domain's notes of that type. Types no domain has are left out, so the
 * legend lists only what is drawn.
 */
export function domainChartData(domains: readonly DomainWithCounts[]): DomainChartData {
  const sorted = [...domains].sort(
    (a, b) => b.noteCount - a.noteCount || a.name.localeCompare(b.name),
  );
  const present = new Set(sorted.flatMap((d) => d.byType.map((entry) => entry.type)));
  const types = [
    ...NOTE_TYPES.filter((type) => present.has(type)),
    ...[...present].filter((type) => !isKnownNoteType(type)).sort(),
  ];
  return {
    domains: sorted,
    labels: sorted.map((d) => d.name),
    series: types.map((type) => ({
      type,
      counts: sorted.map((d) => d.byType.find((entry) => entry.type === type)?.count ?? 0),
    })),
  };
}

/**
 * The CSS variable holding a type's chart colour (see domains.css, per theme): one per known type,
 * and one "other" colour for the rest.
 */
export function typeColourVariable(type: string): string {
  return isKnownNoteType(type) ? `--chart-type-${type}` : '--chart-type-other';
}

/** Room for each bar, so that long domain lists stay readable (the chart scrolls with the page). */
export function chartHeight(barCount: number): number {
  return Math.max(160, 56 + barCount * 34);
}
