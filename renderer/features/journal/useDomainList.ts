import { useEffect, useMemo, useState } from 'react';
import type { Domain } from '../../../shared/api/domainsMethods';
import { domainKey } from '../../../shared/domains/domainSlug';
import { useApiClient } from '../../api/ApiContext';

export interface DomainList {
  /** The community domains in the user's order; empty until loaded. */
  domains: readonly Domain[];
  /** The domain a slug names (any case), or undefined for a slug that is not in the list. */
  find(slug: string): Domain | undefined;
  /** The domain's name, else the slug as notes write it. */
  nameOf(slug: string): string;
}

/** The community domains, kept current from `domains.changed` events. */
export function useDomainList(): DomainList {
  const { api, onEvent } = useApiClient();
  const [domains, setDomains] = useState<readonly Domain[]>([]);
  useEffect(() => {
    let current = true;
    const load = () =>
      api['domains.list']({}).then(
        (list) => {
          if (current) setDomains(list);
        },
        // Without the list, slugs stand in for names: nothing the user must act on.
        () => undefined,
      );
    void load();
    const stop = onEvent((event) => {
      if (event.type === 'domains.changed') void load();
    });
    return () => {
      current = false;
      stop();
    };
  }, [api, onEvent]);
  return useMemo(() => {
    const byKey = new Map(domains.map((d) => [domainKey(d.slug), d]));
    const find = (slug: string) => byKey.get(domainKey(slug));
    return { domains, find, nameOf: (slug) => find(slug)?.name ?? slug };
  }, [domains]);
}
