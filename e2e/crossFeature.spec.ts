import { dialog, showPane } from './domainHelpers';
import { expect, test } from './fixtures';
import { editor, noteTitle, openWithSwitcher, waitSaved } from './noteHelpers';

// Where notes, tags, domains, templates and search meet: each leads to the others.

test('a #tag in the editor or the preview opens its notes, and Search there filters by it', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Onboarding new analysts');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n\nThe buddy scheme is tracked under #mentoring.');
  await waitSaved(page);

  // In the editor a tag is coloured, and Ctrl/Cmd+click follows it like a link.
  const inEditor = editor(page).locator('.cm-hashtag', { hasText: '#mentoring' });
  await inEditor.click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByRole('heading', { level: 1, name: '#mentoring' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(noteTitle(page)).toHaveValue('Onboarding new analysts');

  await page.keyboard.press('ControlOrMeta+2');

  const tag = page.locator('.markdown-preview').getByRole('link', { name: '#mentoring' });
  await tag.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '#mentoring' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Onboarding new analysts' })).toBeVisible();

  await page.getByRole('button', { name: 'Search these notes' }).click();
  await expect(page.getByRole('combobox', { name: 'Search notes' })).toHaveValue(/tag:mentoring/);
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option'),
  ).toHaveCount(1);
  await expect(page.getByRole('listbox', { name: 'Search results' })).toContainText(
    'Onboarding new analysts',
  );
});

test("a note's domain and tag tokens open the domain page and the tag's notes", async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Onboarding new analysts');
  await page.getByRole('button', { name: 'Open the domain HR and talent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'HR and talent' })).toBeVisible();

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(noteTitle(page)).toHaveValue('Onboarding new analysts');
  await page.getByRole('button', { name: 'Show the notes tagged #onboarding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '#onboarding' })).toBeVisible();
});

test('F2 in the tag pane renames the tag, even with a note open', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Framework agreements');
  await showPane(page, 'Tags');
  const tree = page.getByRole('tree', { name: 'Tags' });
  // Focused, not opened: the note stays open in the centre.
  const contracts = tree.getByRole('treeitem', { name: /^contracts/ });
  await contracts.focus();
  await page.keyboard.press('F2');
  await expect(dialog(page, 'Rename #contracts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page, 'Rename #contracts')).toBeHidden();
  // Only the tag's rename ran: focus goes back to the tag, not to the note's title.
  await expect(contracts).toBeFocused();

  // Elsewhere, F2 is still the note's rename.
  await noteTitle(page).click();
  await editor(page).click();
  await page.keyboard.press('F2');
  await expect(noteTitle(page)).toBeFocused();
});

test('templates show by their name in the quick switcher, not as {{title}}', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  // The default templates are written the first time they are needed.
  await page.keyboard.press('ControlOrMeta+Shift+N');
  const templates = dialog(page, 'New note from template');
  await expect(templates.getByRole('radio', { name: /Solution/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+O');
  const switcher = page.getByRole('dialog', { name: 'Quick switcher' });
  await page.getByRole('combobox', { name: 'Find a note by title' }).fill('solution');
  await expect(
    switcher.getByRole('option', { name: /^Solution templates\/Solution\.md/ }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Find a note by title' }).fill('title');
  await expect(switcher.getByRole('option', { name: /\{\{title\}\}/ })).toHaveCount(0);
});
