import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';

/** Opens a note with the quick switcher, as a user would. */
async function openNote(page: Page, query: string, title: string) {
  await page.keyboard.press('ControlOrMeta+o');
  await page.getByRole('combobox', { name: 'Find a note by title' }).fill(query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(new RegExp(`^${title} — `));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the main screen, quick switcher, command palette and trash have no axe violations', async ({
      page,
      praxis,
    }) => {
      await page.goto(praxis.url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.getByRole('tree', { name: 'Notes by folder' })).toBeVisible();
      await expectNoA11yViolations(page, `home, ${colorScheme}`);

      await openNote(page, 'welcome', 'Welcome to Praxis');
      await expect(page.getByRole('complementary', { name: 'Links and outline' })).toContainText(
        'Onboarding new analysts',
      );
      // The note itself, its title the page's level-one heading, is shown once it is read.
      await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue(
        'Welcome to Praxis',
      );
      await expectNoA11yViolations(page, `main screen with a note, ${colorScheme}`);

      await page.keyboard.press('ControlOrMeta+o');
      await page.getByRole('combobox', { name: 'Find a note by title' }).fill('fra');
      await expect(
        page.getByRole('dialog', { name: 'Quick switcher' }).getByRole('option').first(),
      ).toContainText('Framework agreements');
      await expectNoA11yViolations(page, `quick switcher, ${colorScheme}`);
      await page.keyboard.press('Escape');

      await page.keyboard.press('ControlOrMeta+Shift+P');
      await expect(page.getByRole('option', { name: /^New note(?! from)/ })).toBeVisible();
      await expectNoA11yViolations(page, `command palette, ${colorScheme}`);
      await page.keyboard.press('Escape');

      const deleted = await page.request.post(`${praxis.origin}/api/notes.delete`, {
        headers: { Authorization: `Bearer ${praxis.token}` },
        data: { path: 'Procurement/Framework agreements.md' },
      });
      expect(deleted.ok()).toBe(true);
      await page.getByRole('button', { name: 'Open trash' }).click();
      await expect(page.getByRole('list', { name: 'Deleted notes' })).toContainText(
        'Framework agreements',
      );
      await expectNoA11yViolations(page, `trash, ${colorScheme}`);

      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await expectNoA11yViolations(page, `settings, ${colorScheme}`);
    });
  });
}
