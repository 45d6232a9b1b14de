import { createRequire } from 'node:module';
import type AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * axe-core's source, the copy @axe-core/playwright itself runs (its own dependency, so the
 * same version and rules as before).
 */
const axeSource: string = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
)('axe-core').source;

/**
 * Runs axe-core on the page as it is now and fails with a readable list of violations (rule,
 * impact, what to fix, which elements). `exclude` leaves out parts another check owns.
 *
 *   await expectNoA11yViolations(page, 'quick switcher, dark theme');
 *
 * axe runs in the page itself, injected once per document: what AxeBuilder does in its legacy
 * mode, minus the blank page and the second injection its default mode adds to every call,
 * which made a check 3–4× slower. Same rules, same nodes: the renderer has no cross-origin frames,
 * the one thing only the default mode reaches.
 */
export async function expectNoA11yViolations(
  page: Page,
  label: string,
  options: { exclude?: string[] } = {},
): Promise<void> {
  // A full axe run is seconds of CPU on an idle machine and over a minute on a loaded CI runner:
  // each one brings its own budget rather than eating the test's.
  test.info().setTimeout(test.info().timeout + 90_000);
  // Into every frame, as AxeBuilder does (axe.run asks the frames it finds), once per document.
  for (const frame of page.frames())
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  const violations = await page.evaluate(async (exclude) => {
    const { axe } = window as unknown as {
      axe: { run(context: unknown): Promise<AxeResults> };
    };
    const { violations } = await axe.run(exclude.length ? { exclude } : document);
    return violations;
  }, options.exclude ?? []);
  const readable = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
  expect(readable, `axe violations on ${label}`).toEqual([]);
}
