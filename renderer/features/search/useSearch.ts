import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../shared/api/events';
import type { SearchHit, SearchResults } from '../../../shared/search/searchResults';
import { useApiClient } from '../../api/ApiContext';

/** Quiet time after a keystroke before searching: light, so results follow typing. */
export const SEARCH_DEBOUNCE_MS = 60;
/** After notes change, the open results are searched again once edits pause. */
const REFRESH_DELAY_MS = 300;
export const PAGE_SIZE = 20;
/** An empty search box still shows the chips: the facets of every note. */
const BROWSE_QUERY = '*';

type IndexProgress = EventPayload<'task.progress'>;

export interface SearchState {
  /** The query the results are for (may lag the one typed while a search runs). */
  query: string;
  /** The last answer for `query` (its hits are the first page only). */
  results: SearchResults | null;
  /** Every hit loaded for `query`, first page and "more results" together. */
  hits: SearchHit[];
  loadingMore: boolean;
  /** The last request failed (the API, not the query: query problems are in `results.error`). */
  failure: unknown;
  /** Indexing in progress, from `task.progress` events (null when idle). */
  indexing: IndexProgress | null;
}

export interface Search extends SearchState {
  /** The results shown are not yet those of the query typed (a search for it is on its way). */
  pending: boolean;
  loadMore(): void;
  /** Searches again now (the index was rebuilt, say). */
  refresh(): void;
}

/**
 * Results for a query as it is typed: searched after a short pause, each answer dropped if a
 * newer query was typed meanwhile, searched again when notes change or indexing finishes. An
 * empty query asks for the facets of every note (for the chips) and shows no hits.
 */
export function useSearch(query: string): Search {
  const { api, onEvent } = useApiClient();
  const [state, setState] = useState<SearchState>({
    query: '',
    results: null,
    hits: [],
    loadingMore: false,
    failure: null,
    indexing: null,
  });
  /** Numbers requests; only the answer to the latest is shown. */
  const latest = useRef(0);
  const current = useRef({ state, query });
  // Updated as the results are committed, not after paint: a click on "More results" as soon as
  // they show must see them.
  useLayoutEffect(() => {
    current.current = { state, query };
  });

  const run = useCallback(
    (text: string, page: number, pageSize: number, append: boolean) => {
      const id = ++latest.current;
      const browse = text.trim() === '';
      api['search.query']({
        query: browse ? BROWSE_QUERY : text,
        page,
        pageSize: browse ? 1 : pageSize,
        prefixLastWord: true,
      }).then(
        (results) => {
          if (id !== latest.current) return; // a newer search was started
          const hits = browse ? [] : results.hits;
          setState((s) => ({
            ...s,
            query: text,
            results: { ...results, query: text, hits },
            hits: append ? [...s.hits, ...hits] : hits,
            loadingMore: false,
            failure: null,
          }));
        },
        (failure: unknown) => {
          if (id !== latest.current) return;
          setState((s) => ({ ...s, query: text, loadingMore: false, failure }));
        },
      );
    },
    [api],
  );

  /** The query shown, again, with as many hits as are loaded (after an edit or a rebuild). */
  const refresh = useCallback(() => {
    const { state: shown, query: typed } = current.current;
    run(typed, 1, Math.min(100, Math.max(PAGE_SIZE, shown.hits.length)), false);
  }, [run]);

  useEffect(() => {
    const timer = setTimeout(() => run(query, 1, PAGE_SIZE, false), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, run]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = onEvent((event) => {
      if (event.type === 'task.progress' && event.payload.task === 'search.index') {
        const progress = event.payload;
        const done = progress.done >= progress.total;
        setState((s) => ({ ...s, indexing: done ? null : progress }));
        // Everything is searchable now: what was missing may match.
        if (done) refresh();
      } else if (event.type === 'notes.changed' || event.type === 'vault.loaded') {
        if (timer) clearTimeout(timer);
        timer = setTimeout(refresh, REFRESH_DELAY_MS);
      }
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [onEvent, refresh]);

  const loadMore = useCallback(() => {
    const { state: shown, query: typed } = current.current;
    const { results, hits, loadingMore } = shown;
    if (!results || loadingMore || shown.query !== typed || hits.length >= results.total) return;
    setState((s) => ({ ...s, loadingMore: true }));
    const page = Math.floor(hits.length / PAGE_SIZE) + 1;
    // Pages are of PAGE_SIZE; after a refresh of a longer list, ask for what follows it.
    if (hits.length % PAGE_SIZE === 0) run(results.query, page, PAGE_SIZE, true);
    else run(results.query, 1, Math.min(100, hits.length + PAGE_SIZE), false);
  }, [run]);

  return { ...state, pending: state.query !== query || state.results === null, loadMore, refresh };
}
