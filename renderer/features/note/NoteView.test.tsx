import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { ApiMethods } from '../../../shared/api/contract';
import type { Note } from '../../../shared/api/noteSchemas';
import { useActiveNote, type ActiveNote } from '../../state/activeNote';
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

const plan: Note = {
  ...noteSummary('work/Plan.md', { title: 'Plan', tags: ['budget'] }),
  body: '# Plan\n\nIntro.\n\n## Next steps\n\nDo it.\n',
  frontMatter: { title: 'Plan', tags: ['budget'], reviewer: 'Ana' },
  frontMatterError: null,
  version: 'v1',
  encoding: 'utf-8',
};

const seen: { active: ActiveNote | null } = { active: null };
function ActiveSpy() {
  const active = useActiveNote();
  useEffect(() => {
    seen.active = active;
  });
  return null;
}

async function open(api: Partial<ApiMethods> = {}) {
  const app = await renderApp(
    <>
      <NoteView path="work/Plan.md" />
      <ActiveSpy />
    </>,
    {
      notes: [noteSummary('work/Plan.md', { title: 'Plan' })],
      route: { view: 'note', path: 'work/Plan.md' },
      api: { 'notes.read': async () => plan, ...api },
    },
  );
  await screen.findByRole('textbox', { name: 'Note title' });
  // The editor mounts after the title, once its text is in (later on a loaded machine).
  await screen.findByRole('textbox', { name: 'Note text' });
  return app;
}

describe('NoteView', () => {
  it('shows the title, the fields and the text, and publishes the active note', async () => {
    await open();
    expect((screen.getByRole('textbox', { name: 'Note title' }) as HTMLTextAreaElement).value).toBe(
      'Plan',
    );
    expect(screen.getByRole('button', { name: 'Remove budget' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Note text' }).textContent).toContain('Next steps');
    expect(screen.getByText(/reviewer: Ana/)).toBeTruthy();
    await waitFor(() => expect(seen.active?.path).toBe('work/Plan.md'));
    expect(seen.active!.title).toBe('Plan');
    expect(seen.active!.saveState).toBe('saved');
    expect(seen.active!.headings).toEqual([
      { level: 1, text: 'Plan', line: 0 },
      { level: 2, text: 'Next steps', line: 4 },
    ]);
    expect(seen.active!.getText()).toBe(plan.body);
    expect(seen.active!.getSelection()).toBeNull();
    await expect(seen.active!.flush()).resolves.toBeUndefined();
  });

  it('switches modes by command and remembers the mode in settings', async () => {
    const app = await open();
    act(() => {
      app.registry.run('view.modePreview');
    });
    await waitFor(() => expect(app.settings().ui.noteMode).toBe('preview'));
    expect(screen.getByRole('button', { name: /^Preview/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(document.querySelector('.markdown-preview h2')!.id).toBe('heading-next-steps');
  });

  it('moves the note to the trash after confirming, then goes home', async () => {
    const remove = vi.fn(async () => ({
      id: 't1',
      originalPath: 'work/Plan.md',
      title: 'Plan',
      deletedAt: '2026-01-01T00:00:00Z',
    }));
    const app = await open({ 'notes.delete': remove });
    act(() => {
      app.registry.run('note.delete');
    });
    const confirm = await screen.findByRole('button', { name: 'Move to trash' });
    fireEvent.click(confirm);
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ path: 'work/Plan.md' }));
    await waitFor(() => expect(app.navigation().route).toEqual({ view: 'home' }));
  });

  it('says when the note is not in the vault', async () => {
    await renderApp(<NoteView path="Gone.md" />, {
      api: {
        'notes.read': async () => {
          throw new ApiError('NOT_FOUND', 'There is no note "Gone.md".');
        },
      },
    });
    expect(
      await screen.findByRole('heading', { name: 'This note is not in the vault' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go to the start page' })).toBeTruthy();
  });
});
