import { expect, test } from '../fixtures';

test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });

test('docs/screenshot.png: the welcome note with the sidebar and the right panel open', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await page.getByRole('button', { name: /Take the tour/ }).click();
  await expect(page).toHaveTitle(/^Welcome to Praxis — /);
  // Show a folder open in the tree and the backlinks loaded.
  await page
    .getByRole('tree', { name: 'Notes by folder' })
    .getByRole('treeitem', { name: /Procurement/ })
    .click();
  const panel = page.getByRole('complementary', { name: 'Links and outline' });
  await expect(panel.getByRole('region', { name: /Backlinks/ })).toContainText(
    'Onboarding new analysts',
  );
  // No focus ring or hover in the picture.
  await page.mouse.move(0, 799);
  const focused = page.locator(':focus');
  if (await focused.count())
    await focused.evaluate((element) => (element as { blur(): void }).blur());
  await page.screenshot({ path: 'docs/screenshot.png' });
});
