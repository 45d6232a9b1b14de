import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiMethods } from '../../../shared/api/contract';
import type { JournalActivity, JournalEntrySummary } from '../../../shared/api/journalMethods';
import type { Note } from '../../../shared/api/noteSchemas';
import { addDays } from '../../../shared/dates/calendarDate';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { JournalView } from './JournalView';

beforeEach(() => {
  // jsdom has no canvas: the chart stays blank, the summary and the table speak for it.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const entries: JournalEntrySummary[] = Array.from({ length: 45 }, (_, i) => {
  const date = addDays('2024-03-31', -i);
  return {
    path: `journal/2024/${date}.md`,
    date,
    title: date,
    firstLine: `Line of ${date}`,
    domains: i === 0 ? ['procurement'] : [],
    openFollowUps: i === 0 ? 2 : 0,
  };
});

const activity: JournalActivity = {
  weeks: [
    {
      start: '2024-03-24',
      end: '2024-03-30',
      label: '2024-W13',
      entries: 3,
      byDomain: [
        { domain: 'procurement', share: 2, entries: 2 },
        { domain: null, share: 1, entries: 1 },
      ],
    },
  ],
  domains: ['procurement', null],
  streak: { current: 4, longest: 9, today: true, lastEntry: '2024-03-31' },
};

async function show(extra: Partial<ApiMethods> = {}) {
  const timeline = vi.fn(
    async ({
      onOrBefore,
      cursor,
      limit,
    }: {
      onOrBefore?: string;
      cursor?: string;
      limit: number;
    }) => {
      const from = entries.filter((e) => !onOrBefore || e.date <= onOrBefore);
      const start = cursor ? from.findIndex((e) => e.path === cursor) + 1 : 0;
      const page = from.slice(start, start + limit);
      const more = start + limit < from.length;
      return { entries: page, nextCursor: more ? page.at(-1)!.path : null, total: entries.length };
    },
  );
  const app = await renderApp(
    <JournalView route={{ view: 'journal', date: '2024-03-31', from: '2024-03-31' }} />,
    {
      api: {
        'journal.days': async () => ({ days: [] }),
        'journal.timeline': timeline as never,
        'journal.activity': async () => activity,
        'domains.list': async () => [],
        ...extra,
      },
    },
  );
  return { app, timeline };
}

describe('JournalView', () => {
  it('lists entries newest first with their first lines, a page at a time', async () => {
    const { timeline } = await show();
    const list = await screen.findByRole('list', { name: /Entries on or before/ });
    expect(within(list).getAllByRole('button')).toHaveLength(30);
    expect(within(list).getAllByRole('button')[0]!.textContent).toContain('Line of 2024-03-31');
    expect(within(list).getAllByRole('button')[0]!.textContent).toContain('2 open follow-ups');
    fireEvent.click(screen.getByRole('button', { name: 'Show more entries' }));
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(45));
    expect(timeline).toHaveBeenLastCalledWith({
      onOrBefore: '2024-03-31',
      cursor: entries[29]!.path,
      limit: 30,
    });
    expect(screen.getByText('That is every entry (45).')).toBeTruthy();
  });

  it('goes to a date: the calendar shows its month and the list starts there', async () => {
    const { timeline } = await show();
    await screen.findByRole('heading', { name: 'March 2024' });
    fireEvent.change(screen.getByLabelText('Go to a date'), { target: { value: '2024-02-10' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    });
    expect(screen.getByRole('heading', { name: 'February 2024' })).toBeTruthy();
    await waitFor(() =>
      expect(timeline).toHaveBeenLastCalledWith({ onOrBefore: '2024-02-10', limit: 30 }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show all entries' }));
    await waitFor(() => expect(timeline).toHaveBeenLastCalledWith({ limit: 30 }));
  });

  it('shows the streak and the activity as words and a table beside the chart', async () => {
    await show();
    const activityRegion = await screen.findByRole('region', { name: 'Activity' });
    await within(activityRegion).findByText('4 days');
    expect(within(activityRegion).getByText('9 days')).toBeTruthy();
    const chart = within(activityRegion).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(
      /^3 entries in the last 6 months\. Busiest week: /,
    );
    const table = within(activityRegion).getByRole('table');
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('procurement (2), No domain (1)');
  });
});

describe('opening a day from the calendar', () => {
  it('creates or opens its entry, and coming back shows that day again', async () => {
    const openDay = vi.fn(async ({ date }: { date: string }) => ({
      note: {
        ...noteSummary(`journal/2024/${date}.md`, { type: 'journal' }),
        body: '',
        frontMatter: null,
        frontMatterError: null,
        version: 'v1',
        encoding: 'utf-8',
      } satisfies Note,
      created: true,
    }));
    const { app } = await show({ 'journal.openDay': openDay as never });
    // The day in the calendar (the timeline lists the same date as an entry).
    const calendar = await screen.findByRole('grid');
    fireEvent.click(within(calendar).getByRole('button', { name: /March 10, 2024/ }));
    await waitFor(() =>
      expect(app.navigation().route).toEqual({ view: 'note', path: 'journal/2024/2024-03-10.md' }),
    );
    expect(openDay).toHaveBeenCalledWith({ date: '2024-03-10', locale: 'en-US' });
    act(() => app.navigation().back());
    expect(app.navigation().route).toEqual({
      view: 'journal',
      date: '2024-03-10',
      from: '2024-03-31',
    });
  });
});
