import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../testing/core/testCore';

const files = {
  'a.md': '---\ntags: [policy]\n---\nAlso #Policy/Housing here.\n',
  'b.md': '---\ntags: [policy/housing/rent]\n---\n',
  'c.md': 'Only inline: #policy/health and #policy-review\n',
  'd.md': '---\ntags: "Policy, contracts"\n---\n`#code` is not a tag\n',
  'templates/T.md': '---\ntags: [policy, template-only]\n---\n',
};

describe('tags', () => {
  let t: TestCore | undefined;
  afterEach(async () => t?.close());

  it('are listed as a tree with counts: a parent counts the notes of its whole branch', async () => {
    t = await openTestCore(files);
    expect(await t.call('tags.list')).toEqual([
      { tag: 'contracts', name: 'contracts', parent: null, count: 1, ownCount: 1 },
      { tag: 'policy', name: 'policy', parent: null, count: 4, ownCount: 2 },
      { tag: 'policy/health', name: 'health', parent: 'policy', count: 1, ownCount: 1 },
      { tag: 'Policy/Housing', name: 'Housing', parent: 'policy', count: 2, ownCount: 1 },
      {
        tag: 'policy/housing/rent',
        name: 'rent',
        parent: 'Policy/Housing',
        count: 1,
        ownCount: 1,
      },
      { tag: 'policy-review', name: 'policy-review', parent: null, count: 1, ownCount: 1 },
    ]);
  });

  it('filter notes: a parent finds its children, in any case, never look-alikes or templates', async () => {
    t = await openTestCore(files);
    const paths = async (tag: string) => (await t!.call('tags.notes', { tag })).map((n) => n.path);
    expect(await paths('policy')).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
    expect(await paths('POLICY/housing')).toEqual(['a.md', 'b.md']);
    expect(await paths('policy/housing/rent')).toEqual(['b.md']);
    expect(await paths('policy-review')).toEqual(['c.md']);
    expect(await paths('template-only')).toEqual([]);
    expect(await paths('code')).toEqual([]);
  });
});
