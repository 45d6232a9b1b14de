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

test.describe('at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('docs/screenshot-1024.png: a note side by side, the sidebar over it', async ({
    page,
    praxis,
  }) => {
    await page.goto(praxis.url);
    // No tree in view here (the sidebar opens over the note): the start page says the app is up.
    await expect(page.locator('[data-view="home"] h1')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+O');
    await page.getByRole('combobox', { name: 'Find a note by title' }).fill('Framework agreements');
    await expect(page.getByRole('dialog').getByRole('option').first()).toContainText(
      'Framework agreements',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(
      'Framework agreements',
    );
    await page.keyboard.press('ControlOrMeta+3');
    await expect(page.locator('.markdown-preview')).toContainText('Lessons from our community');
    await page.getByRole('button', { name: 'Toggle sidebar' }).click();
    await expect(page.locator('.side-overlay')).toBeVisible();
    await page.mouse.move(0, 699);
    const focused = page.locator(':focus');
    if (await focused.count())
      await focused.evaluate((element) => (element as { blur(): void }).blur());
    await page.screenshot({ path: 'docs/screenshot-1024.png' });
  });
});
