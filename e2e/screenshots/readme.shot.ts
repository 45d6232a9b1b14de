import { expect, test } from '../fixtures';
import { openWithSwitcher } from '../noteHelpers';

test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });

test('docs/screenshot.png: a practice note with its properties, preview and backlinks', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Framework agreements');
  await page.keyboard.press('ControlOrMeta+2');
  // The folders with notes open in the tree, the note shown selected in its folder.
  const tree = page.getByRole('tree', { name: 'Notes by folder' });
  for (const folder of ['Digital services', 'HR and talent']) {
    const item = tree.getByRole('treeitem', { name: new RegExp(`^${folder}`) });
    if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
    await expect(item).toHaveAttribute('aria-expanded', 'true');
  }
  const panel = page.getByRole('complementary', { name: 'Links and outline' });
  await expect(panel.getByRole('region', { name: /Backlinks/ })).toContainText(
    'Shorter tender evaluations',
  );
  await expect(page.locator('.markdown-preview')).toContainText('Lessons from our community');
  // No focus ring or hover in the picture.
  await page.mouse.move(0, 799);
  const focused = page.locator(':focus');
  if (await focused.count())
    await focused.evaluate((element) => (element as { blur(): void }).blur());
  await page.screenshot({ path: 'docs/screenshot.png' });
});
