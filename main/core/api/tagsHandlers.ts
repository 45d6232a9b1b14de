import type { ApiHandlers } from '../../../shared/api/contract';
import type { tagsMethods } from '../../../shared/api/tagsMethods';
import type { CoreServices } from '../coreServices';

export function createTagsHandlers({
  tags,
}: CoreServices): Pick<ApiHandlers, keyof typeof tagsMethods> {
  return {
    'tags.list': async () => tags.list(),
    'tags.notes': async ({ tag }) => tags.notes(tag),
    'tags.rename': ({ from, to, dryRun }) => tags.rename(from, to, dryRun),
    'tags.merge': ({ sources, into, dryRun }) => tags.merge(sources, into, dryRun),
  };
}
