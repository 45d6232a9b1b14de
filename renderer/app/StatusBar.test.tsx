import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import { noteSummary } from '../../testing/renderer/noteSummary';
import { renderApp } from '../../testing/renderer/renderApp';
import { StatusBar } from './StatusBar';

describe('StatusBar while the vault is still being read', () => {
  it('shows a named progress bar, follows the load, and counts every note once it ends', async () => {
    const all: NoteSummary[] = Array.from({ length: 40 }, (_, i) => noteSummary(`n${i}.md`));
    // The core has read 10 of 40 notes when the window asks.
    let complete = false;
    const app = await renderApp(<StatusBar />, {
      api: {
        'vault.info': async () => ({
          path: '/vault',
          name: 'vault',
          noteCount: complete ? 40 : 10,
          loading: complete ? null : { done: 10, total: 40 },
          notices: [],
        }),
        'notes.list': async () => (complete ? all : all.slice(0, 10)),
      },
    });
    const bar = await screen.findByRole('progressbar', { name: "Reading the vault's notes" });
    expect((bar as HTMLProgressElement).value).toBe(10);
    expect((bar as HTMLProgressElement).max).toBe(40);
    expect(screen.getByText('10 notes')).toBeTruthy();
    expect(screen.getByText('Reading notes: 10 of 40')).toBeTruthy();

    act(() =>
      app.emit({
        type: 'task.progress',
        payload: { task: 'vault.load', label: 'Reading notes', done: 30, total: 40 },
      }),
    );
    expect(await screen.findByText('Reading notes: 30 of 40')).toBeTruthy();
    // Shown once, not again among the other tasks.
    expect(screen.queryByText(/Reading notes 75/)).toBeNull();

    complete = true;
    act(() => app.emit({ type: 'vault.loaded', payload: { noteCount: 40, failed: null } }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(await screen.findByText('40 notes')).toBeTruthy();
  });
});
