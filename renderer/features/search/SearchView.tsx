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
import { z } from 'zod';
import { toggleQueryFilter, type ChipFilterKey } from '../../../shared/search/queryFilters';
import type { QueryProblem } from '../../../shared/search/queryParser';
import type { SearchHit, SearchResults } from '../../../shared/search/searchResults';
import { useApiClient } from '../../api/ApiContext';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useDomainDirectory } from '../../services/domainDirectory';
import { useNavigation } from '../../services/navigation';
import type { Route } from '../../services/routes';
import { useToasts } from '../../services/toasts';
import { useDateFormat } from '../../services/useDateFormat';
import { useUiState } from '../../services/useUiState';
import { Icon } from '../../ui/Icon';
import { hitRoute } from './hitRoute';
import { SearchFilters } from './SearchFilters';
import { SearchResultNotes } from './SearchResultNotes';
import { SnippetText } from './SnippetText';
import { useSearch } from './useSearch';
import './search.css';

/** Results moved by PageUp/PageDown. */
const PAGE_JUMP = 8;
/** The route (and the remembered query) follow the typed query after this pause. */
const REMEMBER_DELAY_MS = 400;

const lastQuerySchema = z.string().max(1000);

/** A problem's text in the UI language, from its code (the English message as a fallback). */
function useProblemText(): (problem: Pick<QueryProblem, 'code' | 'params' | 'message'>) => string {
  const { t } = useTranslation('search');
  return (problem) =>
    t(`problems.${problem.code}`, { ...problem.params, defaultValue: problem.message });
}

