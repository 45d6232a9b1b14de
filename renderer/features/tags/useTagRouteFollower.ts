import { useCallback } from 'react';
import type { RefactorReport } from '../../../shared/api/refactorMethods';
import { tagKey } from '../../../shared/tags/tagMatch';
import { useNavigation } from '../../services/navigation';
import type { Route } from '../../services/routes';

/**
 * Where a tag route leads once `report`'s tags were renamed or merged: the tag's new name (and a
 * nested tag's, which follows its parent), or the route unchanged.
 */
export function followTagRoute(
  route: Route,
  report: Pick<RefactorReport, 'subjects' | 'target'>,
): Route {
  if (route.view !== 'tag' || report.target === null) return route;
  const key = tagKey(route.tag);
  for (const subject of report.subjects) {
    const from = tagKey(subject);
    if (key === from) return { view: 'tag', tag: report.target };
    if (key.startsWith(`${from}/`))
      return {
        view: 'tag',
        tag: `${report.target}${route.tag.trim().replace(/^#/, '').slice(from.length)}`,
      };
  }
  return route;
}

/** After a tag rename or merge: back/forward history and the open tag view follow the tag. */
export function useTagRouteFollower(): (report: RefactorReport) => void {
  const { rewriteHistory } = useNavigation();
  return useCallback(
    (report: RefactorReport) => rewriteHistory((route) => followTagRoute(route, report)),
    [rewriteHistory],
  );
}
