import { getHeapSpaceStatistics } from 'node:v8';
import { collectGarbage, collectYoungGeneration } from './collectGarbage';

/** How many times the young generation is collected at most, waiting for it to shrink. */
const YOUNG_TRIES = 3;
/** Above this, the young generation has not shrunk (it grows to 16–32 MB, shrinks to 1–2 MB). */
const SHRUNK_BYTES = 4 * 2 ** 20;

const youngGenerationBytes = (): number =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

export interface MemorySettlerOptions {
  /** How long after the last job's end the heap is collected (default 1 s). */
  quietMs?: number;
  /** How long after that the young generation is collected (default 8 s; see below). */
  youngMs?: number;
}

/**
 * Gives back the memory the thread's large one-off jobs leave behind (the vault's load, the first
 * search build's hand-off): V8 keeps the heap such a job grew to, garbage included, until a
 * collection it sees no reason to run while the app sits idle. Measured on the main thread after
 * opening 51,968 notes: 150–210 MB of heap used for 74 MB live, still so minutes later, the RSS
 * with it. So once no job has ended for `quietMs`, full collections run (a pause of 0.1–0.5 s on
 * that vault: once for a warm start, twice for a cold one), and `youngMs` later a young-generation
 * one, which V8 only lets shrink the young generation once it has seen little allocated for 5 s
 * (measured: 6 s after a 0.8 s collection it did, 5 s after one it did not; so it is tried again
 * a little later while it has not).
 */
export class MemorySettler {
  readonly #quietMs: number;
  readonly #youngMs: number;
  #timer: NodeJS.Timeout | null = null;
  #closed = false;
  #settled: Promise<void> = Promise.resolve();
  #resolve: (() => void) | null = null;

  constructor(options: MemorySettlerOptions = {}) {
    this.#quietMs = options.quietMs ?? 1000;
    this.#youngMs = options.youngMs ?? 8000;
  }

  /** A large job just ended: settle once none has ended for `quietMs`. */
  jobEnded(): void {
    if (this.#closed) return;
    if (this.#timer) clearTimeout(this.#timer);
    if (!this.#resolve) this.#settled = new Promise((resolve) => (this.#resolve = resolve));
    this.#timer = this.#wait(this.#quietMs, () => {
      collectGarbage();
      this.#collectYoung(YOUNG_TRIES);
    });
  }

  /** Resolves once the jobs ended so far are settled (or the settler is closed). */
  whenSettled(): Promise<void> {
    return this.#settled;
  }

  /** Cancels what is pending. */
  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#done();
  }

  /**
   * Collects the young generation `youngMs` from now, and again while it has not shrunk (something
   * allocated meanwhile, and V8 kept it as it was), a few times at most.
   */
  #collectYoung(tries: number): void {
    this.#timer = this.#wait(this.#youngMs, () => {
      this.#timer = null;
      collectYoungGeneration();
      if (tries > 1 && youngGenerationBytes() > SHRUNK_BYTES) this.#collectYoung(tries - 1);
      else this.#done();
    });
  }

  #wait(ms: number, then: () => void): NodeJS.Timeout {
    const timer = setTimeout(then, ms);
    // Nothing to wait for in a process that is about to exit (the command line).
    timer.unref();
    return timer;
  }

  #done(): void {
    this.#resolve?.();
    this.#resolve = null;
  }
}
