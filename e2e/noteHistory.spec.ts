import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { editor, editorText, openWithSwitcher, runCommand, waitSaved } from './noteHelpers';

const original =
  '---\nid: 5b0c9a2e-1111-4d6e-9f00-000000000001\ntitle: Plan\n---\n# Plan\n\nThe budget is 100.\n';

test.use({ sample: false, vaultFiles: { 'Plan.md': original, 'Other.md': '# Other\n' } });

/** Presses Tab until `target` has focus, as a keyboard user moves through a dialog. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

for (const theme of ['light', 'dark'] as const) {
  test(`History: preview and diff an earlier version, restore it, keyboard only (${theme})`, async ({
    page,
    praxis,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(praxis.url);
    await openWithSwitcher(page, 'Plan');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    // An edit: the text it replaces becomes the note's first kept version.
    await editor(page).focus();
    await page.keyboard.press('ControlOrMeta+End');
    // The text ends "100.\n": take back the line end, "." and "00", then type "20.".
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('20.');
    await waitSaved(page);
    expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain('The budget is 120.');

    await runCommand(page, 'Note history');
    const dialog = page.getByRole('dialog', { name: 'History of “Plan”' });
    await expect(dialog).toBeVisible();
    const version = dialog
      .getByRole('list', { name: 'Earlier versions' })
      .getByRole('button', { name: /edit/ });
    await expect(version).toHaveCount(1);
    await tabTo(page, version);
    await page.keyboard.press('Enter');
    await expect(version).toHaveAttribute('aria-pressed', 'true');

    const diff = dialog.getByRole('table', { name: 'This version compared with the text now' });
    await expect(diff).toBeVisible();
    await expect(diff.locator('.diff-removed', { hasText: 'The budget is 100.' })).toHaveCount(1);
    await expect(diff.locator('.diff-added', { hasText: 'The budget is 120.' })).toHaveCount(1);
    await expectNoA11yViolations(page, `note history dialog, ${theme}`);

    // The whole text of the version, opened with the keyboard.
    const whole = dialog.getByText('Whole text of this version');
    await tabTo(page, whole);
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.history-text pre')).toContainText('id: 5b0c9a2e');

    await tabTo(page, dialog.getByRole('button', { name: 'Restore this version' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect.poll(() => editorText(page)).toContain('The budget is 100.');
    expect(await editorText(page)).not.toContain('The budget is 120.');
    // Byte for byte what the note was, and the text the restore replaced is kept in turn.
    await expect.poll(() => readFile(praxis.file('Plan.md'), 'utf8')).toBe(original);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

    await runCommand(page, 'Note history');
    await expect(dialog.getByRole('button', { name: /restore/ })).toHaveCount(1);
    await expectNoA11yViolations(page, `note history after a restore, ${theme}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}

test('the note toolbar opens the History too', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  const button = page.getByRole('button', { name: 'Note history…' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'History of “Plan”' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByText('No earlier versions are kept for this note yet.', { exact: false }),
  ).toBeVisible();
});

test('a deleted note shows its history in the Trash, by keyboard', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  const deleted = await page.request.post(`${praxis.origin}/api/notes.delete`, {
    headers: { Authorization: `Bearer ${praxis.token}` },
    data: { path: 'Plan.md' },
  });
  expect(deleted.ok()).toBe(true);
  await runCommand(page, 'Open trash');
  const history = page.getByRole('button', { name: 'History of “Plan”' });
  await tabTo(page, history);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'History of “Plan”' });
  const version = dialog
    .getByRole('list', { name: 'Earlier versions' })
    .getByRole('button', { name: /deleted/ });
  await expect(version).toHaveCount(1);
  await tabTo(page, version);
  await page.keyboard.press('Enter');
  // Compared with nothing (the note is gone), every line of the version is "only in this version".
  await expect(dialog.locator('.diff-removed', { hasText: 'The budget is 100.' })).toHaveCount(1);
});

test('Settings › Note history, by keyboard: a value is saved, one out of bounds is refused', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await runCommand(page, 'Settings');
  const section = page.getByRole('region', { name: 'Note history' });
  const toc = page.getByRole('navigation', { name: 'Sections' });
  await tabTo(page, toc.getByRole('link', { name: 'Note history' }));
  await page.keyboard.press('Enter');
  const interval = section.getByRole('spinbutton', { name: 'Minutes between kept versions' });
  await expect(interval).toHaveValue('5');
  await tabTo(page, interval);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  const settings = async () =>
    (
      await (
        await page.request.post(`${praxis.origin}/api/settings.get`, {
          headers: { Authorization: `Bearer ${praxis.token}` },
          data: {},
        })
      ).json()
    ).value.history;
  await expect.poll(settings).toMatchObject({ intervalMinutes: 0 });

  const age = section.getByRole('spinbutton', { name: 'Days versions are kept' });
  await tabTo(page, age);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('5000');
  await page.keyboard.press('Tab');
  await expect(section.getByText('Enter a whole number from 1 to 3,650.')).toBeVisible();
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  expect((await settings()).maxAgeDays).toBe(90);
});
