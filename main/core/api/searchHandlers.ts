import type { ApiHandlers } from '../../../shared/api/contract';
import type { searchMethods } from '../../../shared/api/searchMethods';
import type { CoreServices } from '../coreServices';

export function createSearchHandlers({
  search,
}: CoreServices): Pick<ApiHandlers, keyof typeof searchMethods> {
  return {
    'search.query': ({ query, ...options }) => search.query(query, options),
    'search.status': async () => search.status(),
    'search.rebuild': () => search.rebuild(),
  };
}
