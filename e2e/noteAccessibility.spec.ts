import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { openWithSwitcher } from './noteHelpers';

const modes = [
  { name: 'edit', key: 'ControlOrMeta+1' },
  { name: 'preview', key: 'ControlOrMeta+2' },
  { name: 'split', key: 'ControlOrMeta+3' },
] as const;

for (const theme of ['light', 'dark'] as const) {
  test(`the note view has no accessibility violations (${theme})`, async ({ page, praxis }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(praxis.url);
    await openWithSwitcher(page, 'Framework agreements');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (const mode of modes) {
      await page.keyboard.press(mode.key);
      await expect(
        page.getByRole('button', {
          name: new RegExp(`^${mode.name === 'split' ? 'Side by side' : mode.name}`, 'i'),
        }),
      ).toHaveAttribute('aria-pressed', 'true');
      if (mode.name !== 'edit') await expect(page.locator('.markdown-preview h2').first()).toBeVisible();
      await expectNoA11yViolations(page, `note view, ${mode.name} mode, ${theme}`);
    }
    // Open completion, token suggestions and the find panel too.
    await page.keyboard.press('ControlOrMeta+1');
    await page.getByRole('textbox', { name: 'Note text' }).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n[[Sho');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoA11yViolations(page, `link completion, ${theme}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+F');
    await expect(page.getByRole('textbox', { name: 'Find' })).toBeFocused();
    await expectNoA11yViolations(page, `find panel, ${theme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Tags' }).click();
    await expectNoA11yViolations(page, `tag field, ${theme}`);
  });
}
