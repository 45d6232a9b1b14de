import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import { MetadataStore } from '../store/metadataStore';
import { RefactorHistory } from './refactorHistory';

describe('RefactorHistory', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  // The renderer names the last vault-wide change in the Edit menu: it refetches on this signal
  // alone, never on every save.
  it('says when a change is recorded or undone, and only then', async () => {
    const temp = await makeTempVault();
    cleanup = temp.cleanup;
    const store = await MetadataStore.open(temp.root);
    let told = 0;
    const history = new RefactorHistory(temp.root, store, () => told++);

    const record = await history.record({
      kind: 'tag.rename',
      description: 'Renamed #budget to #finance',
      subjects: ['budget'],
      target: 'finance',
      files: [{ path: 'a.md', before: 'x #budget', after: 'v1', occurrences: 1 }],
      registry: null,
    });
    expect(told).toBe(1);
    expect(history.list().map((r) => r.id)).toEqual([record.id]);
    await history.load(record.id);
    expect(told).toBe(1);

    await history.markUndone(record.id);
    expect(told).toBe(2);
    expect(history.find(record.id)?.undoneAt).not.toBeNull();
  });
});
