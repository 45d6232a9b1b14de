import { useEffect, useState } from 'react';
import { z } from 'zod';
import { useNavigation } from '../../services/navigation';
import type { Route } from '../../services/routes';
import { useUiState } from '../../services/useUiState';

/** The route (and the remembered query) follow the typed query after this pause. */
const REMEMBER_DELAY_MS = 400;

const lastQuerySchema = z.string().max(1000);

/**
 * The query in the search box and the result picked in the list. The route and the remembered
 * query follow typing after a pause, without a history entry per keystroke; a query asked for
 * by another part of the app (a link to a search) replaces what is typed.
 */
export function useSearchQuery(route: Extract<Route, { view: 'search' }>) {
  const { navigate } = useNavigation();
  const [lastQuery, setLastQuery] = useUiState('search.lastQuery', lastQuerySchema, '');
  const [query, setQuery] = useState(() =>
    typeof route.query === 'string' ? route.query : lastQuery,
  );
  const [active, setActive] = useState(0);

  const [pushedQuery, setPushedQuery] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setPushedQuery(query);
      navigate({ view: 'search', query }, { replace: true });
      setLastQuery(query);
    }, REMEMBER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, navigate, setLastQuery]);

  // Another part of the app asked for a query: show it. The route's query catching up with
  // typing is not such a request.
  const routeQuery = route.query;
  const [followedQuery, setFollowedQuery] = useState(routeQuery);
  if (routeQuery !== followedQuery) {
    setFollowedQuery(routeQuery);
    if (typeof routeQuery === 'string' && routeQuery !== pushedQuery && routeQuery !== query) {
      setQuery(routeQuery);
      setActive(0);
    }
  }

  return {
    query,
    active,
    setActive,
    /** A new query: the first result is picked again. */
    changeQuery(next: string) {
      setQuery(next);
      setActive(0);
    },
    /** Keeps the query now, in this history entry and for next time (before leaving, for Back). */
    remember() {
      navigate({ view: 'search', query }, { replace: true });
      setLastQuery(query);
    },
  };
}
