import type { ApiHandlers } from '../../../shared/api/contract';
import type { domainsMethods } from '../../../shared/api/domainsMethods';
import type { CoreServices } from '../coreServices';

export function createDomainsHandlers({
  domains,
}: CoreServices): Pick<ApiHandlers, keyof typeof domainsMethods> {
  return {
    'domains.list': async () => domains.list(),
    'domains.get': async ({ slug }) => domains.get(slug),
    'domains.create': (args) => domains.create(args),
    'domains.update': ({ slug, ...changes }) => domains.update(slug, changes),
    'domains.delete': ({ slug, notes, dryRun }) => domains.delete(slug, notes, dryRun),
    'domains.rename': ({ from, to, dryRun }) => domains.rename(from, to, dryRun),
    'domains.merge': ({ sources, into, dryRun }) => domains.merge(sources, into, dryRun),
    'domains.unknown': async () => domains.unknown(),
    'domains.page': async ({ slug, limit }) => domains.page(slug, limit),
    'domains.overview': async () => domains.overview(),
    'domains.needsReview': async ({ slug }) => domains.needsReview(slug),
  };
}
