import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/apiError';
import type { WeeklyReview } from '../../../shared/api/journalMethods';
import type { Note } from '../../../shared/api/noteSchemas';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { WeeklyReviewView } from './WeeklyReviewView';

afterEach(cleanup);

const review: WeeklyReview = {
  week: {
    start: '2024-01-29',
    end: '2024-02-04',
    firstDay: 1,
    year: 2024,
    number: 5,
    label: '2024-W05',
  },
  entries: [
    {
      path: 'journal/2024/2024-01-29.md',
      date: '2024-01-29',
      title: '2024-01-29',
      firstLine: 'Met Ana about the tender.',
      domains: [],
      openFollowUps: 1,
      entryDomains: ['procurement'],
    },
  ],
  notesCreated: {
    items: [
      {
        path: 'Procurement/Scoring scales.md',
        title: 'Scoring scales',
        type: 'solution',
        domains: ['procurement'],
        created: '2024-01-29T10:00:00Z',
        updated: '2024-01-29T10:00:00Z',
      },
    ],
    total: 1,
  },
  notesUpdated: { items: [], total: 0 },
  domains: [{ domain: 'procurement', entries: 1, notes: 1 }],
  links: {
    items: [
      {
        source: 'journal/2024/2024-01-29.md',
        sourceTitle: '2024-01-29',
        line: 4,
        target: 'Scoring scales',
        resolved: 'Procurement/Scoring scales.md',
        resolvedTitle: 'Scoring scales',
      },
    ],
    total: 1,
  },
  followUps: {
    items: [
      {
        path: 'journal/2024/2024-01-29.md',
        date: '2024-01-29',
        line: 6,
        text: 'Ask HR about the template',
        thisWeek: true,
      },
    ],
    total: 3,
  },
  savedReview: { path: 'journal/reviews/2024-W05.md', version: 'r1' },
};

async function show() {
  const save = vi.fn(async (args: { replaceVersion?: string }): Promise<Note> => {
    if (!args.replaceVersion)
      throw new ApiError('EXISTS', 'Saved before.', {
        path: 'journal/reviews/2024-W05.md',
        version: 'r1',
      });
    return {
      ...noteSummary('journal/reviews/2024-W05.md'),
      body: '',
      frontMatter: null,
      frontMatterError: null,
      version: 'r2',
      encoding: 'utf-8',
    };
  });
  const app = await renderApp(
    <WeeklyReviewView route={{ view: 'weeklyReview', week: '2024-01-29' }} />,
    {
      api: {
        'journal.weeklyReview': async () => review,
        'journal.saveReview': save as never,
        'domains.list': async () => [
          {
            slug: 'procurement',
            name: 'Procurement and contracts',
            description: '',
            colour: '#1f77b4',
            moderators: [],
            created: '2024-01-01T00:00:00.000Z',
            noteCount: 1,
            privateCount: 0,
            byType: [],
          },
        ],
      },
    },
  );
  await screen.findByRole('region', { name: /Journal entries/ });
  return { app, save };
}

describe('WeeklyReviewView', () => {
  it('shows the week’s entries, notes, domains by name, links and follow-ups', async () => {
    const { app } = await show();
    const region = (name: RegExp) => within(screen.getByRole('region', { name }));
    expect(region(/Journal entries/).getByText('Met Ana about the tender.')).toBeTruthy();
    expect(region(/Notes created/).getByRole('button', { name: 'Scoring scales' })).toBeTruthy();
    await waitFor(() =>
      expect(region(/Domains touched/).getByText('Procurement and contracts')).toBeTruthy(),
    );
    expect(region(/Domains touched/).getByText('1 entry, 1 note')).toBeTruthy();
    expect(
      region(/Links made/)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['2024-01-29', 'Scoring scales']);
    expect(region(/Open follow-ups/).getByText('…and 2 more.')).toBeTruthy();
    fireEvent.click(region(/Open follow-ups/).getByRole('button', { name: /line 6/ }));
    expect(app.navigation().route).toEqual({
      view: 'note',
      path: 'journal/2024/2024-01-29.md',
      anchor: 'Ask HR about the template',
    });
  });

  it('offers to replace a review saved before, with the version it saw', async () => {
    const { save } = await show();
    fireEvent.click(screen.getByRole('button', { name: 'Save as a note' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the saved review?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace it' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1]![0]).toMatchObject({ date: '2024-01-29', replaceVersion: 'r1' });
    expect(
      await screen.findByText('The review was saved as journal/reviews/2024-W05.md.'),
    ).toBeTruthy();
  });

  it('opens a domain touched on its page', async () => {
    const { app } = await show();
    const domains = within(screen.getByRole('region', { name: /Domains touched/ }));
    fireEvent.click(await domains.findByRole('button', { name: 'Procurement and contracts' }));
    expect(app.navigation().route).toEqual({ view: 'domain', slug: 'procurement' });
  });

  it('moves between weeks', async () => {
    const { app } = await show();
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(app.navigation().route).toMatchObject({ view: 'weeklyReview' });
    const route = app.navigation().route as { week: string };
    // jsdom's en-US weeks start on Sunday.
    expect(route.week).toBe('2024-01-21');
  });
});
