import * as fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type PraxisHarness } from './fixtures';
import { openWithSwitcher, runCommand } from './noteHelpers';
import { expectNoA11yViolations } from './axe';

/** The results of the quick switcher (the page may have other options, e.g. a note's type). */
const switcherOptions = (page: Page) =>
  page.getByRole('dialog', { name: 'Quick switcher' }).getByRole('option');

/** Opens a note with the quick switcher, from the keyboard. */
async function switchTo(page: Page, query: string, title: string) {
  await page.keyboard.press('ControlOrMeta+o');
  const input = page.getByRole('combobox', { name: 'Find a note by title' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(switcherOptions(page).first()).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(`${title} — vault — Praxis`);
}

async function callApi(praxis: PraxisHarness, page: Page, method: string, args: object) {
  const response = await page.request.post(`${praxis.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${praxis.token}` },
    data: args,
  });
  expect(response.ok(), `${method} failed: ${await response.text()}`).toBe(true);
  return (await response.json()).value;
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Notes by folder' });

/** Opens the app and waits until it is ready for the keyboard. */
async function openApp(page: Page, praxis: PraxisHarness) {
  await page.goto(praxis.url);
  await expect(page.getByRole('button', { name: 'Toggle sidebar' })).toBeVisible();
}

test('Ctrl+N creates an untitled note and opens it, ready to be named', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await expect(tree(page)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+n');
  await expect(page).toHaveTitle('Untitled — vault — Praxis');
  await expect(tree(page).getByRole('treeitem', { name: 'Untitled' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await fs.access(praxis.file('Untitled.md'));

  // The next one takes the next free name.
  await page.keyboard.press('ControlOrMeta+n');
  await expect(page).toHaveTitle('Untitled 1 — vault — Praxis');
  await fs.access(praxis.file('Untitled 1.md'));
});

test('the quick switcher finds notes by title fuzzily and switches with the keyboard', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await switchTo(page, 'shrt tend', 'Shorter tender evaluations');

  // Arrows move through the results; Enter opens the active one; focus comes back.
  await page.keyboard.press('ControlOrMeta+o');
  const input = page.getByRole('combobox', { name: 'Find a note by title' });
  await input.fill('a');
  const options = switcherOptions(page);
  await expect(options.nth(1)).toBeVisible();
  const second = (await options.nth(1).locator('.picker-row-title').textContent())!;
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveTitle(`${second} — vault — Praxis`);

  // Escape closes without switching.
  await page.keyboard.press('ControlOrMeta+o');
  await page.keyboard.type('welcome');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveTitle(`${second} — vault — Praxis`);
});

test('the command palette lists commands with their shortcuts and runs one', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await expect(tree(page)).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /^New note\s*Ctrl\+N$/ })).toBeVisible();
  await expect(palette.getByRole('option', { name: /^Quick switcher…\s*Ctrl\+O$/ })).toBeVisible();
  await expect(
    palette.getByRole('option', { name: /^Toggle sidebar\s*Ctrl\+Shift\+B$/ }),
  ).toBeVisible();

  await page.keyboard.type('open trash');
  await expect(palette.getByRole('option').first()).toHaveText('Open trash');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Trash — vault — Praxis');
});

test('back and forward retrace the notes visited (Alt+arrows, toolbar, mouse buttons)', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await switchTo(page, 'welcome', 'Welcome to Praxis');
  await switchTo(page, 'framework', 'Framework agreements');
  // Following a backlink from the right panel is navigation too.
  await page
    .getByRole('complementary', { name: 'Links and outline' })
    .getByRole('region', { name: /Backlinks/ })
    .getByRole('button', { name: 'Shorter tender evaluations', exact: true })
    .click();
  await expect(page).toHaveTitle('Shorter tender evaluations — vault — Praxis');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page).toHaveTitle('Framework agreements — vault — Praxis');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page).toHaveTitle('Welcome to Praxis — vault — Praxis');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page).toHaveTitle('Framework agreements — vault — Praxis');

  // The mouse's back (button 3) and forward (button 4) buttons.
  await page.locator('.view').dispatchEvent('mouseup', { button: 4 });
  await expect(page).toHaveTitle('Shorter tender evaluations — vault — Praxis');
  await expect(page.getByRole('button', { name: 'Forward', exact: true })).toBeDisabled();
  await page.locator('.view').dispatchEvent('mouseup', { button: 3 });
  await expect(page).toHaveTitle('Framework agreements — vault — Praxis');
});

