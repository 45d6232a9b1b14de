import { expectNoA11yViolations } from './axe';
import { cspReportsBySource, recordCspReports } from './cspReports';
import { expect, requestsOutsideTheApp, test } from './fixtures';

/**
 * The guards the security specs rely on must be able to fail, or they would pass tests that
 * should not: the network guard every spec runs under (fixtures.ts), the sorting of CSP
 * reports by where they come from (cspReports.ts), and the axe check (axe.ts).
 */
test('the network guard sees a request outside the app, even one the CSP blocks', async ({
  browser,
  praxis,
}) => {
  const context = await browser.newContext();
  const outside = requestsOutsideTheApp(context, new Set([praxis.origin]));
  const page = await context.newPage();
  await page.goto(praxis.url);
  await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
  expect(outside).toEqual([]);

  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://example.com/tracker.png';
    document.body.append(image);
  });
  await expect.poll(() => outside).toEqual(['GET https://example.com/tracker.png']);
  await context.close();
});

test('a CSP report about an element of the page counts against it', async ({ page, praxis }) => {
  await recordCspReports(page);
  await page.goto(praxis.url);
  await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
  expect((await cspReportsBySource(page, praxis.origin)).fromThePage).toEqual([]);

  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="missing.png" onerror="void 0" alt="">';
    document.body.append(holder);
  });
  await expect
    .poll(async () =>
      (await cspReportsBySource(page, praxis.origin)).fromThePage.map(
        (r) => `${r.directive} ${r.target} ${r.element}`,
      ),
    )
    .toContain('script-src-attr element IMG');
});

test('the axe check fails on a violation, honours `exclude`, and runs again after a reload', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
  await expectNoA11yViolations(page, 'the home screen');

  await page.evaluate(() => {
    const nameless = document.createElement('button');
    nameless.id = 'nameless';
    document.body.append(nameless);
  });
  await expect(expectNoA11yViolations(page, 'a nameless button')).rejects.toThrow(/button-name/);
  await expectNoA11yViolations(page, 'the nameless button left out', { exclude: ['#nameless'] });

  // A new document has no axe in it: the check injects it again.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
  await page.evaluate(() => document.body.append(document.createElement('button')));
  await expect(expectNoA11yViolations(page, 'after a reload')).rejects.toThrow(/button-name/);
});
