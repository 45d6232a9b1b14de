import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  editor,
  editorText,
  noteTitle,
  openWithSwitcher,
  saveStatus,
  waitSaved,
} from './noteHelpers';

test.use({
  sample: false,
  vaultFiles: {
    'Plan.md': '---\ntitle: Plan\n---\n# Plan\n\nShared first line.\n\nThe budget is 100.\n',
    'Other.md': '# Other\n',
  },
});

/**
 * Holds the note's saves until released, so that "unsaved edits" stay unsaved while another
 * program writes the file, however fast or slow the machine is.
 */
async function holdSaves(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/api/notes.save', async (route) => {
    if (holding) held.push(route);
    else await route.continue();
  });
  return async () => {
    holding = false;
    for (const route of held.splice(0)) await route.continue();
  };
}

test('an outside edit with no unsaved text reloads the note in place', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await writeFile(
    praxis.file('Plan.md'),
    '---\ntitle: Plan\n---\n# Plan\n\nShared first line.\n\nThe budget is 120.\n',
  );
  await expect.poll(() => editorText(page)).toContain('The budget is 120.');
  await expect(page.getByRole('region', { name: 'This note changed on disk' })).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText('Saved');
});

test('an outside edit under unsaved text offers both versions and loses nothing', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  const release = await holdSaves(page);

  // Unsaved edit here…
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('My note: ask finance.');
  await expect(saveStatus(page)).not.toHaveText('Saved');

  // …while another program changes the same file, a few lines above.
  const theirs =
    '---\ntitle: Plan\n---\n# Plan\n\nShared first line, revised.\n\nThe budget is 100.\n';
  await writeFile(praxis.file('Plan.md'), theirs);
  await release();

  const panel = page.getByRole('region', { name: 'This note changed on disk' });
  await expect(panel).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Changed on disk — choose a version');
  const diff = panel.getByRole('table');
  await expect(diff).toContainText('Shared first line, revised.');
  await expect(diff).toContainText('My note: ask finance.');
  // Nothing was written over their text, and the editor cannot change until the user chooses.
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toBe(theirs);
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'true');

  // Merge by hand: the changes do not collide, so the merged text already has both.
  await panel.getByRole('button', { name: 'Merge by hand…' }).click();
  const merged = panel.getByRole('textbox', { name: 'Merged text' });
  await expect(merged).toBeFocused();
  await expect(panel).toContainText('Both sets of changes were combined.');
  const text = await merged.inputValue();
  expect(text).toBe(
    '# Plan\n\nShared first line, revised.\n\nThe budget is 100.\nMy note: ask finance.',
  );
  await merged.fill(`${text}\nAgreed.\n`);
  await panel.getByRole('button', { name: 'Save merged text' }).click();

  await expect(panel).toBeHidden();
  await waitSaved(page);
  const onDisk = await readFile(praxis.file('Plan.md'), 'utf8');
  expect(onDisk).toContain('Shared first line, revised.');
  expect(onDisk).toContain('My note: ask finance.\nAgreed.');
  expect(onDisk).toContain('title: Plan');
  await expect.poll(() => editorText(page)).toContain('Agreed.');
});

test('changes to the same lines are marked in the merge, and settled by hand', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  const release = await holdSaves(page);
  await editor(page).click();
  await page.getByText('The budget is 100.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mine: 110.');
  await writeFile(praxis.file('Plan.md'), '# Plan\n\nShared first line.\n\nThe budget is 150.\n');
  await release();

  const panel = page.getByRole('region', { name: 'This note changed on disk' });
  await panel.getByRole('button', { name: 'Merge by hand…' }).click();
  const merged = panel.getByRole('textbox', { name: 'Merged text' });
  await expect(panel).toContainText('1 place where both versions differ');
  const text = await merged.inputValue();
  expect(text).toContain('<<<<<<< Your version\nThe budget is 100. Mine: 110.\n=======');
  expect(text).toContain('=======\nThe budget is 150.\n>>>>>>> Version on disk');

  // Saving with markers left asks first.
  await panel.getByRole('button', { name: 'Save merged text' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'The merged text still has conflict markers. Save it anyway?',
  );
  await merged.fill('# Plan\n\nShared first line.\n\nThe budget is 130, halfway.\n');
  await panel.getByRole('button', { name: 'Save merged text' }).click();
  await expect(panel).toBeHidden();
  await waitSaved(page);
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain('The budget is 130, halfway.');
});

test('keeping mine or theirs: the other text stays reachable', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  let release = await holdSaves(page);
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Mine, first round.');
  await writeFile(praxis.file('Plan.md'), '# Plan\n\nTheirs, first round.\n');
  await release();
  const panel = page.getByRole('region', { name: 'This note changed on disk' });
  await expect(panel).toBeVisible();

  // Keep theirs: the editor shows their text; undo brings mine back (and autosave keeps it).
  await panel.getByRole('button', { name: 'Keep the version on disk' }).click();
  await expect(panel).toBeHidden();
  await expect.poll(() => editorText(page)).toBe('# Plan\n\nTheirs, first round.\n');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorText(page)).toContain('Mine, first round.');
  await waitSaved(page);
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain('Mine, first round.');

  // Keep mine over another outside edit.
  release = await holdSaves(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Mine again.');
  await writeFile(praxis.file('Plan.md'), '# Plan\n\nTheirs, second round.\n');
  await release();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Keep my version' }).click();
  await expect(panel).toBeHidden();
  await waitSaved(page);
  const onDisk = await readFile(praxis.file('Plan.md'), 'utf8');
  expect(onDisk).toContain('Mine again.');
  expect(onDisk).not.toContain('Theirs, second round.');
});

test('a note deleted on disk while open can be saved again', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await rm(praxis.file('Plan.md'));
  const panel = page.getByRole('region', { name: 'This note was deleted on disk' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Save it again' }).click();
  await expect(panel).toBeHidden();
  await waitSaved(page);
  const onDisk = await readFile(praxis.file('Plan.md'), 'utf8');
  expect(onDisk).toContain('The budget is 100.');
  expect(onDisk).toContain('title: Plan');
  await expect(noteTitle(page)).toHaveValue('Plan');
});
