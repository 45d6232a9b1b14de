import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWithSwitcher } from './noteHelpers';

/**
 * axe-core's violations (all its rules, best practices included) in the note view — the window
 * around it is checked by the shell's own scan — as readable lines, empty when there are none.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.note-view').analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  );
}

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
      if (mode.name !== 'edit') await expect(page.locator('.markdown-preview h1')).toBeVisible();
      expect(await axeViolations(page), `${mode.name} mode`).toEqual([]);
    }
    // Open completion, token suggestions and the find panel too.
    await page.keyboard.press('ControlOrMeta+1');
    await page.getByRole('textbox', { name: 'Note text' }).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n[[Sho');
    await expect(page.getByRole('listbox')).toBeVisible();
    expect(await axeViolations(page), 'link completion').toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+F');
    await expect(page.getByRole('textbox', { name: 'Find' })).toBeFocused();
    expect(await axeViolations(page), 'find panel').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Tags' }).click();
    expect(await axeViolations(page), 'tag field').toEqual([]);
  });
}
