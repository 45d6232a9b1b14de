import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodArgs } from '../../../shared/api/contract';
import type { Domain } from '../../../shared/api/domainsMethods';
import type { SearchHit, SearchResults } from '../../../shared/search/searchResults';
import { noteSummary } from '../../../testing/renderer/noteSummary';
import { renderApp } from '../../../testing/renderer/renderApp';
import { SearchView } from './SearchView';

afterEach(cleanup);

function hit(path: string, snippet: string, highlights: [number, number][], line = 0): SearchHit {
  return {
    path,
    title: path.split('/').pop()!.replace(/\.md$/, ''),
    domains: ['procurement'],
    tags: [],
    type: 'solution',
    updated: '2026-01-10T00:00:00.000Z',
    score: 1,
    snippets: [{ field: 'body', text: snippet, highlights, line }],
  };
}

function results(query: string, hits: SearchHit[], extra: Partial<SearchResults> = {}) {
  return {
    query,
    hits,
    total: hits.length,
    page: 1,
    pageSize: 20,
    facets: {
      domains: [{ value: 'procurement', count: hits.length }],
      types: [{ value: 'solution', count: hits.length }],
      tags: [],
    },
    warnings: [],
    status: { state: 'ready' as const, done: 0, total: 0, notes: 10 },
    tookMs: 1,
    ...extra,
  };
}

const domains: Domain[] = [
  {
    slug: 'procurement',
    name: 'Procurement and contracts',
    description: '',
    colour: '#1d5fa8',
    moderators: [],
    created: '2026-01-01',
  },
];

const framework = hit(
  'Procurement/Framework agreements.md',
  'A framework agreement lets several departments buy…',
  [
    [2, 11],
    [12, 21],
  ],
  2,
);
const tender = hit('Procurement/Tender draft.md', 'Not a framework agreement yet.', [[6, 15]], 4);

type Query = MethodArgs<'search.query'>;

async function open(search: (args: Query) => Promise<SearchResults>) {
  const query = vi.fn(search);
  const app = await renderApp(<SearchView route={{ view: 'search', query: '' }} />, {
    route: { view: 'search', query: '' },
    api: {
      'search.query': query as never,
      'domains.list': async () =>
        domains.map((d) => ({ ...d, noteCount: 1, privateCount: 0, byType: [] })),
    },
  });
  const input = screen.getByRole('combobox', { name: 'Search notes' });
  return { app, input, query };
}

const answer = (list: SearchHit[]) => async (args: Query) =>
  args.query === '*' ? results('*', list.slice(0, 1)) : results(args.query, list);

