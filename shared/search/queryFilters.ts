/**
 * Filters of a search query as the search view's chips see them: which `domain:`, `type:` and
 * `tag:` values a query asks for, and the query with one of them switched on or off. The query
 * text stays the one truth: a chip only edits it, in a way the user can read and undo by hand.
 *
 *     toggleQueryFilter('budget', 'domain', 'finance')           // 'domain:finance budget'
 *     toggleQueryFilter('domain:finance budget', 'domain', 'finance') // 'budget'
 *     toggleQueryFilter('tag:a,b x', 'tag', 'a')                  // 'tag:b x'
 */
import { domainKey } from '../domains/domainSlug';
import { tagKey } from '../tags/tagMatch';
import { parseQuery, type ListFilterNode } from './queryParser';

export type ChipFilterKey = 'domain' | 'type' | 'tag';

/** How a filter value compares, as the search engine compares it for that key. */
export function filterValueKey(key: ChipFilterKey, value: string): string {
  switch (key) {
    case 'domain':
      return domainKey(value);
    case 'tag':
      return tagKey(value);
    case 'type':
      return value.trim().toLowerCase();
    default: {
      const unknown: never = key;
      throw new Error(`Unknown filter ${String(unknown)}`);
    }
  }
}

function positiveFilters(query: string, key: ChipFilterKey): ListFilterNode[] {
  return parseQuery(query).nodes.filter(
    (node): node is ListFilterNode => node.kind === 'filter' && node.key === key && !node.negated,
  );
}

/** The values the query's `key:` filters ask for (not the excluded ones), in comparison form. */
export function activeFilterValues(query: string, key: ChipFilterKey): Set<string> {
  return new Set(
    positiveFilters(query, key).flatMap((node) => node.values.map((v) => filterValueKey(key, v))),
  );
}

/** `value` as a filter value: quoted when it holds a space or a quote mark would end it. */
function filterText(key: ChipFilterKey, value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return `${key}:${/[\s,]/.test(clean) ? `"${clean}"` : clean}`;
}

/** Removes `text[start, end)` and the spaces it leaves doubled. */
function cut(text: string, start: number, end: number): string {
  const before = text.slice(0, start).replace(/\s+$/, '');
  const after = text.slice(end).replace(/^\s+/, '');
  return before && after ? `${before} ${after}` : before + after;
}

/**
 * The query with the filter `key:value` removed if it asks for it, else added. Added filters go
 * after the filters the query starts with, before its words, so that the word being typed stays
 * last (and is still matched as a prefix while typing).
 */
export function toggleQueryFilter(query: string, key: ChipFilterKey, value: string): string {
  const wanted = filterValueKey(key, value);
  const matching = positiveFilters(query, key).filter((node) =>
    node.values.some((v) => filterValueKey(key, v) === wanted),
  );
  if (matching.length > 0) {
    let result = query;
    // From the end, so that earlier offsets stay valid.
    for (const node of [...matching].sort((a, b) => b.start - a.start)) {
      const rest = node.values.filter((v) => filterValueKey(key, v) !== wanted);
      if (rest.length === 0) {
        result = cut(result, node.start, node.end);
      } else {
        const written = result.slice(node.start, node.end);
        const typedKey = written.slice(0, written.indexOf(':'));
        const replacement = `${typedKey}:${rest.map((v) => filterText(key, v).slice(key.length + 1)).join(',')}`;
        result = result.slice(0, node.start) + replacement + result.slice(node.end);
      }
    }
    return result;
  }
  const nodes = parseQuery(query).nodes;
  let insertAt = 0;
  for (const node of nodes) {
    if (node.kind !== 'filter' && node.kind !== 'date') break;
    insertAt = node.end;
  }
  const head = [query.slice(0, insertAt).trimEnd(), filterText(key, value)]
    .filter((part) => part !== '')
    .join(' ');
  const tail = query.slice(insertAt).trimStart();
  // A query that ended with a space (its last word complete) keeps it.
  if (tail === '') return /\s$/.test(query) ? `${head} ` : head;
  return `${head} ${tail}`;
}
