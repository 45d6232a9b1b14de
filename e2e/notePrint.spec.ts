import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editor, noteTitle, openWithSwitcher, runCommand } from './noteHelpers';

const SECTIONS = 30;
const long = [
  '# Long report',
  '',
  ...Array.from({ length: SECTIONS }, (_, i) => [
    `## Section ${i + 1}`,
    '',
    `Paragraph of section ${i + 1}. `.repeat(12),
    '',
    '- a point',
    '- another point',
    '',
  ]).flat(),
].join('\n');

test.use({ sample: false, vaultFiles: { 'Long report.md': long, 'Other.md': '# Other\n' } });

/** Pages in a PDF (its page objects, not the page tree). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function expectPrintsTheNoteAlone(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const copy = page.locator('.print-copy');
  await expect(copy).toBeVisible();
  // The app's chrome (bars, tree, toolbar, editor) is not printed.
  await expect(page.locator('#root')).toBeHidden();
  for (const name of ['Note title', 'Note text'])
    await expect(page.getByRole('textbox', { name })).toBeHidden();
  // Every section is laid out, the last far below what one page (or the window) holds.
  for (let i = 1; i <= SECTIONS; i++)
    await expect(copy.getByRole('heading', { name: `Section ${i}`, exact: true })).toBeVisible();
  const last = await copy
    .getByRole('heading', { name: `Section ${SECTIONS}`, exact: true })
    .boundingBox();
  expect(last!.y).toBeGreaterThan(3 * page.viewportSize()!.height);
  // Nothing in it scrolls or is clipped: it is as tall as its content.
  const clipped = await copy.evaluate((element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (
        node.scrollHeight > node.clientHeight + 1 &&
        /hidden|auto|scroll|clip/.test(style.overflowY)
      )
        return node.tagName;
    }
    return null;
  });
  expect(clipped).toBeNull();
  await page.emulateMedia({ media: null });
}

test('a note prints alone and whole, from any mode, and exports as HTML', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Long report');

  // The browser's own print (beforeprint) and the Print command both make the print copy.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expectPrintsTheNoteAlone(page);
  // On screen, the window as it was; the copy is for print only.
  await expect(page.locator('.print-copy')).toBeHidden();
  await expect(noteTitle(page)).toBeVisible();

  // A real print of the window to PDF, side by side, with a line typed since: the note, as it is
  // now, runs over many pages.
  await page.keyboard.press('ControlOrMeta+3');
  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n## Typed just now\n');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeGreaterThan(3);
  await expect(page.locator('.print-copy')).toBeHidden();
  // What printed is the note as typed, not as it was first printed.
  await expect(page.locator('.print-copy h2', { hasText: 'Typed just now' })).toHaveCount(1);
  await expect(noteTitle(page)).toBeVisible();

  // The Print command (Ctrl+P) prints and leaves the window as it was.
  await page.keyboard.press('ControlOrMeta+P');
  await expect(page.locator('.print-copy')).toBeHidden();
  await expect(noteTitle(page)).toBeVisible();

  // The toolbar's menu, by keyboard: Print and Export as HTML (no PDF export in a browser).
  const menuButton = page.getByRole('button', { name: 'Print or export the note' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Print or export the note' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Print note…', 'Export note as HTML…']);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  // Export as HTML downloads one self-contained page of the note.
  const download = page.waitForEvent('download');
  await runCommand(page, 'Export note as HTML');
  const file = await download;
  expect(file.suggestedFilename()).toBe('Long report.html');
  const html = await readFile((await file.path())!, 'utf8');
  expect(html).toMatch(/<h2 id="[^"]*section-30">Section 30<\/h2>/);
  expect(html).toMatch(/<h2 id="[^"]*typed-just-now">Typed just now<\/h2>/);
  expect(html).toContain("default-src 'none'");
  expect(html).not.toMatch(/<script|<link/i);
  await expect(page.getByText('The note was downloaded as “Long report.html”')).toBeVisible();
});
