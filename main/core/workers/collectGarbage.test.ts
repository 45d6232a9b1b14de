import { setImmediate as nextTurn } from 'node:timers/promises';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collectGarbage';

/** A weak reference to an object nothing else references. */
function garbage(): WeakRef<object> {
  return new WeakRef({ payload: new Uint8Array(1 << 20) });
}

describe('collectGarbage', () => {
  it('collects what nothing references any more, without exposing gc to new contexts', async () => {
    const ref = garbage();
    // A WeakRef keeps its target alive until the current job ends.
    await nextTurn();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
