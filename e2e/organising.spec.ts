import * as fs from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type PraxisHarness } from './fixtures';
import { tabTo } from './keyboard';

/**
 * Organising notes from the Files tree, as a person does it: the tree's context menu from the
 * keyboard (Shift+F10 or the menu key), Move to folder…, drag and drop, and folders created,
 * renamed and deleted to the trash. Every effect is checked on disk or through the API.
 */

test.use({
  sample: false,
  vaultFiles: {
    'Index.md':
      '# Index\n\nSee [[Projects/Beta]], [[Projects/Beta|the beta]] and [Gamma](Projects/Gamma.md).\n',
    'Projects/Alpha.md': '# Alpha\n\nBuilds on [[Projects/Beta#Plan]] and [[Projects/Gamma]].\n',
    'Projects/Beta.md': '# Beta\n\n## Plan\nShip it.\n',
    'Projects/Gamma.md': '# Gamma\n\nBack to [[Projects/Alpha]].\n',
    'Archive/Old.md': '# Old\n\nSuperseded by [[Projects/Alpha]].\n',
  },
});

const tree = (page: Page) => page.getByRole('tree', { name: 'Notes by folder' });
const row = (page: Page, name: string) =>
  tree(page).getByRole('treeitem', { name: new RegExp(`^${name}\\b`) });

async function callApi(praxis: PraxisHarness, page: Page, method: string, args: object = {}) {
  const response = await page.request.post(`${praxis.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${praxis.token}` },
    data: args,
  });
  expect(response.ok(), `${method} failed: ${await response.text()}`).toBe(true);
  return (await response.json()).value;
}

