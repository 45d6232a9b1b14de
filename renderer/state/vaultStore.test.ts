import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/events';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import type { ApiClient } from '../api/apiClient';
import { noteSummary } from '../../testing/renderer/noteSummary';
import { VaultStore } from './vaultStore';

/** A core part-way through reading its vault: `read` notes read, `unread` found and not read. */
function loadingCore(read: NoteSummary[], unread: string[]) {
  const listeners = new Set<(event: ApiEvent) => void>();
  const asked: string[] = [];
  const core = {
    read,
    unread,
    loading: true as boolean,
    asked,
    emit: (event: ApiEvent) => listeners.forEach((listener) => listener(event)),
    client: {
      api: {
        'vault.info': async () => {
          asked.push('vault.info');
          return {
            path: '/vault',
            name: 'vault',
            noteCount: core.read.length,
            loading: core.loading ? { done: core.read.length, total: 5 } : null,
            notices: [],
          };
        },
        'notes.listUnread': async () => (asked.push('notes.listUnread'), [...core.unread]),
        'notes.list': async () => (asked.push('notes.list'), [...core.read]),
        'attachments.list': async () => [],
      },
      onEvent: (listener: (event: ApiEvent) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    } as unknown as ApiClient,
  };
  return core;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('VaultStore while the vault loads', () => {
  it('lists every note at once: those read, and those not read yet by file name', async () => {
    const core = loadingCore(
      [noteSummary('a.md', { title: 'Alpha' }), noteSummary('c/d.md', { title: 'Delta' })],
      ['b/Budget.md', 'c/e.md', 'z.md'],
    );
    const store = new VaultStore(core.client);
    await store.start();
    const { notes, listed, unread } = store.getSnapshot();
    expect(notes.map((n) => n.path)).toEqual(['a.md', 'c/d.md']);
    expect(unread).toEqual(['b/Budget.md', 'c/e.md', 'z.md']);
    expect(listed.map((n) => `${n.path}=${n.title}`)).toEqual([
      'a.md=Alpha',
      'b/Budget.md=Budget',
      'c/d.md=Delta',
      'c/e.md=e',
      'z.md=z',
    ]);
    // Unread notes first: a note read between the two answers is then never missing from both.
    expect(core.asked.indexOf('notes.listUnread')).toBeLessThan(core.asked.indexOf('notes.list'));
    store.stop();
  });

  it('lists a note read between the two answers once, as read', async () => {
    const core = loadingCore([noteSummary('a.md')], ['b.md']);
    // The core reads b.md after answering which notes are unread, before listing those read.
    core.client.api['notes.listUnread'] = async () => {
      const answer = [...core.unread];
      core.read = [...core.read, noteSummary('b.md', { title: 'Bravo' })];
      core.unread = [];
      return answer;
    };
    const store = new VaultStore(core.client);
    await store.start();
    expect(store.getSnapshot().listed.map((n) => n.title)).toEqual(['a', 'Bravo']);
    expect(store.getSnapshot().unread).toEqual([]);
    store.stop();
  });

  it('fills in as notes change, and holds only read notes once the load ends', async () => {
    const core = loadingCore([noteSummary('a.md')], ['b.md', 'c.md']);
    const store = new VaultStore(core.client);
    await store.start();
    const b = noteSummary('b.md', { title: 'Bravo' });
    core.emit({
      type: 'notes.changed',
      payload: {
        kind: 'added',
        path: 'b.md',
        origin: 'app',
        summary: b,
        version: 'v1',
        linksChanged: [],
      },
    });
    expect(store.getSnapshot().unread).toEqual(['c.md']);
    expect(store.getSnapshot().listed.map((n) => n.title)).toEqual(['a', 'Bravo', 'c']);

    core.read = [noteSummary('a.md'), b, noteSummary('c.md', { title: 'Charlie' })];
    core.unread = [];
    core.loading = false;
    core.emit({ type: 'vault.loaded', payload: { noteCount: 3, failed: null } });
    await settled();
    await settled();
    const done = store.getSnapshot();
    expect(done.unread).toEqual([]);
    expect(done.listed).toBe(done.notes);
    expect(done.listed.map((n) => n.title)).toEqual(['a', 'Bravo', 'Charlie']);
    store.stop();
  });

  it('asks again as soon as the vault is listed', async () => {
    const core = loadingCore([], []);
    const store = new VaultStore(core.client);
    await store.start();
    expect(store.getSnapshot().listed).toEqual([]);
    core.unread = ['x.md', 'y.md'];
    core.emit({ type: 'vault.listed', payload: { noteCount: 2 } });
    await settled();
    await settled();
    expect(store.getSnapshot().listed.map((n) => n.path)).toEqual(['x.md', 'y.md']);
    store.stop();
  });
});
