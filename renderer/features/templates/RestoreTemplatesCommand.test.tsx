import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderer/renderApp';
import { RestoreTemplatesCommand } from './RestoreTemplatesCommand';
import { TemplateSettings } from './TemplateSettings';

afterEach(cleanup);

describe('Restore default templates', () => {
  it('writes the missing ones in the UI language and says how many', async () => {
    const restore = vi.fn(async () => ({
      created: ['templates/Note.md'],
      replaced: [],
      edited: [],
    }));
    await renderApp(
      <>
        <TemplateSettings />
        <RestoreTemplatesCommand />
      </>,
      { api: { 'templates.restoreDefaults': restore } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore default templates…' }));
    expect(await screen.findByText('1 default template written in English.')).toBeTruthy();
    expect(restore).toHaveBeenCalledWith({ language: 'en' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before replacing edited templates, and replaces them only when confirmed', async () => {
    const restore = vi.fn(async ({ replace }: { replace?: boolean }) =>
      replace
        ? { created: [], replaced: ['templates/Solution.md'], edited: [] }
        : { created: [], replaced: [], edited: ['templates/Solution.md'] },
    );
    const app = await renderApp(<RestoreTemplatesCommand />, {
      api: { 'templates.restoreDefaults': restore as never },
    });
    await act(() => app.registry.run('templates.restoreDefaults'));
    const dialog = await screen.findByRole('dialog', { name: 'Replace your edited templates?' });
    expect(dialog.textContent).toContain('Solution');
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(restore).toHaveBeenCalledTimes(1);

    await act(() => app.registry.run('templates.restoreDefaults'));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace with the defaults' }));
    expect(await screen.findByText('1 default template written in English.')).toBeTruthy();
    expect(restore).toHaveBeenLastCalledWith({ language: 'en', replace: true });
  });
});
