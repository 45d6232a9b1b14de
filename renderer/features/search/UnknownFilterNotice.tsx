import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../../shared/api/domainsMethods';
import type { NoteSummary } from '../../../shared/api/noteSchemas';
import { domainKey } from '../../../shared/domains/domainSlug';
import { NOTE_TYPES } from '../../../shared/notes/noteTypes';
import {
  replaceFilterValue,
  unknownFilterValues,
  type FilterOption,
  type KnownFilterValues,
} from '../../../shared/search/filterSuggestions';
import { Icon } from '../../ui/Icon';

/** The values the vault's `domain:`, `type:` and `tag:` filters can find, and their names. */
export function knownFilterValues(
  notes: readonly NoteSummary[],
  domains: readonly Domain[],
): KnownFilterValues {
  const byDomainKey = new Map<string, FilterOption>(
    domains.map((domain) => [domainKey(domain.slug), { value: domain.slug, names: [domain.name] }]),
  );
  const types = new Map<string, FilterOption>(NOTE_TYPES.map((type) => [type, { value: type }]));
  const tags = new Map<string, FilterOption>();
  for (const note of notes) {
    for (const slug of note.domains) {
      const key = domainKey(slug);
      if (key !== '' && !byDomainKey.has(key)) byDomainKey.set(key, { value: slug.trim() });
    }
    if (!types.has(note.type)) types.set(note.type, { value: note.type });
    for (const tag of note.tags) {
      const key = tag.toLowerCase();
      if (!tags.has(key)) tags.set(key, { value: tag });
    }
  }
  return { domain: [...byDomainKey.values()], type: [...types.values()], tag: [...tags.values()] };
}

/**
 * Says which `domain:`, `type:` or `tag:` value of the query no note has (`domain:hr`) and offers
 * the closest values the vault has: each a button that puts it in the query instead.
 */
export function UnknownFilterNotice({
  query,
  notes,
  domains,
  onSearch,
}: {
  query: string;
  notes: readonly NoteSummary[];
  domains: readonly Domain[];
  onSearch(query: string): void;
}) {
  const { t } = useTranslation('search');
  const known = useMemo(() => knownFilterValues(notes, domains), [notes, domains]);
  const unknown = useMemo(() => unknownFilterValues(query, known), [query, known]);
  if (unknown.length === 0) return null;
  const nameOf = (key: string, value: string) =>
    key === 'domain'
      ? domains.find((d) => domainKey(d.slug) === domainKey(value))?.name
      : undefined;
  return (
    <div className="search-unknown-filters" role="group" aria-label={t('unknownFilter.label')}>
      {unknown.map((problem) => (
        <p key={`${problem.start}:${problem.value}`} className="search-did-you-mean">
          <Icon name="info" /> {t(`unknownFilter.${problem.key}`, { value: problem.value })}{' '}
          {problem.suggestions.length === 0 ? (
            t('unknownFilter.none')
          ) : (
            <>
              {t('unknownFilter.closest')}{' '}
              {problem.suggestions.map((value, index) => {
                const filter = `${problem.key}:${value}`;
                const name = nameOf(problem.key, value);
                return (
                  <span key={value}>
                    {index > 0 && ', '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('unknownFilter.replace', { filter })}
                      onClick={() => onSearch(replaceFilterValue(query, problem, value))}
                    >
                      {name === undefined ? filter : `${filter} (${name})`}
                    </button>
                  </span>
                );
              })}
            </>
          )}
        </p>
      ))}
    </div>
  );
}
