import type { SearchHit } from '../../../shared/search/searchResults';
import type { Route } from '../../services/routes';

/**
 * Where opening a search hit leads: the note, at its first highlighted word in the body snippet
 * (with the body line it is on, so the note reveals that occurrence); a hit matched only in its
 * title opens at the top.
 */
export function hitRoute(hit: SearchHit): Extract<Route, { view: 'note' }> {
  const body = hit.snippets.find((s) => s.field === 'body' && s.highlights.length > 0);
  const first = body?.highlights[0];
  if (!body || !first) return { view: 'note', path: hit.path };
  const anchor = body.text.slice(first[0], first[1]);
  return {
    view: 'note',
    path: hit.path,
    anchor,
    ...(body.line !== undefined && { line: body.line }),
  };
}
