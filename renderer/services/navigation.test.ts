import { describe, expect, it } from 'vitest';
import { historyReducer } from './navigation';
import type { Route } from './routes';

const note = (path: string): Route => ({ view: 'note', path });
const start = { entries: [{ view: 'home' } as Route], index: 0 };
const visit = (...routes: Route[]) =>
  routes.reduce((state, route) => historyReducer(state, { type: 'navigate', route }), start);

describe('historyReducer', () => {
  it('goes back and forward through visited routes', () => {
    let state = visit(note('a.md'), note('b.md'));
    state = historyReducer(state, { type: 'back' });
    expect(state.entries[state.index]).toEqual(note('a.md'));
    state = historyReducer(state, { type: 'back' });
    expect(state.entries[state.index]).toEqual({ view: 'home' });
    // At the start, back does nothing.
    expect(historyReducer(state, { type: 'back' })).toBe(state);
    state = historyReducer(state, { type: 'forward' });
    expect(state.entries[state.index]).toEqual(note('a.md'));
  });

  it('drops the forward entries when navigating after going back', () => {
    let state = visit(note('a.md'), note('b.md'));
    state = historyReducer(state, { type: 'back' });
    state = historyReducer(state, { type: 'navigate', route: note('c.md') });
    expect(state.entries).toEqual([{ view: 'home' }, note('a.md'), note('c.md')]);
    expect(historyReducer(state, { type: 'forward' })).toBe(state);
  });

  it('does not add an entry for the route already shown', () => {
    const state = visit(note('a.md'));
    expect(historyReducer(state, { type: 'navigate', route: note('a.md') })).toBe(state);
  });

  it('replaces the current entry when asked', () => {
    const state = historyReducer(visit(note('a.md')), {
      type: 'navigate',
      route: note('b.md'),
      replace: true,
    });
    expect(state.entries).toEqual([{ view: 'home' }, note('b.md')]);
  });

  it('rewrites entries after a rename and drops those of a deleted note', () => {
    let state = visit(note('a.md'), note('b.md'), note('a.md'));
    state = historyReducer(state, {
      type: 'rewrite',
      map: (r) =>
        r.view === 'note' && r.path === 'a.md'
          ? note('renamed.md')
          : r.view === 'note' && r.path === 'b.md'
            ? null
            : r,
    });
    expect(state.entries).toEqual([{ view: 'home' }, note('renamed.md'), note('renamed.md')]);
    expect(state.index).toBe(2);
  });
});
