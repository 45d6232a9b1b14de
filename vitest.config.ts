import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Tests wait for effects, never against the clock: the default 5 s limit failed right tests
 * (search workers starting, a long loop of dates) on a loaded CI runner.
 */
const testTimeout = 60_000;

export default defineConfig({
  test: {
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
