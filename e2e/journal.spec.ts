import * as fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { editor, editorText, noteTitle, waitSaved } from './noteHelpers';

/** Today on the calendar of the machine the browser runs on (the tests' machine). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const sentence = 'Agree the scoring scale before the tenders arrive.';
const lesson = 'Agree the scoring scale before the tenders arrive';

/** A vault without today's entry: one note, so the app has something to show. */
test.use({
  sample: false,
  vaultFiles: {
    'Procurement/Framework agreements.md':
      '---\ntype: practice\ndomains: [procurement]\n---\n# Framework agreements\n',
  },
});

async function started(page: Page) {
  await expect(page.getByRole('treeitem').first()).toBeVisible();
}

/** Runs a command from the command palette, by keyboard. */
async function runCommand(page: Page, label: string) {
  await page.keyboard.press('ControlOrMeta+Shift+P');
  const input = page.getByRole('combobox', { name: 'Find a command' });
  await expect(input).toBeFocused();
  await input.fill(label);
  await expect(page.getByRole('dialog').getByRole('option').first()).toContainText(label);
  await page.keyboard.press('Enter');
}

test('keyboard only: write today’s entry, promote a sentence, follow both links, review the week', async ({
  page,
  praxis,
}) => {
  const today = localToday();
  const entryPath = `journal/${today.slice(0, 4)}/${today}.md`;
  await page.goto(praxis.url);
  await started(page);

  // One keystroke: today's entry, created with the prompts, the cursor under the first one.
  await page.keyboard.press('ControlOrMeta+J');
  await expect(editor(page)).toBeFocused();
  await expect(page.getByText('Private', { exact: true })).toBeVisible();
  await page.keyboard.type(`Met the [[Framework agreements`);
  await page.keyboard.press('Escape');
  await page.keyboard.type(']] team.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(sentence);
  const text = await editorText(page);
  expect(text).toMatch(
    new RegExp(
      `## What happened\\?\\nMet the \\[\\[Framework agreements\\]\\] team\\.\\n${sentence}\\n## What did I learn\\?`,
    ),
  );
  await waitSaved(page);

  // Select the sentence and promote it: palette, then Enter on the proposed note.
  await page.keyboard.press('Shift+Home');
  await expect(page.getByRole('button', { name: /Promote/ })).toBeEnabled();
  await runCommand(page, 'Promote selection to a lesson note');
  const dialog = page.getByRole('dialog', { name: 'Promote to a note' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(lesson);
  await expect(dialog.getByRole('radio', { name: 'Solution' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Procurement and contracts' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Folder' })).toHaveValue('Procurement');
  await expect(dialog.getByRole('button', { name: 'Create note' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The new note opens: the selection first, with the link back to the entry.
  await expect(noteTitle(page)).toHaveValue(lesson);
  const noteText = await editorText(page);
  expect(noteText).toContain(`# ${lesson}\n\n${sentence}\n\nFrom my journal: [[${today}]].`);
  expect(noteText).toContain('## Problem');
  const notePath = `Procurement/${lesson}.md`;
  expect(await fs.readFile(praxis.file(notePath), 'utf8')).toContain('type: solution');

  // Note → entry: follow the link with the keyboard (the cursor is after the promoted text).
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(noteTitle(page)).toHaveValue(/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, /);
  // Entry → note: the forward link right after the sentence.
  expect(await editorText(page)).toContain(`${sentence} → [[${lesson}]]`);
  expect(await fs.readFile(praxis.file(entryPath), 'utf8')).toContain(
    `${sentence} → [[${lesson}]]`,
  );

  // The weekly review shows the entry, the new note and the link between them.
  await runCommand(page, 'Weekly review');
  const entries = page.getByRole('region', { name: /Journal entries/ });
  await expect(entries).toContainText(`Met the Framework agreements team.`);
  const created = page.getByRole('region', { name: /Notes created/ });
  await expect(created.getByRole('button', { name: lesson })).toBeVisible();
  await expect(page.getByRole('region', { name: /Domains touched/ })).toContainText(
    'Procurement and contracts',
  );
  await expect(page.getByRole('region', { name: /Links made/ })).toContainText(lesson);

  // The calendar marks the day.
  await runCommand(page, 'Open journal');
  const day = page.getByRole('grid').locator(`[data-date="${today}"]`);
  await expect(day).toHaveAccessibleName(/, has an entry$/);
  await expect(day)
    .toBeFocused({ timeout: 1 })
    .catch(() => undefined);
});

test('the calendar opens and creates any day from the keyboard', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await started(page);
  await runCommand(page, 'Open journal');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  // Tab into the grid lands on the selected day (today); go back a week and open it.
  await grid.locator('button[tabindex="0"]').focus();
  const today = localToday();
  await expect(grid.locator(`[data-date="${today}"]`)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAccessibleName(/, no entry$/);
  const date = (await page.locator(':focus').getAttribute('data-date'))!;
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Backfilled.');
  await waitSaved(page);
  expect(await fs.readFile(praxis.file(`journal/${date.slice(0, 4)}/${date}.md`), 'utf8')).toMatch(
    /type: journal[\s\S]*private: true[\s\S]*## What happened\?\nBackfilled\./,
  );
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('grid').locator(`[data-date="${date}"]`)).toHaveAccessibleName(
    /, has an entry$/,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the journal, the weekly review and the promote dialog have no axe violations (${colorScheme})`, async ({
    page,
    praxis,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(praxis.url);
    await started(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.keyboard.press('ControlOrMeta+J');
    await expect(editor(page)).toBeFocused();
    await page.keyboard.type('Short meetings with an agenda work better. - [ ] Share it');
    await page.keyboard.press('Shift+Home');
    await expectNoA11yViolations(page, `journal entry with a selection, ${colorScheme}`);
    await page.getByRole('button', { name: /Promote/ }).click();
    await expect(page.getByRole('dialog', { name: 'Promote to a note' })).toBeVisible();
    await expectNoA11yViolations(page, `promote dialog, ${colorScheme}`);
    await page.keyboard.press('Escape');

    await runCommand(page, 'Open journal');
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Activity' })).toContainText('Current streak');
    await page.getByText('Show the figures as a table').click();
    await expectNoA11yViolations(page, `journal view, ${colorScheme}`);

    // The sidebar's journal pane.
    await page.getByRole('button', { name: 'Journal', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Journal', level: 2 })).toBeVisible();
    await expectNoA11yViolations(page, `journal pane, ${colorScheme}`);

    await runCommand(page, 'Weekly review');
    await expect(page.getByRole('region', { name: /Journal entries/ })).toBeVisible();
    await expectNoA11yViolations(page, `weekly review, ${colorScheme}`);
  });
}
