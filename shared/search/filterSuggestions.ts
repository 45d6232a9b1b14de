import { foldDiacritics } from '../text/foldDiacritics';
import { editDistance } from '../text/editDistance';
import { filterValueKey, type ChipFilterKey } from './queryFilters';
import { parseQuery } from './queryParser';
import { tagMatches } from '../tags/tagMatch';

/**
 * What to say about a `domain:`, `type:` or `tag:` filter whose value no note has (`domain:hr`):
 * the search finds nothing and used to say nothing, so the search view lists the closest values
 * the vault has, each replacing the unknown one in the query.
 *
 * Closeness, best first: the value is a domain's name (`domain:"HR and talent"`), the start of a
 * value or of a word of its name (`hr` → `hr-and-talent`), inside it, or a few typing mistakes
 * away (`procurment`); accents and case never count. Values too far from every option get none.
 *
 * @example
 * const known = { domain: [{ value: 'hr-and-talent', names: ['HR and talent'] }], type: [], tag: [] };
 * unknownFilterValues('domain:hr budget', known)
 * // [{ key: 'domain', value: 'hr', start: 0, end: 9, suggestions: ['hr-and-talent'] }]
 */

/** A value a filter may take, with the other names a reader knows it by (a domain's name). */
export interface FilterOption {
  value: string;
  names?: readonly string[];
}

export type KnownFilterValues = Record<ChipFilterKey, readonly FilterOption[]>;

export interface UnknownFilterValue {
  key: ChipFilterKey;
  /** As typed. */
  value: string;
  /** Where the whole filter (`domain:hr,x`) is in the query. */
  start: number;
  end: number;
  /** The closest known values, best first; empty when none is close. */
  suggestions: string[];
}

const CHIP_KEYS: ReadonlySet<string> = new Set<ChipFilterKey>(['domain', 'type', 'tag']);

/** Every value of the query's `domain:`, `type:` and `tag:` filters that matches no option. */
export function unknownFilterValues(
  query: string,
  known: KnownFilterValues,
  limit = 3,
): UnknownFilterValue[] {
  const unknown: UnknownFilterValue[] = [];
  for (const node of parseQuery(query).nodes) {
    // An excluded unknown value (-domain:x) excludes nothing and hides no result: left alone.
    if (node.kind !== 'filter' || node.negated || !CHIP_KEYS.has(node.key)) continue;
    const key = node.key as ChipFilterKey;
    for (const value of node.values) {
      if (isKnownValue(key, value, known[key])) continue;
      unknown.push({
        key,
        value,
        start: node.start,
        end: node.end,
        suggestions: closestValues(key, value, known[key], limit),
      });
    }
  }
  return unknown;
}

/** Whether a note could match `key:value`: a tag filter also finds the tags nested under it. */
function isKnownValue(
  key: ChipFilterKey,
  value: string,
  options: readonly FilterOption[],
): boolean {
  const wanted = filterValueKey(key, value);
  return options.some((option) =>
    key === 'tag' ? tagMatches(value, option.value) : filterValueKey(key, option.value) === wanted,
  );
}

/** The known values closest to `typed`, best first (see the module comment). */
export function closestValues(
  key: ChipFilterKey,
  typed: string,
  options: readonly FilterOption[],
  limit = 3,
): string[] {
  const target = fold(filterValueKey(key, typed));
  if (target === '') return [];
  const scored: { value: string; score: number }[] = [];
  for (const option of options) {
    let best = Infinity;
    for (const name of [option.value, ...(option.names ?? [])]) {
      best = Math.min(best, closeness(target, fold(name), name !== option.value));
    }
    if (best < Infinity) scored.push({ value: option.value, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareText(a.value, b.value))
    .slice(0, limit)
    .map((entry) => entry.value);
}

/** Lower is closer; Infinity is not close at all. */
function closeness(target: string, candidate: string, isName: boolean): number {
  if (candidate === target) return isName ? 0 : 1;
  if (candidate.startsWith(target)) return 2;
  const words = candidate.split(/[\s/_-]+/);
  if (words.some((word) => word.startsWith(target))) return 3;
  if (target.length >= 3 && candidate.includes(target)) return 4;
  // Typing mistakes: about one per four letters typed, compared with the value or one word of it.
  const allowed = Math.max(1, Math.floor(target.length / 4));
  const distance = Math.min(
    editDistance(target, candidate),
    ...words.map((word) => editDistance(target, word)),
  );
  return distance <= allowed ? 5 + distance : Infinity;
}

function fold(text: string): string {
  return foldDiacritics(text.trim().toLowerCase());
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The query with the value `from` of its `key:` filter at `start` replaced by `to`, keeping the
 * filter's other values and everything else as written.
 */
export function replaceFilterValue(
  query: string,
  problem: Pick<UnknownFilterValue, 'key' | 'value' | 'start' | 'end'>,
  to: string,
): string {
  const node = parseQuery(query).nodes.find(
    (n) => n.kind === 'filter' && n.start === problem.start && n.end === problem.end,
  );
  if (node === undefined || node.kind !== 'filter') return query;
  const written = query.slice(node.start, node.end);
  const typedKey = written.slice(0, written.indexOf(':'));
  const values = node.values.map((v) => (v === problem.value ? to : v));
  const unique = [...new Map(values.map((v) => [filterValueKey(problem.key, v), v])).values()];
  const text = unique.map((v) => (/[\s,"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v)).join(',');
  return query.slice(0, node.start) + `${typedKey}:${text}` + query.slice(node.end);
}
