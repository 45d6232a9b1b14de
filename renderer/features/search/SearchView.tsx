import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../services/useFormatLocale';
import { toggleQueryFilter, type ChipFilterKey } from '../../../shared/search/queryFilters';
import type { SearchHit } from '../../../shared/search/searchResults';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useDomainDirectory } from '../../services/domainDirectory';
import { useNavigation } from '../../services/navigation';
import type { Route } from '../../services/routes';
import { useVault } from '../../state/VaultContext';
import { Icon } from '../../ui/Icon';
import { hitRoute } from './hitRoute';
import { QueryProblemNotice } from './QueryProblemNotice';
import { resultRows, rowKey, type ResultRow } from './resultRows';
import { SearchFilters } from './SearchFilters';
import { SearchHelp } from './SearchHelp';
import { SearchHitRow } from './SearchHitRow';
import { SearchIndexStatus } from './SearchIndexStatus';
import { SearchResultNotes } from './SearchResultNotes';
import { SimilarFoldRow, SimilarNoteRow } from './SimilarRows';
import { UnknownFilterNotice } from './UnknownFilterNotice';
import { useSearch } from './useSearch';
import { useSearchQuery } from './useSearchQuery';
import './search.css';

const noFolds: ReadonlySet<string> = new Set();

/** Results moved by PageUp/PageDown. */
const PAGE_JUMP = 8;
/**
 * The search view (route `search`, Ctrl/Cmd+Shift+F): results while typing, the query's problems
 * shown where they are, chips to narrow by domain, type and tag, more results on demand. The
 * search box drives the results list (a combobox with a listbox): Up/Down move through the
 * results, Enter opens one at its match, Escape clears the box. Near-duplicates of a hit are
 * folded under it in a row of their own ("4 similar notes"), which Enter opens and closes.
 */
