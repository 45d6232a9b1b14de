import type { Domain, DomainWithCounts, TypeCount, UnknownDomain } from '../api/domainsMethods';
import type { NoteSummary } from '../api/noteSchemas';
import { isTemplatePath } from '../templates/templatePaths';
import { domainKey, domainSlugProblem, slugify } from './domainSlug';

/**
 * Notes counted by community domain, for every part of Praxis that shows domain sizes (the core's
 * domain pages and overview, the renderer's sidebar and note fields), so that they agree: slugs
 * compare case-insensitively (`domainKey`), a note counts once per domain, and templates are
 * never counted. Domains are community views: private notes (journal entries, `private: true`,
 * see shared/journal/privacy) are counted apart and never in a domain's size or types.
 */

export interface DomainTally {
  /** The slug as the first note (by path) writes it. */
  spelling: string;
  /** Shared notes naming the domain. */
  count: number;
  /** Private notes naming it, counted apart. */
  privateCount: number;
  /** The shared notes by type. */
  byType: Map<string, number>;
}

export interface VaultDomainTally {
  /** By `domainKey`. */
  domains: Map<string, DomainTally>;
  /** Shared notes without a domain. */
  withoutDomain: number;
  /** Shared notes. */
  total: number;
  /** Private notes (with a domain or not). */
  privateTotal: number;
}

/** The notes that count: every note but templates. */
export function countableNotes(notes: readonly NoteSummary[]): NoteSummary[] {
  return notes.filter((note) => !isTemplatePath(note.path));
}

/** Whether `note` names the domain with key `key` (case-insensitively). */
export function belongsTo(note: NoteSummary, key: string): boolean {
  return note.domains.some((slug) => domainKey(slug) === key);
}

export function tallyDomains(notes: readonly NoteSummary[]): VaultDomainTally {
  const domains = new Map<string, DomainTally>();
  let withoutDomain = 0;
  let privateTotal = 0;
  for (const note of notes) {
    const keys = new Set(note.domains.map(domainKey).filter((key) => key !== ''));
    if (note.private) privateTotal++;
    else if (keys.size === 0) withoutDomain++;
    for (const key of keys) {
      let tally = domains.get(key);
      if (tally === undefined) {
        const spelling = note.domains.find((slug) => domainKey(slug) === key)!.trim();
        domains.set(key, (tally = { spelling, count: 0, privateCount: 0, byType: new Map() }));
      }
      if (note.private) {
        tally.privateCount++;
        continue;
      }
      tally.count++;
      tally.byType.set(note.type, (tally.byType.get(note.type) ?? 0) + 1);
    }
  }
  return { domains, withoutDomain, total: notes.length - privateTotal, privateTotal };
}

/** A listed domain with its sizes from `tally`. */
export function withCounts(domain: Domain, tally: VaultDomainTally): DomainWithCounts {
  const counts = tally.domains.get(domainKey(domain.slug));
  return {
    ...domain,
    noteCount: counts?.count ?? 0,
    privateCount: counts?.privateCount ?? 0,
    byType: counts ? typeCounts(counts.byType) : [],
  };
}

/** Counts by type, most first, then by type name. */
export function typeCounts(byType: ReadonlyMap<string, number>): TypeCount[] {
  return [...byType]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || compare(a.type, b.type));
}

/** Slugs notes use that the domain list lacks, most used first. */
export function unknownDomains(
  tally: VaultDomainTally,
  registry: readonly Domain[],
): UnknownDomain[] {
  const known = new Set(registry.map((domain) => domainKey(domain.slug)));
  const unknown: UnknownDomain[] = [];
  for (const [key, { spelling, count, privateCount }] of tally.domains) {
    if (known.has(key)) continue;
    const suggestion = domainSlugProblem(key) === null ? key : slugify(spelling);
    // Every note naming it would join the domain once it is created, private ones too.
    unknown.push({ slug: spelling, count: count + privateCount, suggestedSlug: suggestion });
  }
  return unknown.sort((a, b) => b.count - a.count || compare(a.slug, b.slug));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
