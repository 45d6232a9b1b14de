import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/api/apiError';
import type { InboxEntry, PackInbox } from '../../../../shared/api/packInboxMethods';
import { renderApp } from '../../../../testing/renderer/renderApp';
import { PackInboxSettings } from './PackInboxSettings';

afterEach(cleanup);

const offered: InboxEntry = {
  file: '/share/Procurement-1.1.0.praxispack',
  name: 'Procurement-1.1.0.praxispack',
  folder: '/share',
  state: 'update',
  size: 2048,
  modified: '2026-02-01T10:00:00.000Z',
  pack: {
    id: 'procurement',
    version: '1.1.0',
    title: 'Procurement practice',
    description: '',
    domains: [],
    licence: '',
    created: '2026-02-01T10:00:00.000Z',
  },
  publisher: { department: 'Ministry of Finance', person: null, keyId: 'k', fingerprint: null },
  signature: 'trusted',
  trustedAs: null,
  importedVersion: '1.0.0',
  changes: {
    notes: { new: 1, update: 2, conflict: 0, unchanged: 3 },
    attachments: 1,
    removedFromPack: 0,
  },
  problem: null,
  waitingSince: null,
  checkedAt: '2026-02-01T10:00:01.000Z',
};

const inboxOf = (folders: string[], entries: InboxEntry[]): PackInbox => ({
  folders: folders.map((path) => ({ path, status: 'watching', packs: entries.length })),
  pollSeconds: 60,
  entries,
  offering: entries.filter((e) => e.state === 'new' || e.state === 'update').length,
  checkedAt: '2026-02-01T10:00:02.000Z',
});

describe('PackInboxSettings', () => {
  it('subscribes to a typed folder, and says why one is refused', async () => {
    let inbox = inboxOf([], []);
    const set = vi.fn(async ({ folders }: { folders: string[] }) => {
      if (folders.includes('nope'))
        throw new ApiError('INVALID', '“nope” is not a full path to a folder.');
      inbox = inboxOf(folders, [offered]);
      return inbox;
    });
    await renderApp(<PackInboxSettings />, {
      api: { 'packs.inbox.list': async () => inbox, 'packs.inbox.folders.set': set },
    });
    await screen.findByText('This vault subscribes to no folder yet.');
    const field = screen.getByRole('textbox', { name: 'Folder to subscribe to' });
    fireEvent.change(field, { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByText(/not a full path/)).getAttribute('role')).toBe('alert');

    fireEvent.change(field, { target: { value: ' /share ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(set).toHaveBeenLastCalledWith({ folders: ['/share'], pollSeconds: undefined });
    const list = await screen.findByRole('list', { name: 'Offered in these folders' });
    const row = within(list).getByRole('listitem');
    expect(row.textContent).toContain('“Procurement practice” 1.1.0');
    expect(row.textContent).toContain('A newer version of the pack imported here (version 1.0.0).');
    expect(row.textContent).toContain('From Ministry of Finance, a trusted publisher.');
    expect(row.textContent).toContain('If imported: 1 new, 2 updated, 0 beside local edits');
    expect(
      within(row).getByRole('button', { name: 'Open “Procurement practice” 1.1.0' }),
    ).toBeTruthy();
  });

  it('offers no Open for a file still being copied', async () => {
    const copying: InboxEntry = {
      ...offered,
      state: 'incomplete',
      pack: null,
      publisher: null,
      signature: null,
      changes: null,
    };
    await renderApp(<PackInboxSettings />, {
      api: { 'packs.inbox.list': async () => inboxOf(['/share'], [copying]) },
    });
    const list = await screen.findByRole('list', { name: 'Offered in these folders' });
    expect(list.textContent).toContain('Still being copied into the folder');
    expect(within(list).queryByRole('button')).toBeNull();
  });
});