describe('SearchView', () => {
  it('shows the results of what was typed, never an older answer that came late', async () => {
    const pending = new Map<string, (r: SearchResults) => void>();
    const { input } = await open(
      (args) => new Promise((resolve) => pending.set(args.query, resolve)),
    );
    fireEvent.change(input, { target: { value: 'fram' } });
    await waitFor(() => expect(pending.has('fram')).toBe(true));
    fireEvent.change(input, { target: { value: 'framework' } });
    await waitFor(() => expect(pending.has('framework')).toBe(true));
    act(() => pending.get('framework')!(results('framework', [framework])));
    act(() => pending.get('fram')!(results('fram', [framework, tender])));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(screen.getByText('1 note found', { selector: '.search-summary' })).toBeTruthy();
    const marks = within(screen.getByRole('option')).getAllByText(/framework|agreement/i, {
      selector: 'mark',
    });
    expect(marks.map((m) => m.textContent)).toEqual(['framework', 'agreement']);
  });

  it('says when it shows notes with most of the words, and offers the corrected query', async () => {
    const { input, query } = await open(async (args) =>
      args.query === '*'
        ? results('*', [framework])
        : results(args.query, [framework], {
            relaxed: args.query === 'framwork agreement bids',
            didYouMean:
              args.query === 'framwork agreement bids'
                ? {
                    query: 'framework agreement bids',
                    corrections: [{ word: 'framwork', suggestion: 'framework' }],
                    applied: true,
                  }
                : undefined,
          }),
    );
    fireEvent.change(input, { target: { value: 'framwork agreement bids' } });
    const notes = await screen.findByRole('group', { name: 'About these results' });
    expect(notes.textContent).toMatch(/showing notes with most of them/i);
    expect(notes.textContent).toMatch(/Showing results for framework agreement bids/);
    fireEvent.click(
      within(notes).getByRole('button', { name: 'Search for “framework agreement bids”' }),
    );
    expect(input).toHaveProperty('value', 'framework agreement bids');
    await waitFor(() =>
      expect(query).toHaveBeenLastCalledWith(
        expect.objectContaining({ query: 'framework agreement bids' }),
      ),
    );
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'About these results' })).toBeNull(),
    );
  });

  it('says a domain, type or tag filter matches no note and offers the closest values', async () => {
    const query = vi.fn(async (args: Query) => results(args.query, []));
    await renderApp(<SearchView route={{ view: 'search', query: '' }} />, {
      route: { view: 'search', query: '' },
      notes: [
        noteSummary('HR/Onboarding.md', { domains: ['hr-and-talent'], tags: ['onboarding'] }),
        noteSummary('Procurement/Bids.md', { domains: ['procurement'], type: 'solution' }),
      ],
      api: {
        'search.query': query as never,
        'domains.list': async () =>
          [
            ...domains,
            { ...domains[0]!, slug: 'hr-and-talent', name: 'HR and talent', colour: '#aa3377' },
          ].map((d) => ({ ...d, noteCount: 1, privateCount: 0, byType: [] })),
      },
    });
    const input = screen.getByRole('combobox', { name: 'Search notes' });
    fireEvent.change(input, { target: { value: 'domain:hr tag:onbording budget' } });
    const notice = await screen.findByRole('group', { name: 'Filters no note matches' });
    expect(notice.textContent).toMatch(
      /No note belongs to a domain “hr”\. Closest: domain:hr-and-talent \(HR and talent\)/,
    );
    expect(notice.textContent).toMatch(/No note has the tag #onbording\. Closest: tag:onboarding/);
    // A button (reached by Tab, pressed with Enter or Space) puts the value in the query instead.
    const replace = within(notice).getByRole('button', {
      name: 'Search with domain:hr-and-talent instead',
    });
    fireEvent.click(replace);
    expect(input).toHaveProperty('value', 'domain:hr-and-talent tag:onbording budget');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Search with tag:onboarding instead' }),
    );
    expect(input).toHaveProperty('value', 'domain:hr-and-talent tag:onboarding budget');
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Filters no note matches' })).toBeNull(),
    );
    // A value far from every one the vault has is said to be unknown, with nothing to offer.
    fireEvent.change(input, { target: { value: 'type:zzz' } });
    expect(
      (await screen.findByRole('group', { name: 'Filters no note matches' })).textContent,
    ).toMatch(/No note has the type “zzz”\. Nothing in the vault is close to it/);
  });

  it('asks for prefixes while typing, one page at a time', async () => {
    const { input, query } = await open(answer([framework]));
    fireEvent.change(input, { target: { value: 'agree' } });
    await waitFor(() =>
      expect(query).toHaveBeenLastCalledWith({
        query: 'agree',
        page: 1,
        pageSize: 20,
        prefixLastWord: true,
      }),
    );
  });

  it('narrows with a chip, which edits the query; a second click takes it out', async () => {
    const { input } = await open(answer([framework, tender]));
    fireEvent.change(input, { target: { value: 'agreement' } });
    const chip = await screen.findByRole('button', { name: 'Procurement and contracts, 2 notes' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(chip);
    expect((input as HTMLInputElement).value).toBe('domain:procurement agreement');
    await waitFor(() =>
      expect(
        screen
          .getByRole('button', { name: 'Procurement and contracts, 2 notes' })
          .getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Procurement and contracts, 2 notes' }));
    expect((input as HTMLInputElement).value).toBe('agreement');
    fireEvent.click(screen.getByRole('button', { name: 'Solution, 2 notes' }));
    expect((input as HTMLInputElement).value).toBe('type:solution agreement');
  });

  it('says what is wrong with a query and where, and selects that part on request', async () => {
    const { input } = await open(async (args) =>
      results(args.query, [], {
        error: {
          message: '"soon" is not a date created: understands.',
          code: 'badDate',
          params: { value: 'soon', key: 'created' },
          position: 15,
          end: 19,
        },
      }),
    );
    fireEvent.change(input, { target: { value: 'budget created:soon' } });
    await screen.findByText(/“soon” is not a date created: understands\. Write 2026/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /is not a date/,
    );
    fireEvent.click(screen.getByRole('button', { name: /soon/ }));
    const box = input as HTMLInputElement;
    expect([box.selectionStart, box.selectionEnd]).toEqual([15, 19]);
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('moves through results with the arrow keys and opens one at its match with Enter', async () => {
    const { app, input } = await open(answer([framework, tender]));
    fireEvent.change(input, { target: { value: 'framework' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    const options = screen.getAllByRole('option');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(app.navigation().route).toEqual({
      view: 'note',
      path: 'Procurement/Tender draft.md',
      anchor: 'framework',
      line: 4,
    });
    // Back returns to this search, query included.
    act(() => app.navigation().back());
    expect(app.navigation().route).toEqual({ view: 'search', query: 'framework' });
  });

  it('folds near-duplicates under their hit, opened and closed from the keyboard', async () => {
    const copies = ['7.4', '7.5'].map((version) => ({
      path: `ps/${version}/about_Profiles.md`,
      title: 'about_Profiles',
      type: 'note',
      updated: '2026-01-01T00:00:00.000Z',
    }));
    const profiles = {
      ...hit('ps/7.6/about_Profiles.md', 'A profile…', [[2, 9]]),
      similar: copies,
    };
    const { app, input } = await open(async (args) =>
      args.query === '*'
        ? results('*', [framework])
        : results(args.query, [profiles, tender], { folded: 2 }),
    );
    fireEvent.change(input, { target: { value: 'profile' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    expect(
      screen.getByText('2 notes found · 2 similar notes folded', { selector: '.search-summary' }),
    ).toBeTruthy();
    const fold = screen.getByRole('option', { name: 'Show 2 similar notes of “about_Profiles”' });
    expect(fold.textContent).toBe('2 similar notes');
    // Down to the fold, Enter: the copies show under it, as options.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(fold.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(5);
    expect(options[1]!.getAttribute('aria-label')).toBe(
      'Hide the 2 similar notes of “about_Profiles”',
    );
    expect(options[2]!.textContent).toContain('in ps/7.4');
    expect(options[2]!.textContent).toContain('Near-duplicate of “about_Profiles”');
    // Down to the second copy, Enter: it opens.
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[3]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(app.navigation().route).toEqual({ view: 'note', path: 'ps/7.5/about_Profiles.md' });
  });

  it('closes an opened fold with Enter on it', async () => {
    const profiles = {
      ...hit('ps/7.6/about_Profiles.md', 'A profile…', [[2, 9]]),
      similar: [
        {
          path: 'ps/7.4/about_Profiles.md',
          title: 'about_Profiles',
          type: 'note',
          updated: '2026-01-01',
        },
      ],
    };
    const { input } = await open(async (args) =>
      args.query === '*'
        ? results('*', [framework])
        : results(args.query, [profiles], { folded: 1 }),
    );
    fireEvent.change(input, { target: { value: 'profile' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.click(
      screen.getByRole('option', { name: 'Show 1 similar note of “about_Profiles”' }),
    );
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(
      screen.getByText('1 note found · 1 similar note folded', { selector: '.search-summary' }),
    ).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });

  it('loads more results on request, after the ones shown', async () => {
    const many = Array.from({ length: 30 }, (_, i) => hit(`n/Note ${i}.md`, `word ${i}`, [[0, 4]]));
    const { input, query } = await open(async (args) => {
      const start = (args.page! - 1) * args.pageSize!;
      return {
        ...results(args.query, many.slice(start, start + args.pageSize!)),
        total: many.length,
        page: args.page!,
      };
    });
    fireEvent.change(input, { target: { value: 'word' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(20));
    expect(screen.getByText('Showing 20 of 30')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'More results' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(30));
    expect(query).toHaveBeenLastCalledWith(expect.objectContaining({ page: 2, pageSize: 20 }));
    expect(screen.queryByRole('button', { name: 'More results' })).toBeNull();
  });

  it('says how far indexing is, and that it is finishing once every note is read', async () => {
    let status: SearchResults['status'] = { state: 'building', done: 1200, total: 6000, notes: 0 };
    const { app, input } = await open(async (args) => results(args.query, [framework], { status }));
    fireEvent.change(input, { target: { value: 'framework' } });
    expect(await screen.findByText(/^Indexing notes: 1,200 of 6,000\./)).toBeTruthy();
    status = { state: 'building', done: 6000, total: 6000, notes: 0 };
    act(() =>
      app.emit({
        type: 'task.progress',
        payload: { task: 'search.index', label: 'Indexing notes', done: 6000, total: 6000 },
      }),
    );
    expect(await screen.findByText(/^Finishing the search index…/)).toBeTruthy();
    expect(screen.queryByText(/6,000 of 6,000/)).toBeNull();
  });

  it('shows how to search, and every note’s chips, when nothing is typed', async () => {
    await open(answer([framework]));
    expect(await screen.findByRole('heading', { name: 'How to search' })).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: 'Procurement and contracts, 1 note' }),
    ).toBeTruthy();
    expect(screen.queryByRole('option')).toBeNull();
  });
});
