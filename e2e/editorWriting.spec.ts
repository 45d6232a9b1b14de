import { readFile } from 'node:fs/promises';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { editor, editorText, openWithSwitcher, waitSaved } from './noteHelpers';

test.use({
  sample: false,
  vaultFiles: {
    'Draft.md': '# Draft\n\nThe budget plan is late.\n',
  },
});

test('Ctrl+B, I and K format the text in the editor; the sidebar stays', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Draft');
  const text = editor(page);
  await text.focus();
  await page.keyboard.press('ControlOrMeta+End');

  // Nothing selected: the markers go around the cursor, and typing goes between them.
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Urgent');
  await page.keyboard.press('End');
  await page.keyboard.type(' then ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('soon');
  await page.keyboard.press('End');
  await expect.poll(() => editorText(page)).toContain('**Urgent** then *soon*');
  // Ctrl+B no longer hides the sidebar.
  await expect(page.getByRole('tree').first()).toBeVisible();

  // A selected word is wrapped, and unwrapped by the same keys.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ControlOrMeta+b');
  await expect.poll(() => editorText(page)).toContain('The **budget** plan');
  await page.keyboard.press('ControlOrMeta+b');
  await expect.poll(() => editorText(page)).toContain('The budget plan');

  // Ctrl+K makes the selection a link and puts the cursor where the address goes.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('Budget.md');
  await expect.poll(() => editorText(page)).toContain('The [budget](Budget.md) plan');

  // The toolbar is reachable from the editor (Escape, then Shift+Tab) and its buttons are
  // named: a checkbox list on the last line.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Checkbox list' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toContain('- [ ] **Urgent** then *soon*');
  await expect(text).toBeFocused();

  // The status bar counts the words.
  await expect(page.locator('.status-note-stats')).toContainText('11 words');
  await waitSaved(page);
  expect(await readFile(praxis.file('Draft.md'), 'utf8')).toContain(
    'The [budget](Budget.md) plan is late.\n- [ ] **Urgent** then *soon*',
  );
  await expectNoA11yViolations(page, 'note with the formatting toolbar');
});

test('the sidebar toggles with Ctrl+Shift+B', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  const tree = page.getByRole('tree').first();
  await expect(tree).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+B');
  await expect(tree).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+B');
  await expect(tree).toBeVisible();
});
