import { useEffect } from 'react';
import { z } from 'zod';
import { useNavigation } from '../services/navigation';
import type { Route } from '../services/routes';
import { useUiState } from '../services/useUiState';
import { viewRegistry } from './viewRegistry';

const savedRouteSchema = z.looseObject({ view: z.string().max(100) });

/**
 * The route to open at start: the one shown when the app last closed (`settings.ui.lastRoute`),
 * if its view still exists; else home. A note route comes back without its one-time options
 * (anchor, focus on the title).
 */
export function restoreRoute(saved: unknown): Route {
  const parsed = savedRouteSchema.safeParse(saved);
  if (!parsed.success || !Object.hasOwn(viewRegistry, parsed.data.view)) return { view: 'home' };
  const route = parsed.data as Route;
  if (route.view !== 'note') return route;
  return typeof route.path === 'string' ? { view: 'note', path: route.path } : { view: 'home' };
}

/** Remembers the route shown, for `restoreRoute` at the next start. */
export function useRememberRoute(): void {
  const { route } = useNavigation();
  const [, setSaved] = useUiState<unknown>('lastRoute', z.unknown(), null);
  useEffect(() => {
    setSaved(route);
  }, [route, setSaved]);
}
