import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { ApiMethods } from '../../../shared/api/contract';
import type { Domain } from '../../../shared/api/domainsMethods';
import type { Note } from '../../../shared/api/noteSchemas';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { NoteView } from '../note/NoteView';
import { JournalEntryActions } from './JournalEntryActions';
import { PromoteDialog } from './PromoteDialog';

// jsdom lays nothing out; CodeMirror measures text ranges.
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const entryPath = 'journal/2024/2024-01-29.md';
const sentence = 'Agree the scoring scale before the tenders arrive.';
const entry: Note = {
  ...noteSummary(entryPath, { title: 'Monday, 29 January 2024', type: 'journal' }),
  body: `# Monday, 29 January 2024\n\n## What did I learn?\n${sentence}\n`,
  frontMatter: { type: 'journal', private: true },
  frontMatterError: null,
  version: 'v1',
  encoding: 'utf-8',
};
const domain = (
  slug: string,
  name: string,
): Domain & { noteCount: number; privateCount: number; byType: [] } => ({
  slug,
  name,
  description: '',
  colour: '#1f77b4',
  moderators: [],
  created: '2024-01-01T00:00:00.000Z',
  noteCount: 0,
  privateCount: 0,
  byType: [],
});
const notes = [
  noteSummary(entryPath, { type: 'journal' }),
  noteSummary('Procurement/Framework agreements.md', { domains: ['procurement'] }),
  noteSummary('Procurement/Joint buying.md', { domains: ['procurement'] }),
  noteSummary('Elsewhere/Other.md', { domains: ['procurement'] }),
];
const api: Partial<ApiMethods> = {
  'domains.list': async () => [
    domain('procurement', 'Procurement and contracts'),
    domain('hr-and-talent', 'HR and talent'),
  ],
};

describe('PromoteDialog', () => {
  it('proposes everything from the entry, then promotes with the version saved last', async () => {
    const calls: string[] = [];
    const promote = vi.fn(async (args: unknown) => {
      calls.push('promote');
      void args;
      return { note: { ...entry, path: 'Procurement/Scoring scales.md' }, entry };
    });
    const onPromoted = vi.fn();
    await renderApp(
      <PromoteDialog
        request={{
          path: entryPath,
          selection: { from: 46, text: sentence },
          draft: { title: 'Agree the scoring scale', domains: ['procurement'] },
        }}
        locale="en-GB"
        flush={async () => void calls.push('flush')}
        onClose={() => undefined}
        onPromoted={onPromoted}
      />,
      {
        notes,
        api: {
          ...api,
          'notes.read': async () => {
            calls.push('read');
            return { ...entry, version: 'v2' };
          },
          'journal.promote': promote as unknown as ApiMethods['journal.promote'],
        },
      },
    );
    const title = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    expect(title.value).toBe('Agree the scoring scale');
    // The folder where most of the domain's notes are.
    expect((screen.getByRole('combobox', { name: 'Folder' }) as HTMLInputElement).value).toBe(
      'Procurement',
    );
    expect(screen.getByText('Saved as Procurement/Agree the scoring scale.md')).toBeTruthy();
    const procurement = await screen.findByRole('checkbox', { name: 'Procurement and contracts' });
    expect((procurement as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('radio', { name: 'Practice' }));
    fireEvent.change(title, { target: { value: 'Scoring scales: agree early' } });
    expect(screen.getByText('Saved as Procurement/Scoring scales - agree early.md')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'HR and talent' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create note' }));

    await waitFor(() => expect(onPromoted).toHaveBeenCalled());
    expect(calls).toEqual(['flush', 'read', 'promote']);
    expect(promote).toHaveBeenCalledWith({
      path: entryPath,
      baseVersion: 'v2',
      selection: { text: sentence, start: 46 },
      type: 'practice',
      title: 'Scoring scales: agree early',
      folder: 'Procurement',
      domains: ['procurement', 'hr-and-talent'],
      locale: 'en-GB',
    });
  });

  it('says what went wrong and keeps the dialog open: a taken name at the title', async () => {
    let failure = new ApiError(
      'EXISTS',
      'A note named "Taken" already exists. Choose another title.',
    );
    const onPromoted = vi.fn();
    await renderApp(
      <PromoteDialog
        request={{
          path: entryPath,
          selection: { from: 0, text: 'x' },
          draft: { title: 'Taken', domains: [] },
        }}
        locale="en"
        flush={async () => undefined}
        onClose={() => undefined}
        onPromoted={onPromoted}
      />,
      {
        notes,
        api: {
          ...api,
          'notes.read': async () => entry,
          'journal.promote': async () => {
            throw failure;
          },
        },
      },
    );
    const form = within(document.querySelector('form.promote-form') as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Create note' }));
    const alert = await form.findByRole('alert');
    expect(alert.textContent).toMatch(/already exists/);
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    failure = new ApiError(
      'CONFLICT',
      'The entry changed since it was last saved. Nothing was changed.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create note' }));
    await waitFor(() => expect(form.getByRole('alert').textContent).toMatch(/Nothing was changed/));
    expect(screen.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid')).toBeNull();
    expect(onPromoted).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: '???' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create note' }));
    expect((await form.findByRole('alert')).textContent).toBe(
      'Write a title with letters or digits.',
    );
  });
});

describe('promoting from an open journal entry', () => {
  it('marks the entry private, enables Promote with a selection, and opens the new note', async () => {
    const draft = vi.fn(async () => ({ title: 'Agree the scoring scale', name: 'x', domains: [] }));
    const created: Note = {
      ...entry,
      path: 'Agree the scoring scale.md',
      title: 'Agree the scoring scale',
    };
    const app = await renderApp(
      <NoteView
        path={entryPath}
        toolbarItems={[{ id: 'journal', Component: JournalEntryActions }]}
      />,
      {
        notes,
        route: { view: 'note', path: entryPath },
        api: {
          ...api,
          'notes.read': async () => entry,
          'journal.promotionDraft': draft,
          'journal.promote': async () => ({ note: created, entry }),
        },
      },
    );
    await screen.findByRole('textbox', { name: 'Note title' });
    expect(screen.getByText('Private')).toBeTruthy();
    const button = screen.getByRole('button', { name: /Promote/ }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);

    // The editor mounts after the title: wait for its text box rather than query at once.
    const text = await screen.findByRole('textbox', { name: 'Note text' });
    const view = EditorView.findFromDOM(text.closest('.cm-editor') as HTMLElement)!;
    const from = entry.body.indexOf(sentence);
    act(() => view.dispatch({ selection: { anchor: from, head: from + sentence.length } }));
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(draft).toHaveBeenCalledWith({ path: entryPath, text: sentence }));
    const dialog = await screen.findByRole('dialog', { name: 'Promote to a note' });
    expect(dialog.querySelector('blockquote')!.textContent).toBe(sentence);
    fireEvent.click(screen.getByRole('button', { name: 'Create note' }));
    await waitFor(() =>
      expect(app.navigation().route).toEqual({ view: 'note', path: 'Agree the scoring scale.md' }),
    );
  });
});
