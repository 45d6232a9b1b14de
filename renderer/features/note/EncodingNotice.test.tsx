import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../shared/api/noteSchemas';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { NoteView } from './NoteView';

// jsdom lays nothing out; CodeMirror measures text ranges.
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const legacy: Note = {
  ...noteSummary('old/Café.md', { title: 'Café' }),
  body: '# Café\n\nGestión.\n',
  frontMatter: null,
  frontMatterError: null,
  version: 'v1',
  encoding: 'windows-1252',
};

async function open(convert: (args: { path: string; baseVersion: string }) => Promise<Note>) {
  const save = vi.fn(async () => legacy);
  const app = await renderApp(<NoteView path={legacy.path} />, {
    notes: [noteSummary(legacy.path, { title: 'Café' })],
    route: { view: 'note', path: legacy.path },
    api: {
      'notes.read': async () => legacy,
      'notes.convertToUtf8': convert,
      'notes.save': save,
    },
  });
  // The editor mounts after the rest, once its code is loaded (later on a loaded machine).
  await screen.findByRole('textbox', { name: 'Note text' }, { timeout: 15_000 });
  return { app, save };
}

const editor = () => screen.getByRole('textbox', { name: 'Note text' });
const title = () => screen.getByRole('textbox', { name: 'Note title' }) as HTMLTextAreaElement;

describe('a note that is not UTF-8', { timeout: 30_000 }, () => {
  it('is read-only with a notice that says why, until it is converted', async () => {
    const convert = vi.fn(async () => ({ ...legacy, version: 'v2', encoding: 'utf-8' as const }));
    await open(convert);
    const notice = screen.getByRole('region', { name: 'Read-only: this note is not UTF-8 text' });
    expect(notice.textContent).toContain('Windows-1252 (Western European)');
    expect(editor().getAttribute('aria-readonly')).toBe('true');
    expect(title().disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Convert to UTF-8' }));
    await waitFor(() =>
      expect(convert).toHaveBeenCalledWith({ path: legacy.path, baseVersion: 'v1' }),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: /Read-only/ })).toBeNull());
    expect(await screen.findByText(/Converted to UTF-8/)).toBeTruthy();
    expect(editor().getAttribute('aria-readonly')).toBeNull();
    expect(title().disabled).toBe(false);
  });

  it('stays read-only and says why when the conversion fails', async () => {
    await open(async () => {
      throw new Error('The note was changed by another program.');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Convert to UTF-8' }));
    const message = await screen.findByText(
      'The note could not be converted: The note was changed by another program.',
    );
    expect(message.getAttribute('role')).toBe('alert');
    expect(editor().getAttribute('aria-readonly')).toBe('true');
  });
});
