import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { RefactorRecord, RefactorReport } from '../../../shared/api/refactorMethods';
import { renderApp } from '../../../testing/renderer/renderApp';
import { UndoVaultChangeCommand } from './UndoVaultChangeCommand';

afterEach(cleanup);

const record = (id: string, extra: Partial<RefactorRecord> = {}): RefactorRecord => ({
  id,
  kind: 'tag.rename',
  description: 'Rename the tag',
  subjects: ['budget'],
  target: 'finance',
  time: new Date(Date.now() - 3 * 60_000).toISOString(),
  fileCount: 2,
  occurrences: 4,
  undoneAt: null,
  ...extra,
});

const report: RefactorReport = {
  id: null,
  kind: 'tag.rename',
  subjects: ['budget'],
  target: 'finance',
  dryRun: false,
  files: [
    { path: 'Budget 2025.md', occurrences: 3 },
    { path: 'Plans/Spending review.md', occurrences: 1 },
  ],
  occurrences: 4,
  skipped: [],
  notUtf8: [],
} as unknown as RefactorReport;

async function open(history: RefactorRecord[], undo = vi.fn(async () => report)) {
  const app = await renderApp(<UndoVaultChangeCommand />, {
    api: { 'refactor.history': async () => history, 'refactor.undo': undo as never },
  });
  return { app, undo };
}

describe('Undo last vault-wide change', () => {
  it('names the change it would undo in the palette, and undoes it only once confirmed', async () => {
    const { app, undo } = await open([
      record('r2', { undoneAt: '2026-01-02T00:00:00Z', subjects: ['old'] }),
      record('r1'),
    ]);
    // The newest change that still stands (r2 was undone already).
    await waitFor(() =>
      expect(app.registry.available().find((c) => c.id === 'edit.undoVaultChange')?.label).toBe(
        'Undo last vault-wide change: Renamed #budget to #finance',
      ),
    );
    expect(app.registry.run('edit.undoVaultChange')).toBe(true);
    const dialog = await screen.findByRole('dialog', { name: 'Undo last vault-wide change' });
    await within(dialog).findByText(/Undo “Renamed #budget to #finance”, made 3 minutes ago\?/);
    expect(dialog.textContent).toContain(
      'The 2 notes it changed are put back as they were before.',
    );
    expect(undo).not.toHaveBeenCalled();
    // Cancel changes nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(undo).not.toHaveBeenCalled();

    app.registry.run('edit.undoVaultChange');
    const again = await screen.findByRole('dialog', { name: 'Undo last vault-wide change' });
    fireEvent.click(await within(again).findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(undo).toHaveBeenCalledWith({ id: 'r1' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Undone: 2 notes are back as they were.')).toBeTruthy();
  });

  it('says when there is nothing to undo', async () => {
    const { app, undo } = await open([record('r1', { undoneAt: '2026-01-02T00:00:00Z' })]);
    await waitFor(() =>
      expect(app.registry.available().find((c) => c.id === 'edit.undoVaultChange')).toBeTruthy(),
    );
    expect(app.registry.available().find((c) => c.id === 'edit.undoVaultChange')?.label).toBe(
      undefined,
    );
    app.registry.run('edit.undoVaultChange');
    const dialog = await screen.findByRole('dialog', { name: 'Undo last vault-wide change' });
    await within(dialog).findByText(/There is no vault-wide change to undo/);
    expect(within(dialog).queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(undo).not.toHaveBeenCalled();
  });

  it('says which files changed since when the core refuses, and stays open', async () => {
    const undo = vi.fn(async () => {
      throw new ApiError('CONFLICT', '"Rename" cannot be undone.', {
        paths: ['Budget 2025.md'],
        domains: [],
      });
    });
    const { app } = await open([record('r1')], undo);
    await waitFor(() =>
      expect(
        app.registry.available().find((c) => c.id === 'edit.undoVaultChange')?.label,
      ).toBeTruthy(),
    );
    app.registry.run('edit.undoVaultChange');
    const dialog = await screen.findByRole('dialog', { name: 'Undo last vault-wide change' });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Undo' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'It cannot be undone: these were changed since: Budget 2025.md. Nothing was changed. Undo the later changes first, or put these back by hand.',
    );
  });
});