/** The query with the part a problem is about marked, and a way to select it in the box. */
function QueryProblemNotice({
  results,
  messageId,
  onSelect,
}: {
  results: SearchResults;
  messageId: string;
  onSelect(start: number, end: number): void;
}) {
  const { t } = useTranslation('search');
  const problemText = useProblemText();
  const { error, warnings, query } = results;
  if (!error && warnings.length === 0) return null;
  if (error) {
    const start = Math.min(error.position, query.length);
    const end = Math.min(Math.max(error.end, start), query.length);
    return (
      <div className="search-problem">
        <p className="search-problem-title">
          <Icon name="warning" /> {t('problemTitle')}
        </p>
        <p id={messageId}>{problemText(error)}</p>
        {end > start && (
          <p className="search-problem-query">
            <span className="search-problem-hint">{t('problemPart')}</span>{' '}
            <button
              type="button"
              className="search-problem-part"
              title={t('problemSelect')}
              onClick={() => onSelect(start, end)}
            >
              {query.slice(0, start)}
              <mark>{query.slice(start, end)}</mark>
              {query.slice(end)}
            </button>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="search-warnings">
      <p className="visually-hidden">{t('warningsTitle')}</p>
      <ul id={messageId}>
        {warnings.map((warning, i) => (
          <li key={i}>
            <Icon name="info" /> {problemText(warning)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SearchHelp() {
  const { t } = useTranslation('search');
  const rows: [string, string][] = [
    ['budget review', t('help.words')],
    ['"framework agreement"', t('help.phrase')],
    ['-draft', t('help.exclude')],
    ['budg*', t('help.prefix')],
    ['tendr~1', t('help.fuzzy')],
    ['title:onboarding', t('help.field')],
    ['domain:procurement', t('help.domain')],
    ['tag:contracts', t('help.tag')],
    ['type:practice', t('help.type')],
    ['from:"ministry of finance"', t('help.from')],
    ['updated:>2026-01-01', t('help.updated')],
    ['*', t('help.all')],
  ];
  return (
    <section className="search-help" aria-labelledby="search-help-title">
      <h2 id="search-help-title" className="search-help-title">
        {t('help.title')}
      </h2>
      <p>{t('help.intro')}</p>
      <dl className="search-help-table">
        {rows.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help-note">{t('help.templates')}</p>
    </section>
  );
}

function HitRow({
  hit,
  id,
  active,
  onOpen,
}: {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen(): void;
}) {
  const { t } = useTranslation('search');
  const { t: tn } = useTranslation('notes');
  const date = useDateFormat();
  const title = hit.snippets.find((s) => s.field === 'title');
  const body = hit.snippets.find((s) => s.field === 'body');
  const folder = hit.path.includes('/') ? hit.path.slice(0, hit.path.lastIndexOf('/')) : '';
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-meta ${id}-snippet`}
      className={`search-hit${active ? ' is-active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      <span className="search-hit-title" id={`${id}-title`}>
        {title ? <SnippetText text={title.text} highlights={title.highlights} /> : hit.title}
      </span>
      <span className="search-hit-meta" id={`${id}-meta`}>
        {folder && <span>{t('hit.folder', { folder })}</span>}
        <span>{tn(`fields.types.${hit.type}`, { defaultValue: hit.type })}</span>
        <span>{t('hit.updated', { date: date.relative(hit.updated) })}</span>
      </span>
      <span className="search-hit-snippet" id={`${id}-snippet`}>
        {body && <SnippetText text={body.text} highlights={body.highlights} />}
      </span>
    </li>
  );
}

/**
 * The search view (route `search`, Ctrl/Cmd+Shift+F): results while typing, the query's problems
 * shown where they are, chips to narrow by domain, type and tag, more results on demand. The
 * search box drives the results list (a combobox with a listbox): Up/Down move through the
 * results, Enter opens one at its match, Escape clears the box.
 */
export function SearchView({ route }: { route: Extract<Route, { view: 'search' }> }) {
  const { t, i18n } = useTranslation('search');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const { notify, notifyError } = useToasts();
  const [lastQuery, setLastQuery] = useUiState('search.lastQuery', lastQuerySchema, '');
  const [query, setQuery] = useState(() =>
    typeof route.query === 'string' ? route.query : lastQuery,
  );
  const search = useSearch(query);
  const { results, hits, pending } = search;
  const [active, setActive] = useState(0);
  const { byKey: domains } = useDomainDirectory();
  const [rebuilding, setRebuilding] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const queuedOpen = useRef(false);
  const listId = useId();
  const messageId = useId();
  const optionId = (index: number) => `${listId}-hit-${index}`;
  const activeIndex = hits.length === 0 ? -1 : Math.min(active, hits.length - 1);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);

  // The route and the remembered query follow typing, without a history entry per keystroke.
  const [pushedQuery, setPushedQuery] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setPushedQuery(query);
      navigate({ view: 'search', query }, { replace: true });
      setLastQuery(query);
    }, REMEMBER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, navigate, setLastQuery]);

  // Another part of the app asked for a query (a link to a search): show it. The route's query
  // catching up with typing is not such a request.
  const routeQuery = route.query;
  const [followedQuery, setFollowedQuery] = useState(routeQuery);
  if (routeQuery !== followedQuery) {
    setFollowedQuery(routeQuery);
    if (typeof routeQuery === 'string' && routeQuery !== pushedQuery && routeQuery !== query) {
      setQuery(routeQuery);
      setActive(0);
    }
  }

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
    navigate({ view: 'search', query }, { replace: true });
    setLastQuery(query);
    navigate(hitRoute(hit));
  };

  // Enter pressed before the results of what was typed arrived: open when they do.
  useEffect(() => {
    if (!queuedOpen.current || pending) return;
    queuedOpen.current = false;
    const first = hits[0];
    if (first) open(first);
  });

  const changeQuery = (next: string) => {
    setQuery(next);
    setActive(0);
  };

  const toggleFilter = (key: ChipFilterKey, value: string) => {
    changeQuery(toggleQueryFilter(query, key, value));
  };

  const selectInQuery = (start: number, end: number) => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(start, end);
  };

  const rebuild = async () => {
    setRebuilding(true);
    try {
      const summary = await api['search.rebuild']({});
      notify({ kind: 'success', message: t('index.rebuilt', { count: summary.indexed }) });
      search.refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setRebuilding(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      if (hits.length === 0) return;
      // Past the last loaded result: load the next page.
      if (to >= hits.length && results && hits.length < results.total) search.loadMore();
      setActive(Math.max(0, Math.min(to, hits.length - 1)));
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
        else if (activeIndex >= 0) open(hits[activeIndex]!);
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

  const status = results?.status;
  const indexing = search.indexing;
  // Every note read, the index is still being put together: "6,000 of 6,000" would say it is done.
  const building = ({ done, total }: { done: number; total: number }) =>
    done >= total
      ? t('index.finishing')
      : t('index.building', { done: number.format(done), total: number.format(total) });
  const indexLine = rebuilding
    ? t('index.rebuilding')
    : indexing
      ? building(indexing)
      : status?.state === 'loading'
        ? t('index.loading')
        : status?.state === 'building' && status.total > 0
          ? building(status)
          : null;
  const hasQuery = query.trim() !== '';
  const shownResults = results && results.query.trim() !== '' ? results : null;
  const failure =
    search.failure === null
      ? null
      : search.failure instanceof Error
        ? search.failure.message
        : String(search.failure);

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
          aria-expanded={hits.length > 0}
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
      </div>
      <div className="search-index" role="status">
        {indexLine}
      </div>
      {failure && (
        <div className="search-failure">
          <p role="alert">{t('failed', { message: failure })}</p>
          <button
            type="button"
            className="button button-small"
            disabled={rebuilding}
            onClick={() => void rebuild()}
          >
            {t('index.rebuild')}
          </button>
        </div>
      )}

      {results && (
        <SearchFilters
          facets={results.facets}
          query={query}
          domains={domains}
          onToggle={toggleFilter}
        />
      )}

      <p className="visually-hidden" role="status">
        {shownResults && !pending && !shownResults.error
          ? t('found', { count: shownResults.total, formatted: number.format(shownResults.total) })
          : ''}
      </p>

      {!hasQuery ? (
        <SearchHelp />
      ) : (
        <section className="search-results" aria-labelledby={`${listId}-summary`}>
          <p
            className={shownResults?.error ? 'visually-hidden' : 'search-summary'}
            id={`${listId}-summary`}
          >
            {!shownResults
              ? t('searching')
              : shownResults.error
                ? t('resultsLabel')
                : t('found', {
                    count: shownResults.total,
                    formatted: number.format(shownResults.total),
                  })}
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
              {hits.map((hit, index) => (
                <HitRow
                  key={hit.path}
                  hit={hit}
                  id={optionId(index)}
                  active={index === activeIndex}
                  onOpen={() => {
                    setActive(index);
                    open(hit);
                  }}
                />
              ))}
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
