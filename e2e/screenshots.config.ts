import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/**
 * `npm run screenshots`: the scripts in e2e/screenshots/ (`*.shot.ts`) that take the pictures of
 * the README, on the sample vault, so they stay current. Not part of `npx playwright test`.
 */
export default defineConfig({
  ...base,
  testDir: 'screenshots',
  testMatch: '**/*.shot.ts',
  fullyParallel: false,
  workers: 1,
});