/** Moves the tree's focus to a row with the arrow keys, from the top (Home). */
async function arrowTo(page: Page, target: Locator) {
  await page.keyboard.press('Home');
  const focused = () => target.evaluate((el) => el === document.activeElement).catch(() => false);
  for (let i = 0; i < 30 && !(await focused()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
}

/** Opens the focused row's context menu with Shift+F10 and runs the item named `item`. */
async function runMenuItem(page: Page, item: string) {
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const wanted = menu.getByRole('menuitem', { name: item });
  for (let i = 0; i < 10 && !(await wanted.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(wanted).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Whether every note's links resolve (the API's list of unresolved links is empty). */
async function unresolved(praxis: PraxisHarness, page: Page): Promise<string[]> {
  return ((await callApi(praxis, page, 'links.unresolved')) as { target: string }[]).map(
    (u) => u.target,
  );
}

/** Into the tree from the keyboard: F6 to the sidebar, then Tab to the tree's current row. */
async function focusTree(page: Page) {
  const inSidebar = () =>
    page.evaluate(
      () => !!document.activeElement?.closest('[data-window-part]')?.querySelector('[role="tree"]'),
    );
  for (let i = 0; i < 6 && !(await inSidebar()); i++) await page.keyboard.press('F6');
  await tabTo(page, tree(page).locator('[role="treeitem"][tabindex="0"]'));
}

async function openTree(page: Page, praxis: PraxisHarness) {
  await page.goto(praxis.url);
  await expect(row(page, 'Projects')).toBeVisible();
  await focusTree(page);
}

/** Expands a collapsed folder row that has the focus. */
async function expandFocused(page: Page, folder: Locator) {
  if ((await folder.getAttribute('aria-expanded')) === 'false')
    await page.keyboard.press('ArrowRight');
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
}

test('a note moved to another folder from the context menu, links to it rewritten', async ({
  page,
  praxis,
}) => {
  await openTree(page, praxis);
  await arrowTo(page, row(page, 'Projects'));
  await expandFocused(page, row(page, 'Projects'));
  await arrowTo(page, row(page, 'Beta'));
  await runMenuItem(page, 'Move to folder…');
  const dialog = page.getByRole('dialog', { name: 'Move “Beta” to a folder' });
  const folder = dialog.getByRole('combobox', { name: 'Folder' });
  await expect(folder).toBeFocused();
  await folder.fill('Archive');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  await expect.poll(() => fs.readdir(praxis.file('Archive'))).toContain('Beta.md');
  expect(await fs.readdir(praxis.file('Projects'))).not.toContain('Beta.md');
  const index = await fs.readFile(praxis.file('Index.md'), 'utf8');
  const alpha = await fs.readFile(praxis.file('Projects/Alpha.md'), 'utf8');
  expect(index).not.toContain('Projects/Beta');
  expect(alpha).not.toContain('Projects/Beta');
  // The heading and the shown text survive the rewrite.
  expect(alpha).toMatch(/\[\[(Archive\/)?Beta#Plan\]\]/);
  expect(index).toMatch(/\[\[(Archive\/)?Beta\|the beta\]\]/);
  expect(await unresolved(praxis, page)).toEqual([]);
  const backlinks = (await callApi(praxis, page, 'links.backlinks', {
    path: 'Archive/Beta.md',
  })) as { source: string }[];
  expect(new Set(backlinks.map((b) => b.source))).toEqual(
    new Set(['Index.md', 'Projects/Alpha.md']),
  );
});

test('a note moved by drag and drop onto a folder, links to it rewritten', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await expect(row(page, 'Projects')).toBeVisible();
  if ((await row(page, 'Projects').getAttribute('aria-expanded')) === 'false')
    await row(page, 'Projects').click();
  await row(page, 'Gamma').dragTo(row(page, 'Archive'));

  await expect.poll(() => fs.readdir(praxis.file('Archive'))).toContain('Gamma.md');
  // The note lands before the links to it are rewritten: wait for both linking notes.
  const linking = ['Index.md', 'Projects/Alpha.md'];
  await expect
    .poll(async () => Promise.all(linking.map((rel) => fs.readFile(praxis.file(rel), 'utf8'))))
    .not.toContainEqual(expect.stringContaining('Projects/Gamma'));
  const index = await fs.readFile(praxis.file('Index.md'), 'utf8');
  const alpha = await fs.readFile(praxis.file('Projects/Alpha.md'), 'utf8');
  expect(index).not.toContain('Projects/Gamma');
  expect(index).toContain('(Archive/Gamma.md)');
  expect(alpha).not.toContain('Projects/Gamma');
  expect(await unresolved(praxis, page)).toEqual([]);
});

test('a folder created, renamed and deleted to the trash, and restored from it', async ({
  page,
  praxis,
}) => {
  await openTree(page, praxis);

  // New folder inside Archive.
  await arrowTo(page, row(page, 'Archive'));
  await runMenuItem(page, 'New folder');
  const create = page.getByRole('dialog', { name: 'New folder in Archive' });
  await expect(create.getByRole('textbox', { name: 'Folder name' })).toBeFocused();
  await page.keyboard.type('Minutes');
  await page.keyboard.press('Enter');
  await expect(create).toHaveCount(0);
  await expect
    .poll(async () => (await fs.stat(praxis.file('Archive/Minutes'))).isDirectory())
    .toBe(true);

  // Rename Archive to Records: its notes move with it, links to them rewritten.
  await tree(page)
    .getByRole('treeitem', { name: /^Archive\b/ })
    .focus();
  await expect(row(page, 'Archive')).toBeFocused();
  await runMenuItem(page, 'Rename folder');
  const rename = page.getByRole('dialog', { name: 'Rename folder Archive' });
  const name = rename.getByRole('textbox');
  await expect(name).toBeFocused();
  await name.fill('Records');
  await page.keyboard.press('Enter');
  await expect(rename).toHaveCount(0);
  await expect.poll(() => fs.readdir(praxis.vault)).toContain('Records');
  expect(await fs.readdir(praxis.vault)).not.toContain('Archive');
  expect(await fs.readdir(praxis.file('Records'))).toEqual(
    expect.arrayContaining(['Old.md', 'Minutes']),
  );
  expect(await unresolved(praxis, page)).toEqual([]);

  // Delete Records: to the trash, after confirming.
  await focusTree(page);
  await arrowTo(page, row(page, 'Records'));
  await runMenuItem(page, 'Delete folder');
  const confirm = page.getByRole('dialog', { name: 'Delete folder Records?' });
  await tabTo(page, confirm.getByRole('button', { name: 'Move to trash' }));
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect.poll(async () => (await fs.readdir(praxis.vault)).includes('Records')).toBe(false);
  await expect(row(page, 'Records')).toHaveCount(0);
  const trash = (await callApi(praxis, page, 'trash.list')) as {
    id: string;
    originalPath: string;
  }[];
  const old = trash.find((entry) => entry.originalPath === 'Records/Old.md');
  expect(old).toBeDefined();

  // Restorable from the Trash view.
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.keyboard.type('Open trash');
  await page.keyboard.press('Enter');
  const restore = page.getByRole('button', { name: 'Restore “Old”' });
  await expect(restore).toBeVisible();
  await tabTo(page, restore);
  await page.keyboard.press('Enter');
  await expect(page.getByText('“Old” is back at Records/Old.md.')).toBeVisible();
  expect(await fs.readFile(praxis.file('Records/Old.md'), 'utf8')).toContain('Superseded');
});
