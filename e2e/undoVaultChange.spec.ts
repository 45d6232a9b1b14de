import { readFile } from 'node:fs/promises';
import { dialog, showPane, toast } from './domainHelpers';
import { expect, test } from './fixtures';
import { editor, editorText, openWithSwitcher, runCommand, waitSaved } from './noteHelpers';

test.use({
  sample: false,
  vaultFiles: {
    'Budget 2025.md': '# Budget 2025\n\nSee #budget/2025 and #budget.\n',
    'Plans/Spending review.md': '# Spending review\n\nA #budget note.\n',
    'Scratch.md': '# Scratch\n\nDraft.\n',
  },
});

test('the palette undoes the last vault-wide change after the toast is gone; Ctrl+Z stays the editor’s', async ({
  page,
  praxis,
}) => {
  const before = await readFile(praxis.file('Budget 2025.md'), 'utf8');
  await page.goto(praxis.url);
  await showPane(page, 'Tags');
  const budget = page
    .getByRole('tree', { name: 'Tags' })
    .getByRole('treeitem', { name: /^budget/ });
  await budget.focus();
  await page.keyboard.press('F2');
  const rename = dialog(page, 'Rename #budget');
  await rename.getByRole('textbox', { name: 'New name' }).fill('finance');
  await expect(rename).toContainText(
    'Rename #budget to #finance. 3 occurrences in 2 notes will change.',
  );
  await rename.getByRole('button', { name: 'Rename' }).click();
  const done = toast(page, /Renamed #budget to #finance/);
  await expect(done).toBeVisible();
  await expect.poll(() => readFile(praxis.file('Budget 2025.md'), 'utf8')).toContain('#finance');
  // The toast with its Undo is dismissed: undo must not depend on it.
  await done.getByRole('button', { name: 'Dismiss' }).click();
  await expect(done).toHaveCount(0);

  // Ctrl+Z in the editor undoes the typing, not the rename. (A note the rename touched is left
  // alone: saving it would change it since the rename, and the undo would then refuse.)
  await openWithSwitcher(page, 'Scratch');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' More.');
  await expect.poll(() => editorText(page)).toContain('More.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => editorText(page)).not.toContain('More.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await waitSaved(page);
  expect(await readFile(praxis.file('Budget 2025.md'), 'utf8')).toContain('#finance');

  // The palette names the change; a dialog says what will be undone before anything changes.
  await runCommand(page, 'Undo last vault-wide change: Renamed #budget to #finance');
  const confirm = dialog(page, 'Undo last vault-wide change');
  await expect(confirm).toContainText('Undo “Renamed #budget to #finance”');
  await expect(confirm).toContainText('The 2 notes it changed are put back as they were before.');
  await confirm.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(toast(page, 'Undone: 2 notes are back as they were.')).toBeVisible();
  await expect.poll(() => readFile(praxis.file('Budget 2025.md'), 'utf8')).toBe(before);

  // Then there is nothing left to undo, and the dialog says so.
  await runCommand(page, 'Undo last vault-wide change');
  const nothing = dialog(page, 'Undo last vault-wide change');
  await expect(nothing).toContainText('There is no vault-wide change to undo.');
  await page.keyboard.press('Escape');
  await expect(nothing).toHaveCount(0);
});
