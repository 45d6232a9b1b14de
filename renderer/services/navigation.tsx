import { createContext, useCallback, useContext, useMemo, useReducer, type ReactNode } from 'react';
import { sameRoute, type Route } from './routes';

interface HistoryState {
  entries: Route[];
  index: number;
}

type HistoryAction =
  | { type: 'navigate'; route: Route; replace?: boolean }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'rewrite'; map: (route: Route) => Route | null };

const MAX_HISTORY = 200;

export function historyReducer(state: HistoryState, action: HistoryAction): HistoryState {
  switch (action.type) {
    case 'navigate': {
      const current = state.entries[state.index];
      if (current && sameRoute(current, action.route)) return state;
      const kept = state.entries.slice(0, action.replace ? state.index : state.index + 1);
      const entries = [...kept, action.route].slice(-MAX_HISTORY);
      return { entries, index: entries.length - 1 };
    }
    case 'back':
      return state.index > 0 ? { ...state, index: state.index - 1 } : state;
    case 'forward':
      return state.index < state.entries.length - 1 ? { ...state, index: state.index + 1 } : state;
    case 'rewrite': {
      // After a rename or delete: update or drop history entries that point at the old note.
      const mapped = state.entries.map((r, i) => ({ route: action.map(r), i }));
      const kept = mapped.filter((m): m is { route: Route; i: number } => m.route !== null);
      if (kept.length === 0) return { entries: [{ view: 'home' }], index: 0 };
      const index = Math.max(0, kept.filter((m) => m.i <= state.index).length - 1);
      return { entries: kept.map((m) => m.route), index };
    }
  }
}

export interface Navigation {
  route: Route;
  navigate(route: Route, options?: { replace?: boolean }): void;
  back(): void;
  forward(): void;
  canGoBack: boolean;
  canGoForward: boolean;
  /** Rewrites history entries (e.g. after a note moved); return null to drop an entry. */
  rewriteHistory(map: (route: Route) => Route | null): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [state, dispatch] = useReducer(historyReducer, { entries: [initial], index: 0 });
  const navigate = useCallback(
    (route: Route, options?: { replace?: boolean }) =>
      dispatch({ type: 'navigate', route, replace: options?.replace }),
    [],
  );
  const back = useCallback(() => dispatch({ type: 'back' }), []);
  const forward = useCallback(() => dispatch({ type: 'forward' }), []);
  const rewriteHistory = useCallback(
    (map: (route: Route) => Route | null) => dispatch({ type: 'rewrite', map }),
    [],
  );
  const value = useMemo<Navigation>(
    () => ({
      route: state.entries[state.index]!,
      navigate,
      back,
      forward,
      canGoBack: state.index > 0,
      canGoForward: state.index < state.entries.length - 1,
      rewriteHistory,
    }),
    [state, navigate, back, forward, rewriteHistory],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside <NavigationProvider>.');
  return navigation;
}
