import * as fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { openWithSwitcher } from './noteHelpers';

const TARGET = '---\ntitle: Contratación pública\n---\nHow we buy.\n';
const MEMO = [
  '# Memo',
  '',
  'This year we follow the contratacion publica rules.',
  '',
  'Code `Contratación pública` is not a mention.',
  '',
].join('\n');

test.use({ sample: false, vaultFiles: { 'Contratación pública.md': TARGET, 'Memo.md': MEMO } });

/** Moves the keyboard to the right panel with F6, as a keyboard user does. */
async function focusRightPanel(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('F6');
    const part = await page.evaluate(
      () => document.activeElement?.closest('[data-window-part]')?.className ?? null,
    );
    if (part === 'right-panel') return;
  }
  throw new Error('F6 never reached the right panel');
}

for (const theme of ['light', 'dark'] as const) {
  test(`the panel lists an unlinked mention and Link makes it a link, by keyboard (${theme})`, async ({
    page,
    praxis,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(praxis.url);
    await openWithSwitcher(page, 'Contratación pública');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const mentions = page.getByRole('region', { name: /Unlinked mentions/ });
    await expect(mentions.locator('mark')).toHaveText('contratacion publica');
    await expect(mentions.getByRole('button', { name: 'Memo', exact: true })).toBeVisible();
    const backlinks = page.getByRole('region', { name: /Backlinks/ });
    await expect(backlinks).toContainText('No note links here yet.');
    await expectNoA11yViolations(page, `unlinked mentions panel, ${theme}`);

    // Keyboard only: into the panel, then Tab to the Link button named after its note.
    const linkButton = mentions.getByRole('button', {
      name: 'Link “contratacion publica” in Memo',
    });
    await focusRightPanel(page);
    for (
      let i = 0;
      i < 30 && !(await linkButton.evaluate((b) => b === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(linkButton).toBeFocused();
    await page.keyboard.press('Enter');

    await expect
      .poll(() => fs.readFile(praxis.file('Memo.md'), 'utf8'))
      .toBe(
        MEMO.replace(
          'the contratacion publica rules',
          'the [[Contratación pública|contratacion publica]] rules',
        ),
      );
    await expect(backlinks.getByRole('button', { name: 'Memo', exact: true })).toBeVisible();
    await expect(mentions).toContainText('No other note mentions this one without linking it.');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectNoA11yViolations(page, `unlinked mentions panel after linking, ${theme}`);
  });
}
