import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';

/**
 * Indexing makes many short-lived strings; a small young generation collects them early instead
 * of letting the worker's heap (and the app's memory) grow by tens of megabytes.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 8 };

/** Starts the search worker (searchWorker.ts, or its bundle; see startWorker). */
export function createSearchWorker(from: { bundle?: string } = {}): Worker {
  return startWorker(import.meta.url, 'searchWorker', { bundle: from.bundle, resourceLimits });
}
