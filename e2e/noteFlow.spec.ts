import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import {
  editor,
  editorText,
  noteTitle,
  openWithSwitcher,
  runCommand,
  waitSaved,
} from './noteHelpers';

/**
 * The day-to-day journey on a fresh sample vault, with the keyboard: a new note, a link chosen
 * from `[[` completion, following it to create the target, its backlink, renaming the target
 * (links rewritten), a reload, delete and restore, switching with the quick switcher.
 */
test('write, link, follow, rename, reload, delete and restore', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await expect(page.getByRole('treeitem', { name: 'Welcome to Praxis' })).toBeVisible();

  // A new note: the title is focused and selected; Enter moves on to the text.
  await page.keyboard.press('ControlOrMeta+N');
  await expect(noteTitle(page)).toBeFocused();
  await page.keyboard.type('Budget review');
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => readFile(praxis.file('Budget review.md'), 'utf8')).toContain('id:');

  // A link chosen from completion: "Supplier day checklist" is linked in the welcome note but
  // not written yet, so completion offers it as a planned note.
  await page.keyboard.type('Next step: agree the ');
  await page.keyboard.type('[[Supplier d');
  const option = page.getByRole('option', { name: /Supplier day checklist/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  // CodeMirror ignores Enter for 75 ms after a list opens, so a newline typed just as it opens
  // stays a newline; a person never types that fast, the test waits that long.
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  await page.keyboard.type(' with procurement.');
  expect(await editorText(page)).toBe(
    'Next step: agree the [[Supplier day checklist]] with procurement.',
  );
  await waitSaved(page);
  expect(await readFile(praxis.file('Budget review.md'), 'utf8')).toContain(
    'Next step: agree the [[Supplier day checklist]] with procurement.',
  );

  // Follow it (Ctrl+Enter on the link): it does not exist, so Praxis offers to create it.
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < ' with procurement.'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+Enter');
  const create = page.getByRole('dialog', { name: 'Create note' });
  await expect(create).toContainText('“Supplier day checklist” does not exist yet');
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue('Supplier day checklist');

  // Its backlinks: the new note and the welcome tour.
  const backlinks = page.getByRole('region', { name: /Backlinks/ });
  await expect(backlinks.getByText('Budget review', { exact: true })).toBeVisible();
  await expect(backlinks.getByText('Welcome to Praxis', { exact: true })).toBeVisible();

  // Rename it from the title (F2): the dialog says how many links change.
  await editor(page).click();
  await page.keyboard.press('F2');
  await expect(noteTitle(page)).toBeFocused();
  await page.keyboard.type('Supplier day plan');
  await page.keyboard.press('Enter');
  const rename = page.getByRole('dialog', { name: 'Rename note' });
  await expect(rename).toContainText('This will update 2 links in 2 notes.');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(noteTitle(page)).toHaveValue('Supplier day plan');
  await expect(page.getByRole('treeitem', { name: 'Supplier day plan' })).toBeVisible();

  // The first note's link was rewritten.
  await openWithSwitcher(page, 'Budget', 'Budget review');
  await expect
    .poll(() => editorText(page))
    .toBe('Next step: agree the [[Supplier day plan]] with procurement.');

  // Everything is on disk: a reload finds it all.
  await page.reload();
  await openWithSwitcher(page, 'Budget', 'Budget review');
  await expect
    .poll(() => editorText(page))
    .toBe('Next step: agree the [[Supplier day plan]] with procurement.');
  await openWithSwitcher(page, 'Supplier day', 'Supplier day plan');
  await expect(
    page.getByRole('region', { name: /Backlinks/ }).getByText('Budget review'),
  ).toBeVisible();

  // Delete to the trash, then restore.
  await openWithSwitcher(page, 'Budget', 'Budget review');
  await runCommand(page, 'Move note to trash');
  const confirm = page.getByRole('dialog', { name: 'Move to trash' });
  await expect(confirm).toContainText('Move “Budget review” to the trash?');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('treeitem', { name: 'Budget review' })).toHaveCount(0);
  await runCommand(page, 'Open trash');
  await page.getByRole('button', { name: 'Restore “Budget review”' }).click();
  await expect(page.getByRole('treeitem', { name: 'Budget review' })).toBeVisible();
  await openWithSwitcher(page, 'Budget', 'Budget review');
  await expect
    .poll(() => editorText(page))
    .toBe('Next step: agree the [[Supplier day plan]] with procurement.');
});
