/**
 * Runs a generator in slices of about `budgetMs`, yielding to the event loop between slices so
 * that queries and edits arriving meanwhile are answered within one slice, not after the task.
 */
export async function runSliced<T>(
  steps: Generator<void, T> | AsyncGenerator<void, T>,
  budgetMs = 8,
): Promise<T> {
  for (;;) {
    const sliceEnd = performance.now() + budgetMs;
    for (;;) {
      const step = await steps.next();
      if (step.done) return step.value;
      if (performance.now() >= sliceEnd) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
