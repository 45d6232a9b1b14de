import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../shared/api/noteSchemas';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { QuickSwitcher } from './QuickSwitcher';

afterEach(cleanup);

const notes = [
  noteSummary('Procurement/Framework agreements.md', { aliases: ['FA'] }),
  noteSummary('Procurement/Shorter tender evaluations.md'),
  noteSummary('Welcome to Praxis.md'),
];

async function openSwitcher(create = vi.fn()) {
  const onClose = vi.fn();
  const app = await renderApp(<QuickSwitcher onClose={onClose} />, {
    notes,
    api: { 'notes.create': create },
  });
  const input = screen.getByRole('combobox', { name: 'Find a note by title' });
  return { app, onClose, input };
}

describe('QuickSwitcher', () => {
  it('finds a note by part of its title and opens it with Enter', async () => {
    const { app, input, onClose } = await openSwitcher();
    fireEvent.change(input, { target: { value: 'tender' } });
    await waitFor(() =>
      expect(screen.getAllByRole('option')[0]!.textContent).toContain('Shorter tender evaluations'),
    );
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onClose).toHaveBeenCalled();
    expect(app.navigation().route).toEqual({
      view: 'note',
      path: 'Procurement/Shorter tender evaluations.md',
    });
  });

  it('finds a note by alias', async () => {
    const { input } = await openSwitcher();
    fireEvent.change(input, { target: { value: 'FA' } });
    await waitFor(() =>
      expect(screen.getAllByRole('option')[0]!.textContent).toMatch(/Framework agreements.*FA/),
    );
  });

  it('offers to create a note with the typed name, and creates it with Shift+Enter', async () => {
    const create = vi.fn(async ({ name }: { name: string }) => ({ path: `${name}.md` }) as Note);
    const { app, input } = await openSwitcher(create);
    fireEvent.change(input, { target: { value: 'Supplier day' } });
    await waitFor(() =>
      expect(screen.getAllByRole('option').at(-1)!.textContent).toContain(
        'Create note “Supplier day”',
      ),
    );
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    await waitFor(() =>
      expect(app.navigation().route).toEqual({ view: 'note', path: 'Supplier day.md' }),
    );
    expect(create).toHaveBeenCalledWith({ folder: '', name: 'Supplier day' });
  });

  it('lists recently opened notes first when nothing is typed', async () => {
    const onClose = vi.fn();
    await renderApp(<QuickSwitcher onClose={onClose} />, {
      notes,
      settings: { ui: { recentNotes: ['Welcome to Praxis.md'] } },
    });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]!.textContent).toContain('Welcome to Praxis');
  });
});
