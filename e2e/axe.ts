import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now and fails with a readable list of violations (rule,
 * impact, what to fix, which elements). `exclude` leaves out parts another check owns.
 *
 *   await expectNoA11yViolations(page, 'quick switcher, dark theme');
 */
export async function expectNoA11yViolations(
  page: Page,
  label: string,
  options: { exclude?: string[] } = {},
): Promise<void> {
  // A full axe run is seconds of CPU on an idle machine and over a minute on a loaded CI runner:
  // each one brings its own budget rather than eating the test's.
  test.info().setTimeout(test.info().timeout + 90_000);
  let builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const readable = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
  expect(readable, `axe violations on ${label}`).toEqual([]);
}