test('a deleted note is restored from the Trash view, or deleted for good', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await expect(tree(page)).toBeVisible();
  await callApi(praxis, page, 'notes.delete', { path: 'Welcome to Praxis.md' });
  await callApi(praxis, page, 'notes.delete', { path: 'HR and talent/Onboarding new analysts.md' });
  await expect(tree(page).getByRole('treeitem', { name: 'Welcome to Praxis' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Open trash' }).click();
  const list = page.getByRole('list', { name: 'Deleted notes' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Welcome to Praxis.md · deleted');

  await list.getByRole('button', { name: 'Restore “Welcome to Praxis”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back at' })).toContainText(
    '“Welcome to Praxis” is back at Welcome to Praxis.md.',
  );
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(tree(page).getByRole('treeitem', { name: 'Welcome to Praxis' })).toBeVisible();
  await fs.access(praxis.file('Welcome to Praxis.md'));
  // The toast's action opens the restored note.
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page).toHaveTitle('Welcome to Praxis — vault — Praxis');

  await page.getByRole('button', { name: 'Open trash' }).click();
  await list.getByRole('button', { name: 'Delete “Onboarding new analysts” for good' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Onboarding new analysts” for good?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty')).toBeVisible();
  expect(await callApi(praxis, page, 'trash.list', {})).toEqual([]);
});

test('the layout (panels shown, their widths, expanded folders) survives a reload', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await expect(tree(page)).toBeVisible();
  const right = page.getByRole('complementary', { name: 'Links and outline' });
  await expect(right).toBeVisible();

  // Narrow the sidebar from the keyboard (the divider is a focusable splitter).
  const sidebar = page.getByRole('navigation', { name: 'Notes' });
  const before = (await sidebar.boundingBox())!.width;
  await page.getByRole('separator', { name: 'Resize sidebar' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await sidebar.boundingBox())!.width).toBeLessThan(before - 10);
  const narrowed = Math.round((await sidebar.boundingBox())!.width);

  await tree(page)
    .getByRole('treeitem', { name: /Procurement/ })
    .click();
  await expect(tree(page).getByRole('treeitem', { name: 'Framework agreements' })).toBeVisible();
  // Hide the right panel with its shortcut.
  await page.keyboard.press('ControlOrMeta+Alt+b');
  await expect(right).toHaveCount(0);

  await expect
    .poll(async () => (await callApi(praxis, page, 'settings.get', {})).ui.layout?.rightOpen)
    .toBe(false);
  await page.reload();
  await expect(tree(page).getByRole('treeitem', { name: 'Framework agreements' })).toBeVisible();
  await expect(right).toHaveCount(0);
  await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width)).toBe(narrowed);
  await expect(page.getByRole('button', { name: 'Toggle right panel' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // The sidebar hides too, and comes back where it was.
  await page.keyboard.press('ControlOrMeta+Shift+B');
  await expect(sidebar).toHaveCount(0);
  await page.getByRole('button', { name: 'Toggle sidebar' }).click();
  await expect(sidebar).toBeVisible();
  await expect.poll(async () => Math.round((await sidebar.boundingBox())!.width)).toBe(narrowed);
});

test('the theme follows the system until the user picks one, which is remembered', async ({
  page,
  praxis,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(praxis.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // The palette's command switches between light and dark.
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type('theme');
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The app reopens where it was: the Settings view.
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
});

test('the language can be changed in Settings', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Abrir papelera' })).toBeVisible();
});

test.describe('with a damaged database', () => {
  test.use({ vaultFiles: { '.praxis/db.json': '{ not json' } });

  test('the repair notice is shown once and can be dismissed', async ({ page, praxis }) => {
    await page.goto(praxis.url);
    const notice = page.locator('.notice');
    await expect(notice).toContainText(/db\.json/);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await expect
      .poll(async () => (await callApi(praxis, page, 'settings.get', {})).ui.dismissedNotices)
      .toHaveLength(1);
    await page.reload();
    // The vault holds only the repaired db.json: the empty state says what to do.
    await expect(page.getByText('No notes yet.', { exact: true })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
});

test('the welcome note: the right panel shows its links and outline', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Welcome to Praxis');
  await expect(page).toHaveTitle('Welcome to Praxis — vault — Praxis');
  const panel = page.getByRole('complementary', { name: 'Links and outline' });
  await expect(panel.getByRole('heading', { name: /Backlinks/ })).toContainText('2');
  await expect(panel.getByRole('button', { name: /knowledge base tour/ })).toBeVisible();
  await expect(
    panel.getByRole('button', { name: 'Supplier day checklist', exact: true }),
  ).toHaveCount(0);
  await expect(panel.getByText('Supplier day checklist')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'A two-minute tour' })).toBeVisible();

  // Creating an unresolved link's note from the panel opens it, and the link resolves.
  await panel.getByRole('button', { name: 'Create the note “Supplier day checklist”' }).click();
  await expect(page).toHaveTitle('Supplier day checklist — vault — Praxis');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(panel.getByText('Every link of this note leads somewhere.')).toBeVisible();

  // The panel follows changes made outside: a new backlink appears.
  await fs.writeFile(praxis.file('Extra.md'), 'Read [[Welcome to Praxis]] first.\n');
  await expect(panel.getByRole('button', { name: 'Extra', exact: true })).toBeVisible();
});

test('F6 and Shift+F6 move the keyboard between the parts of the window', async ({
  page,
  praxis,
}) => {
  await openApp(page, praxis);
  await switchTo(page, 'welcome', 'Welcome to Praxis');
  const focusedPart = () =>
    page.evaluate(() => {
      return document.activeElement?.closest('[data-window-part]')?.className ?? null;
    });
  await page.keyboard.press('F6');
  const first = await focusedPart();
  const visited = [first];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('F6');
    visited.push(await focusedPart());
  }
  expect(new Set(visited)).toEqual(new Set(['activity-bar', 'sidebar', 'centre', 'right-panel']));
  await page.keyboard.press('F6');
  expect(await focusedPart()).toBe(first);
  await page.keyboard.press('Shift+F6');
  expect(await focusedPart()).toBe(visited[3]);
});

test.describe('in a vault Praxis did not create, without a welcome note', () => {
  test.use({ sample: false, vaultFiles: { 'Notes/Budget 2027.md': '# Budget 2027\n' } });

  test('the tour opens from the palette and from Home, keyboard only, and says nothing of the Trash', async ({
    page,
    praxis,
  }) => {
    await page.goto(praxis.url);
    await runCommand(page, 'Show the welcome tour');
    const tour = page.getByRole('dialog', { name: 'Welcome to Praxis' });
    await expect(tour).toBeVisible();
    await expect(tour).toContainText('Step 1 of 7');
    await expectNoA11yViolations(page, 'the welcome tour');
    // Next has the focus: Enter walks through the steps, each one announced.
    for (let step = 2; step <= 7; step++) {
      await page.keyboard.press('Enter');
      await expect(tour).toContainText(`Step ${step} of 7`);
    }
    await expect(tour).toContainText('Help › Show the welcome tour');
    await expect(tour).not.toContainText(/trash/i);
    await expect(tour.getByRole('button', { name: 'Done' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(tour).toHaveCount(0);
    expect(await fs.readdir(praxis.vault)).not.toContain('Welcome to Praxis.md');

    // From Home's "Take the tour", and Escape ends it.
    await page.getByRole('button', { name: /Take the tour/ }).focus();
    await page.keyboard.press('Enter');
    await expect(tour).toContainText('Step 1 of 7');
    await page.keyboard.press('Escape');
    await expect(tour).toHaveCount(0);
  });
});
