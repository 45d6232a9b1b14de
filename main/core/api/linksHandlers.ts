import type { ApiHandlers } from '../../../shared/api/contract';
import type { linksMethods } from '../../../shared/api/linksMethods';
import { ApiError } from '../../../shared/api/apiError';
import { addAttachment } from '../files/addAttachment';
import { parseNotePath } from '../vault/vaultPaths';
import type { CoreServices } from '../coreServices';
import { linkMention, unlinkedMentions } from '../links/unlinkedMentions';

export function createLinksHandlers(
  services: CoreServices,
): Pick<ApiHandlers, keyof typeof linksMethods> {
  const { repository, linkGraph, clock } = services;
  const existing = (pathArg: string): string => {
    const rel = parseNotePath(pathArg);
    if (!repository.has(rel)) throw new ApiError('NOT_FOUND', `There is no note "${rel}".`);
    return rel;
  };
  return {
    'links.backlinks': async ({ path }) => linkGraph.backlinks(existing(path)),
    'links.outgoing': async ({ path }) => linkGraph.outgoing(existing(path)),
    'links.unresolved': async () => linkGraph.unresolved(),
    'links.unlinkedMentions': ({ path, limit }) =>
      unlinkedMentions(services, existing(path), limit),
    'links.linkMention': (args) =>
      linkMention(services, {
        ...args,
        source: existing(args.source),
        target: existing(args.target),
      }),
    'attachments.list': async () => repository.attachments(),
    'attachments.add': async ({ name, type, data }) => ({
      path: await addAttachment(repository, clock, {
        name,
        type,
        bytes: Buffer.from(data, 'base64'),
      }),
    }),
  };
}
