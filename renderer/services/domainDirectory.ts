import { useMemo, useSyncExternalStore } from 'react';
import type { Domain } from '../../shared/api/domainsMethods';
import { domainKey } from '../../shared/domains/domainSlug';
import type { ApiClient } from '../api/apiClient';
import { useApiClient } from '../api/ApiContext';

/** The vault's domain list as the renderer knows it. */
export interface DomainDirectorySnapshot {
  status: 'loading' | 'ready' | 'error';
  /** In list order. */
  domains: readonly Domain[];
  /** The listed domains by `domainKey(slug)`: how notes' `domains:` entries are matched. */
  byKey: ReadonlyMap<string, Domain>;
  /** Why the list could not be loaded (status `error`). */
  error: unknown;
}

const LOADING: DomainDirectorySnapshot = {
  status: 'loading',
  domains: [],
  byKey: new Map(),
  error: null,
};

/**
 * The domain list (names, colours, moderators), loaded once per window and reloaded when main
 * says it changed (`domains.changed`: created, edited, renamed, merged, deleted, undone). Shared
 * by everything that shows a domain by name — the sidebar, note fields, dialogs, window title —
 * so they agree and the list is fetched once. Note counts are not kept here: they change with
 * every note and are counted from the vault's summaries where they are shown.
 */
export class DomainDirectory {
  readonly #client: ApiClient;
  readonly #listeners = new Set<() => void>();
  #snapshot: DomainDirectorySnapshot = LOADING;
  #stop: (() => void) | null = null;
  /** Answers to older requests are dropped: the list changes while one is on its way. */
  #request = 0;
  /** The list may have changed while nobody listened: reload on the next subscriber. */
  #stale = true;

  constructor(client: ApiClient) {
    this.#client = client;
  }

  getSnapshot = (): DomainDirectorySnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    if (this.#stop === null) {
      this.#stop = this.#client.onEvent((event) => {
        // Note counts are complete once the vault's first read has ended.
        if (event.type === 'domains.changed' || event.type === 'vault.loaded') void this.reload();
      });
    }
    if (this.#stale) void this.reload();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && this.#stop) {
        this.#stop();
        this.#stop = null;
        this.#stale = true;
      }
    };
  };

  /** Fetches the list again (after a change made here, the event does it too). */
  async reload(): Promise<void> {
    this.#stale = false;
    const request = ++this.#request;
    try {
      const list = await this.#client.api['domains.list']({});
      if (request !== this.#request) return;
      const domains = list.map(({ noteCount: _n, byType: _b, ...domain }) => domain);
      this.#set({
        status: 'ready',
        domains,
        byKey: new Map(domains.map((d) => [domainKey(d.slug), d])),
        error: null,
      });
    } catch (error) {
      if (request !== this.#request) return;
      // Keep what was known: a failed reload should not blank every domain chip.
      this.#set({
        ...this.#snapshot,
        status: this.#snapshot.status === 'ready' ? 'ready' : 'error',
        error,
      });
    }
  }

  #set(snapshot: DomainDirectorySnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener();
  }
}

const directories = new WeakMap<ApiClient, DomainDirectory>();

/** The directory of `client`'s vault (one per client). */
export function domainDirectoryFor(client: ApiClient): DomainDirectory {
  let directory = directories.get(client);
  if (!directory) directories.set(client, (directory = new DomainDirectory(client)));
  return directory;
}

/** The domain list, kept current. */
export function useDomainDirectory(): DomainDirectorySnapshot {
  const directory = domainDirectoryFor(useApiClient());
  return useSyncExternalStore(directory.subscribe, directory.getSnapshot);
}

/** The listed domain a note's `domains:` entry names, if any. */
export function findDomain(directory: DomainDirectorySnapshot, slug: string): Domain | undefined {
  return directory.byKey.get(domainKey(slug));
}

export interface DomainList {
  /** The community domains in the user's order; empty until loaded. */
  domains: readonly Domain[];
  /** The domain a slug names (any case), or undefined for a slug that is not in the list. */
  find(slug: string): Domain | undefined;
  /** The domain's name, else the slug as notes write it (also while the list loads or fails). */
  nameOf(slug: string): string;
}

/** The domain list for showing domains by name: `useDomainDirectory` with lookups. */
export function useDomainList(): DomainList {
  const directory = useDomainDirectory();
  return useMemo(() => {
    const find = (slug: string) => findDomain(directory, slug);
    return { domains: directory.domains, find, nameOf: (slug) => find(slug)?.name ?? slug };
  }, [directory]);
}
