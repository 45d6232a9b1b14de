import type { PackInbox } from '../../../../shared/api/packInboxMethods';
import { useApiClient } from '../../../api/ApiContext';
import { useLiveQuery, type LiveQuery } from '../../../services/useLiveQuery';

/** The pack inbox (packs.inbox.list), loaded again whenever the core says it changed. */
export function usePackInbox(): LiveQuery<PackInbox> {
  const { api } = useApiClient();
  return useLiveQuery('pack-inbox', () => api['packs.inbox.list']({}), ['packs.inboxChanged'], 50);
}

/** How many packs the subscribed folders offer (new packs and newer versions): the badge. */
export function usePackInboxOffering(): number {
  return usePackInbox().data?.offering ?? 0;
}
