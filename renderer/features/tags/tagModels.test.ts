import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { flattenTree } from '../../ui/treeModel';
import { buildTagTree, tagAncestorIds, tagInputProblem, tagNodeId } from './tagTree';
import { followTagRoute } from './useTagRouteFollower';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('en')).getFixedT('en', 'domains');
});

describe('the tag tree', () => {
  const tree = buildTagTree([
    { tag: 'contracts', name: 'contracts', parent: null, count: 3, ownCount: 3 },
    { tag: 'Policy', name: 'Policy', parent: null, count: 4, ownCount: 1 },
    { tag: 'Policy/housing', name: 'housing', parent: 'Policy', count: 3, ownCount: 2 },
    { tag: 'policy/housing/rent', name: 'rent', parent: 'Policy/housing', count: 1, ownCount: 1 },
  ]);

  it('nests tags under their parents, each counting its whole branch', () => {
    const rows = flattenTree(tree, new Set([tagNodeId('policy'), tagNodeId('policy/housing')]));
    expect(rows.map((r) => [r.level, r.node.label, r.node.count])).toEqual([
      [1, 'contracts', 3],
      [1, 'Policy', 4],
      [2, 'housing', 3],
      [3, 'rent', 1],
    ]);
    expect(rows[3]!.node.path).toBe('policy/housing/rent');
  });

  it('knows which rows to expand to show a tag', () => {
    expect(tagAncestorIds('policy/housing/rent')).toEqual(['tag:policy', 'tag:policy/housing']);
    expect(tagNodeId('#Policy/Housing')).toBe('tag:policy/housing');
  });
});

describe('tag names', () => {
  it('are checked by the shared rule and explained in the UI language', () => {
    expect(tagInputProblem('policy/housing', t)).toBeNull();
    expect(tagInputProblem('#ok', t)).toBeNull();
    expect(tagInputProblem('', t)).toBe('A tag cannot be empty.');
    expect(tagInputProblem('two words', t)).toMatch(/without spaces/);
    expect(tagInputProblem('a//b', t)).toMatch(/each level/);
    expect(tagInputProblem('2025', t)).toMatch(/only digits/);
  });
});

describe('after a tag rename', () => {
  const report = { subjects: ['policy'], target: 'policies' };

  it('a tag view follows its tag, and nested tags their parent', () => {
    expect(followTagRoute({ view: 'tag', tag: 'Policy' }, report)).toEqual({
      view: 'tag',
      tag: 'policies',
    });
    expect(followTagRoute({ view: 'tag', tag: 'policy/housing' }, report)).toEqual({
      view: 'tag',
      tag: 'policies/housing',
    });
  });

  it('other routes stay as they are', () => {
    const others = [
      { view: 'tag', tag: 'policy-review' },
      { view: 'note', path: 'policy.md' },
    ] as const;
    for (const route of others) expect(followTagRoute(route, report)).toBe(route);
  });
});
