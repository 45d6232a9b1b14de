import { readdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { dialog } from './domainHelpers';
import {
  editor,
  editorText,
  noteTitle,
  openWithSwitcher,
  runCommand,
  waitSaved,
} from './noteHelpers';

test.use({
  sample: false,
  vaultFiles: {
    'Draft.md': '# Draft\n\nThe budget plan is late.\n',
    'Tagged.md': '---\ntags: [procurement, contracts]\n---\n# Tagged\n',
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

/** A 2×1 PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DAwPAfAAcAAf9+CLHQAAAAAElFTkSuQmCC';

/**
 * Pastes (a ClipboardEvent) or drops (a DragEvent at the start of `line`, 1-based) files into the
 * editor, as the system would: each `{ name, type, base64 }` becomes a File in a DataTransfer.
 */
async function sendFiles(
  page: Page,
  how: 'paste' | 'drop',
  files: { name: string; type: string; base64: string }[],
  line = 1,
): Promise<void> {
  await editor(page).evaluate(
    (content, { how, files, line }) => {
      const transfer = new DataTransfer();
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      if (how === 'paste') {
        content.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
        return;
      }
      const box = content.querySelectorAll('.cm-line')[line - 1]!.getBoundingClientRect();
      content.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: transfer,
          clientX: box.left + 2,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
        }),
      );
    },
    { how, files, line },
  );
}

test('an image pasted and two files dropped land in attachments/ and show in the preview', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Draft');
  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+End');

  await sendFiles(page, 'paste', [{ name: 'image.png', type: 'image/png', base64: PNG_BASE64 }]);
  await expect.poll(() => editorText(page)).toMatch(/!\[\[Pasted image \d{8} \d{6}\.png\]\]/);

  // Two files dropped on the first line: both stored, both embedded there, in order.
  await sendFiles(
    page,
    'drop',
    [
      { name: 'Site plan.png', type: 'image/png', base64: PNG_BASE64 },
      { name: 'Site plan.png', type: 'image/png', base64: PNG_BASE64 },
    ],
    1,
  );
  await expect
    .poll(() => editorText(page))
    .toMatch(/^!\[\[Site plan\.png\]\]\n!\[\[Site plan 1\.png\]\]\n# Draft/);
  const stored = await readdir(praxis.file('attachments'));
  expect(stored.sort()).toEqual([
    expect.stringMatching(/^Pasted image \d{8} \d{6}\.png$/),
    'Site plan 1.png',
    'Site plan.png',
  ]);
  expect((await readFile(praxis.file('attachments/Site plan.png'))).toString('base64')).toBe(
    PNG_BASE64,
  );

  // A file of another type is refused with a message saying what is accepted.
  await sendFiles(page, 'drop', [
    { name: 'tool.exe', type: 'application/x-msdownload', base64: 'TVqQAA==' },
  ]);
  await expect(
    page.getByText('“tool.exe” was not attached: only images and PDFs can be'),
  ).toBeVisible();
  expect(await readdir(praxis.file('attachments'))).toHaveLength(3);

  await waitSaved(page);
  await page.keyboard.press('ControlOrMeta+2');
  const preview = page.locator('.markdown-preview');
  const images = preview.locator('img');
  await expect(images).toHaveCount(3);
  for (const image of await images.all())
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await expect(preview.locator('img').first()).toHaveAttribute(
    'src',
    '/files/attachments/Site%20plan.png',
  );
});

test('a tag and a domain are chosen with Enter from a typed prefix; Esc closes the list', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Draft');
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.focus();
  await page.keyboard.type('#contr');
  await expect(page.getByRole('option', { name: 'contracts' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove contracts' })).toBeVisible();

  // A new tag: typed, then confirmed from its “Add” option.
  await page.keyboard.type('pilot');
  await expect(page.getByRole('option', { name: 'Add “pilot”' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove pilot' })).toBeVisible();

  const domains = page.getByRole('combobox', { name: 'Domains' });
  await domains.focus();
  await page.keyboard.type('digi');
  await expect(domains).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(domains).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('t');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove Digital services/i })).toBeVisible();

  await waitSaved(page);
  const file = await readFile(praxis.file('Draft.md'), 'utf8');
  expect(file).toMatch(/tags:\s*\n\s*- contracts\n\s*- pilot\n/);
  expect(file).toMatch(/domains:[\s\S]*digital-services/);
  await expectNoA11yViolations(page, 'note with a token list open');
});

test('new notes open for writing, even after preview: from a template at its first section', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Draft');
  await page.keyboard.press('ControlOrMeta+2');
  await expect(editor(page)).toBeHidden();

  await runCommand(page, 'New note from template');
  const form = dialog(page, 'New note from template');
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Faster invoices');
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue('Faster invoices');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Invoices wait three weeks.');
  await expect
    .poll(() => editorText(page))
    .toMatch(/## Problem\n<!--[^\n]*-->\nInvoices wait three weeks\.\n## Context/);

  // A blank note: in the editor's mode too, its title ready to type.
  await page.keyboard.press('ControlOrMeta+2');
  await expect(editor(page)).toBeHidden();
  await page.keyboard.press('ControlOrMeta+n');
  await expect(noteTitle(page)).toHaveValue('Untitled');
  await expect(noteTitle(page)).toBeFocused();
  await expect(editor(page)).toBeVisible();
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
