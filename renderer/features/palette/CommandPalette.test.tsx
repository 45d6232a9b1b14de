import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderer/renderApp';
import { CommandPalette } from './CommandPalette';

afterEach(cleanup);

async function openPalette() {
  const onClose = vi.fn();
  const app = await renderApp(<CommandPalette onClose={onClose} />);
  const ran: string[] = [];
  act(() => {
    app.registry.register('note.new', { run: () => void ran.push('note.new') });
    app.registry.register('view.toggleSidebar', { run: () => void ran.push('sidebar') });
    app.registry.register('go.trash', {
      run: () => void ran.push('trash'),
      isEnabled: () => false,
    });
  });
  return { app, onClose, ran, input: screen.getByRole('combobox', { name: 'Find a command' }) };
}

const optionTexts = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('CommandPalette', () => {
  it('lists the commands that can run now, with their shortcuts', async () => {
    await openPalette();
    expect(optionTexts()).toEqual(['New noteCtrl+N', 'Toggle sidebarCtrl+Shift+B']);
  });

  it('filters as the user types and runs the chosen command with Enter', async () => {
    const { input, onClose, ran } = await openPalette();
    fireEvent.change(input, { target: { value: 'side' } });
    expect(optionTexts()).toEqual(['Toggle sidebarCtrl+Shift+B']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onClose).toHaveBeenCalled();
    await waitFor(() => expect(ran).toEqual(['sidebar']));
  });

  it('moves the active option with the arrows, keeping focus in the text box', async () => {
    const { input, ran } = await openPalette();
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active()?.textContent).toContain('New note');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active()?.textContent).toContain('Toggle sidebar');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active()?.textContent).toContain('New note');
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(ran).toEqual(['note.new']));
  });

  it('says so when nothing matches', async () => {
    const { input } = await openPalette();
    fireEvent.change(input, { target: { value: 'qqqqzz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No command matches.')).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('remembers the commands run, to list them first next time', async () => {
    const { app, input } = await openPalette();
    fireEvent.change(input, { target: { value: 'side' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    cleanup();
    await waitFor(() => expect(app.settings().ui.recentCommands).toEqual(['view.toggleSidebar']));
  });
});
