import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { HomeView } from './HomeView';

afterEach(cleanup);

describe('HomeView', () => {
  it('offers where to start in pairs, each named by its label and described by its hint', async () => {
    await renderApp(<HomeView />, { notes: [noteSummary('Home.md')] });
    const list = within(screen.getByRole('list', { name: 'Get started' }));
    // Each button's accessible name is its label alone (not "Search notesCtrl+Shift+FFind…").
    for (const name of [
      'New note',
      'New note from template',
      "Today's journal entry",
      'Search notes',
      'Go to a note',
      'All commands',
    ])
      expect(list.getByRole('button', { name })).toBeTruthy();
    expect(list.getAllByRole('button')).toHaveLength(6);
    const search = screen.getByRole('button', { name: 'Search notes' });
    expect(search).toHaveProperty('textContent', expect.stringContaining('Find words'));
    expect(search.getAttribute('aria-describedby')!.split(' ')).toHaveLength(2);
  });

  it('runs the command of the action chosen, and the tour from the line below', async () => {
    const app = await renderApp(<HomeView />, { notes: [noteSummary('Home.md')] });
    const search = vi.fn();
    const tour = vi.fn();
    app.registry.register('search.open', { run: search });
    app.registry.register('help.welcome', { run: tour });
    fireEvent.click(screen.getByRole('button', { name: 'Search notes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Take the tour' }));
    expect(search).toHaveBeenCalledTimes(1);
    expect(tour).toHaveBeenCalledTimes(1);
  });
});
