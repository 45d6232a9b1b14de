import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../shared/api/noteSchemas';
import type { VaultSnapshot } from './vaultStore';
import { noteSummary } from '../../testing/renderer/noteSummary';
import { plannedNoteTargets, resolverFor, vaultTags } from './vaultLookups';

const note = (path: string, title: string, tags: string[] = []) =>
  noteSummary(path, { title, tags });

const snapshot = (notes: NoteSummary[], attachments: string[] = []): VaultSnapshot => ({
  loaded: true,
  loading: null,
  info: null,
  notes,
  byPath: new Map(notes.map((n) => [n.path, n])),
  listed: notes,
  unread: [],
  attachments,
});

describe('resolverFor', () => {
  it('follows snapshots: added, renamed and removed notes and attachments', () => {
    const owner = {};
    const a = note('a/Plan.md', 'Plan');
    const first = resolverFor(owner, snapshot([a], ['x.png']));
    expect(first.resolve('Plan', 'Home.md')).toBe('a/Plan.md');
    expect(first.resolve('x.png', 'Home.md')).toBe('x.png');

    const retitled = { ...a, title: 'Roadmap' };
    const second = resolverFor(owner, snapshot([retitled, note('b/Other.md', 'Other')], []));
    expect(second).toBe(first);
    expect(second.resolve('Roadmap', 'Home.md')).toBe('a/Plan.md');
    expect(second.resolve('Other', 'Home.md')).toBe('b/Other.md');
    expect(second.resolve('x.png', 'Home.md')).toBeNull();

    resolverFor(owner, snapshot([note('b/Other.md', 'Other')]));
    expect(first.resolve('Plan', 'Home.md')).toBeNull();
  });
});

describe('vaultTags', () => {
  it('lists tags most used first, one spelling each', () => {
    const notes = [
      note('1.md', '1', ['b', 'a']),
      note('2.md', '2', ['A']),
      note('3.md', '3', ['c']),
    ];
    expect(vaultTags(notes)).toEqual(['a', 'b', 'c']);
  });
});

describe('plannedNoteTargets', () => {
  it('keeps note targets once each, not files', () => {
    expect(
      plannedNoteTargets(['Supplier day', 'supplier day', 'chart.png', 'Plan v1.2', 'a/Idea.md']),
    ).toEqual(['Supplier day', 'Plan v1.2', 'a/Idea']);
  });
});
