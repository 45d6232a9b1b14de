import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type: 'major' | 'minor' }) => void;

let gc: Gc | null = null;

/**
 * V8's `gc`, exposed to one new context only (the flag is set and unset again), so the app's own
 * contexts never see it.
 */
function exposedGc(): Gc {
  if (!gc) {
    const exposed = (globalThis as { gc?: Gc }).gc;
    if (exposed) gc = exposed;
    else {
      setFlagsFromString('--expose-gc');
      try {
        gc = runInNewContext('gc') as Gc;
      } finally {
        setFlagsFromString('--no-expose-gc');
      }
    }
  }
  return gc;
}

/**
 * Runs full garbage collections now. After a large one-off job (a search build) V8 keeps the
 * heap it grew to, and the job's typed arrays, until a later collection it sees no reason to
 * run. The first collection frees the objects and the arrays; only the second gives back the
 * pages the first emptied (after a first build of 52,000 notes, the search worker kept 157 MB
 * of heap committed after one, 104 MB after two, for 63 MB live).
 */
export function collectGarbage(): void {
  const collect = exposedGc();
  collect();
  collect();
}

/**
 * Collects the young generation only (a scavenge: milliseconds). V8 grows the young generation
 * while a thread allocates fast (to 32 MB on a 64-bit Node) and shrinks it back only in a
 * collection that finds little allocated over the last 5 s: run well after a burst, this one gives
 * those pages back (measured on the main thread after a vault's load: 32 → 1 MB).
 */
export function collectYoungGeneration(): void {
  exposedGc()({ type: 'minor' });
}
