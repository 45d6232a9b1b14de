import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { MemorySettler } from './memorySettler';

/** A weak reference to an object nothing else references. */
function garbage(): WeakRef<object> {
  return new WeakRef({ payload: new Uint8Array(1 << 20) });
}

describe('MemorySettler', () => {
  it('collects the garbage a job left once it has ended', async () => {
    const settler = new MemorySettler({ quietMs: 0, youngMs: 0 });
    const ref = garbage();
    // A WeakRef keeps its target alive until the current job ends.
    await nextTurn();
    settler.jobEnded();
    await settler.whenSettled();
    expect(ref.deref()).toBeUndefined();
    settler.close();
  });

  it('settles once for jobs ending close together, and no more once closed', async () => {
    const settler = new MemorySettler({ quietMs: 0, youngMs: 0 });
    settler.jobEnded();
    const first = settler.whenSettled();
    settler.jobEnded();
    expect(settler.whenSettled()).toBe(first);
    await first;
    settler.close();
    settler.jobEnded();
    // Nothing pending: a close never leaves anyone waiting.
    await settler.whenSettled();
  });
});
