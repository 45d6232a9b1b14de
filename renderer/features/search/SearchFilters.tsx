import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../../shared/api/domainsMethods';
import {
  activeFilterValues,
  filterValueKey,
  type ChipFilterKey,
} from '../../../shared/search/queryFilters';
import type { FacetCount, SearchFacets } from '../../../shared/search/searchResults';

/** Chips shown per group before "Show all". */
const FOLDED_CHIPS = 8;

interface Chip {
  value: string;
  count: number;
  active: boolean;
}

/**
 * A group's chips: the facet's values with their counts, and the values the query filters on
 * even when no hit has them (so that they can be switched off here too).
 */
function chipsOf(facets: FacetCount[], query: string, key: ChipFilterKey): Chip[] {
  const active = activeFilterValues(query, key);
  const chips = facets.map((f) => ({
    value: f.value,
    count: f.count,
    active: active.has(filterValueKey(key, f.value)),
  }));
  const shown = new Set(chips.map((c) => filterValueKey(key, c.value)));
  for (const value of active) if (!shown.has(value)) chips.push({ value, count: 0, active: true });
  return chips;
}

interface ChipGroupProps {
  title: string;
  chips: Chip[];
  label(value: string): string;
  colour?(value: string): string | null;
  onToggle(value: string): void;
}

function ChipGroup({ title, chips, label, colour, onToggle }: ChipGroupProps) {
  const { t } = useTranslation('search');
  const titleId = useId();
  const [expanded, setExpanded] = useState(false);
  if (chips.length === 0) return null;
  // Active chips always show, whatever their rank.
  const shown = expanded
    ? chips
    : chips.filter((chip, index) => index < FOLDED_CHIPS || chip.active);
  return (
    <div className="search-filter-group" role="group" aria-labelledby={titleId}>
      <h2 className="search-filter-title" id={titleId}>
        {title}
      </h2>
      <div className="chip-row">
        {shown.map((chip) => {
          const name = label(chip.value);
          const swatch = colour?.(chip.value) ?? null;
          return (
            <button
              key={chip.value}
              type="button"
              className="chip"
              aria-pressed={chip.active}
              aria-label={t('filters.chip', { name, count: chip.count })}
              title={name}
              onClick={() => onToggle(chip.value)}
            >
              {swatch && (
                <span className="chip-swatch" style={{ background: swatch }} aria-hidden="true" />
              )}
              <span className="chip-name">{name}</span>
              <span className="chip-count" aria-hidden="true">
                {chip.count}
              </span>
            </button>
          );
        })}
        {chips.length > FOLDED_CHIPS && (
          <button
            type="button"
            className="link-button chip-more"
            aria-expanded={expanded}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t('filters.showFewer') : t('filters.showAll', { count: chips.length })}
          </button>
        )}
      </div>
    </div>
  );
}

interface SearchFiltersProps {
  facets: SearchFacets;
  query: string;
  /** The vault's domains by comparison key (`domainKey`), for names and colours. */
  domains: ReadonlyMap<string, Domain>;
  onToggle(key: ChipFilterKey, value: string): void;
}

/**
 * Chips to narrow the results by domain, type and tag, with how many hits each has. A chip
 * adds its filter to the query or takes it out: the query stays what the user reads and edits.
 */
export function SearchFilters({ facets, query, domains, onToggle }: SearchFiltersProps) {
  const { t } = useTranslation('search');
  const { t: tn } = useTranslation('notes');
  const domain = (slug: string) => domains.get(filterValueKey('domain', slug));
  return (
    <section className="search-filters" aria-label={t('filters.label')}>
      <ChipGroup
        title={t('filters.domains')}
        chips={chipsOf(facets.domains, query, 'domain')}
        label={(slug) => domain(slug)?.name ?? slug}
        colour={(slug) => domain(slug)?.colour ?? null}
        onToggle={(value) => onToggle('domain', value)}
      />
      <ChipGroup
        title={t('filters.types')}
        chips={chipsOf(facets.types, query, 'type')}
        label={(type) => tn(`fields.types.${type}`, { defaultValue: type })}
        onToggle={(value) => onToggle('type', value)}
      />
      <ChipGroup
        title={t('filters.tags')}
        chips={chipsOf(facets.tags, query, 'tag')}
        label={(tag) => `#${tag}`}
        onToggle={(value) => onToggle('tag', value)}
      />
    </section>
  );
}
