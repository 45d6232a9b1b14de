import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Tests wait for effects, never against the clock: the default 5 s limit failed right tests
 * (search workers starting, a long loop of dates) on a loaded CI runner.
 */
const testTimeout = 60_000;

export default defineConfig({
  test: {
    // Vitest's default leaves one core idle (cores - 1): on a 2-core runner that is one worker for
    // tests that mostly wait on files, worker threads and child processes. Two there: -25% time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          testTimeout,
          include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          testTimeout,
          setupFiles: ['testing/renderer/setupTests.ts'],
          include: ['renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
