import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../shared/api/noteSchemas';
import { startOfWeek } from '../../../shared/dates/weeks';
import { systemTimeZone, todayIn } from '../../../shared/dates/timeZone';
import { useNavigation } from '../../services/navigation';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { NoteView } from '../note/NoteView';
import { useJournalCommands } from './useJournalCommands';

Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function Shell() {
  useJournalCommands();
  const { route } = useNavigation();
  return route.view === 'note' ? <NoteView path={route.path} /> : null;
}

describe('journal commands', () => {
  it("opens today's entry with the cursor in the first prompt, ready to type", async () => {
    const today = todayIn(systemTimeZone());
    const path = `journal/${today.slice(0, 4)}/${today}.md`;
    const body = '# Today\n\n## What happened?\n\n## What did I learn?\n\n';
    const note: Note = {
      ...noteSummary(path, { type: 'journal' }),
      body,
      frontMatter: { type: 'journal', private: true },
      frontMatterError: null,
      version: 'v1',
      encoding: 'utf-8',
    };
    const openDay = vi.fn(async () => ({ note, created: true }));
    const app = await renderApp(<Shell />, {
      api: { 'journal.openDay': openDay, 'notes.read': async () => note },
    });
    act(() => {
      app.registry.run('journal.today');
    });
    await waitFor(() => expect(app.navigation().route).toEqual({ view: 'note', path }));
    // jsdom's language is en-US.
    expect(openDay).toHaveBeenCalledWith({ date: today, locale: 'en-US' });
    const text = await screen.findByRole('textbox', { name: 'Note text' });
    const view = EditorView.findFromDOM(text.closest('.cm-editor') as HTMLElement)!;
    await waitFor(() => expect(view.hasFocus).toBe(true));
    expect(view.state.selection.main.head).toBe(body.indexOf('\n\n## What did') + 1);
  });

  it('opens the journal and this week’s review', async () => {
    const app = await renderApp(<Shell />);
    act(() => {
      app.registry.run('journal.open');
    });
    expect(app.navigation().route).toEqual({ view: 'journal' });
    act(() => {
      app.registry.run('journal.weeklyReview');
    });
    expect(app.navigation().route).toEqual({
      view: 'weeklyReview',
      week: startOfWeek(todayIn(systemTimeZone()), 7),
    });
  });
});
