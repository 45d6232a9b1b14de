import { open } from 'node:fs/promises';

/**
 * How far this process's resident memory rose above where it stood when `work` started, sampled
 * every few milliseconds while it runs: for tests that a large file is streamed rather than read
 * whole (a 512 MB file read into memory shows as ≈ 512 MB; streamed, as a few MB).
 */
export async function peakMemoryGrowth<T>(
  work: () => Promise<T>,
): Promise<{ result: T; growthBytes: number }> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 2);
  try {
    const result = await work();
    sample();
    return { result, growthBytes: peak - baseline };
  } finally {
    clearInterval(timer);
  }
}

/** A file of `size` bytes that takes no room on disk (a hole), for tests of very large files. */
export async function makeSparseFile(file: string, size: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.truncate(size);
    // One real byte at each end, so a range can be told from zeros.
    await handle.write(Buffer.from('A'), 0, 1, 0);
    await handle.write(Buffer.from('Z'), 0, 1, size - 1);
  } finally {
    await handle.close();
  }
}

/**
 * The most a 512 MB file served by streaming may add to the process's peak memory. Reading it
 * whole costs more than 512 MB; streaming costs a few chunks, but a loaded machine collects
 * garbage late, so the margin is wide (a whole read still fails by far).
 */
export const STREAMED_GROWTH_LIMIT = 160 * 1024 * 1024;