export function SearchView({ route }: { route: Extract<Route, { view: 'search' }> }) {
  const { t } = useTranslation('search');
  const { navigate } = useNavigation();
  const { query, changeQuery, active, setActive, remember } = useSearchQuery(route);
  const search = useSearch(query);
  const { results, hits, pending } = search;
  const { byKey: domains, domains: domainList } = useDomainDirectory();
  const vault = useVault();
  const inputRef = useRef<HTMLInputElement>(null);
  const queuedOpen = useRef(false);
  const listId = useId();
  const messageId = useId();
  const optionId = (index: number) => `${listId}-hit-${index}`;
  // Folds opened (by the hit's path), for the results of one query.
  const [expanded, setExpanded] = useState<{ query: string; paths: ReadonlySet<string> }>({
    query: '',
    paths: new Set(),
  });
  const openFolds = expanded.query === search.query ? expanded.paths : noFolds;
  const rows = useMemo(() => resultRows(hits, openFolds), [hits, openFolds]);
  const activeIndex = rows.length === 0 ? -1 : Math.min(active, rows.length - 1);
  const number = useNumberFormat();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  // Ctrl/Cmd+Shift+F while here: back to the box, query selected to type over.
  useCommandHandler('search.open', () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  useLayoutEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${listId}-hit-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, listId]);

  const open = (hit: SearchHit) => {
    // The history entry of this search keeps the query, for Back.
    remember();
    navigate(hitRoute(hit));
  };

  const toggleFold = (hit: SearchHit) => {
    const paths = new Set(openFolds);
    if (paths.has(hit.path)) paths.delete(hit.path);
    else paths.add(hit.path);
    setExpanded({ query: search.query, paths });
  };

  /** What Enter or a click does on a row. */
  const activate = (row: ResultRow) => {
    if (row.kind === 'hit') open(row.hit);
    else if (row.kind === 'fold') toggleFold(row.hit);
    else {
      remember();
      navigate({ view: 'note', path: row.note.path });
    }
  };

  // Enter pressed before the results of what was typed arrived: open when they do.
  useEffect(() => {
    if (!queuedOpen.current || pending) return;
    queuedOpen.current = false;
    const first = hits[0];
    if (first) open(first);
  });

  const toggleFilter = (key: ChipFilterKey, value: string) => {
    changeQuery(toggleQueryFilter(query, key, value));
  };

  const selectInQuery = (start: number, end: number) => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(start, end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      if (rows.length === 0) return;
      // Past the last loaded result: load the next page.
      if (to >= rows.length && results && hits.length < results.total) search.loadMore();
      setActive(Math.max(0, Math.min(to, rows.length - 1)));
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(activeIndex + 1);
      case 'ArrowUp':
        return move(activeIndex - 1);
      case 'PageDown':
        return move(activeIndex + PAGE_JUMP);
      case 'PageUp':
        return move(activeIndex - PAGE_JUMP);
      case 'Enter': {
        if (event.nativeEvent.isComposing) return;
        event.preventDefault();
        if (pending) queuedOpen.current = true;
        else if (activeIndex >= 0) activate(rows[activeIndex]!);
        return;
      }
      case 'Escape':
        if (query !== '') {
          event.preventDefault();
          changeQuery('');
        }
        return;
    }
  };

  const hasQuery = query.trim() !== '';
  const shownResults = results && results.query.trim() !== '' ? results : null;
  const found = shownResults?.total ?? 0;
  const folded = shownResults?.folded ?? 0;
  // "12 notes found · 4 similar notes folded": what the list holds, and what is folded in it.
  const foundText = [
    t('found', { count: found, formatted: number.format(found) }),
    ...(folded > 0 ? [t('folded', { count: folded, formatted: number.format(folded) })] : []),
  ].join(' · ');
  return (
    <div className="page search-page">
      <header className="page-header">
        <h1 className="page-title">{t('title')}</h1>
      </header>
      <div className="search-box">
        <Icon name="search" />
        <input
          ref={inputRef}
          className="search-input"
          type="text"
          role="combobox"
          aria-label={t('inputLabel')}
          aria-expanded={rows.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-invalid={results?.error ? true : undefined}
          aria-describedby={
            results && (results.error || results.warnings.length > 0) ? messageId : undefined
          }
          placeholder={t('placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {query !== '' && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('clear')}
            title={t('clear')}
            onClick={() => {
              changeQuery('');
              inputRef.current?.focus();
            }}
          >
            <Icon name="close" />
          </button>
        )}
      </div>
      <p className="search-keys">{t('keysHint')}</p>

      <div aria-live="polite">
        {shownResults && (
          <QueryProblemNotice
            results={shownResults}
            messageId={messageId}
            onSelect={selectInQuery}
          />
        )}
        {shownResults && <SearchResultNotes results={shownResults} onSearch={changeQuery} />}
        {/* From the vault the renderer knows, so for the query as typed now. */}
        {shownResults && !shownResults.error && (
          <UnknownFilterNotice
            query={query}
            notes={vault.notes}
            domains={domainList}
            onSearch={(next) => {
              changeQuery(next);
              inputRef.current?.focus();
            }}
          />
        )}
      </div>
      <SearchIndexStatus
        status={results?.status}
        indexing={search.indexing}
        failure={search.failure}
        number={number}
        onRebuilt={search.refresh}
      />

      {results && (
        <SearchFilters
          facets={results.facets}
          query={query}
          domains={domains}
          onToggle={toggleFilter}
        />
      )}

      <p className="visually-hidden" role="status">
        {shownResults && !pending && !shownResults.error ? foundText : ''}
      </p>

      {!hasQuery ? (
        <SearchHelp />
      ) : (
        <section className="search-results" aria-labelledby={`${listId}-summary`}>
          <p
            className={shownResults?.error ? 'visually-hidden' : 'search-summary'}
            id={`${listId}-summary`}
          >
            {!shownResults ? t('searching') : shownResults.error ? t('resultsLabel') : foundText}
          </p>
          {shownResults && hits.length === 0 && !shownResults.error && !pending && (
            <div className="empty-state">
              <p className="empty-state-title">{t('noResults')}</p>
              <p>{t('noResultsHint')}</p>
            </div>
          )}
          {hits.length > 0 && (
            <ul
              id={listId}
              role="listbox"
              aria-label={t('resultsLabel')}
              className={`search-hits${pending ? ' is-stale' : ''}`}
            >
              {rows.map((row, index) => {
                const key = rowKey(row);
                const rowProps = { id: optionId(index), active: index === activeIndex };
                const onActivate = () => {
                  setActive(index);
                  activate(row);
                };
                if (row.kind === 'hit')
                  return <SearchHitRow key={key} {...rowProps} hit={row.hit} onOpen={onActivate} />;
                if (row.kind === 'fold')
                  return (
                    <SimilarFoldRow
                      key={key}
                      {...rowProps}
                      hit={row.hit}
                      count={row.similar.length}
                      expanded={row.expanded}
                      onToggle={onActivate}
                    />
                  );
                return (
                  <SimilarNoteRow
                    key={key}
                    {...rowProps}
                    note={row.note}
                    of={row.of}
                    onOpen={onActivate}
                  />
                );
              })}
            </ul>
          )}
          {shownResults && hits.length < shownResults.total && (
            <div className="search-more">
              <span>
                {t('shown', {
                  shown: number.format(hits.length),
                  total: number.format(shownResults.total),
                })}
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={search.loadingMore}
                onClick={search.loadMore}
              >
                {search.loadingMore ? t('loadingMore') : t('more')}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
