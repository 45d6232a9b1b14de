import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { editor, noteTitle, openWithSwitcher, waitSaved } from './noteHelpers';

test.use({ sample: false, vaultFiles: { 'Other.md': '# Other\n' } });

// Windows-1252 bytes, as an older editor wrote them: é is one byte (0xE9), not two.
const LATIN1 = Buffer.from('# Café\n\nGestión pública.\n', 'latin1');

test('a note that is not UTF-8 opens read-only, keeps its bytes, and converts on request', async ({
  page,
  praxis,
}) => {
  await writeFile(praxis.file('Café.md'), LATIN1);
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Café');

  const notice = page.getByRole('region', { name: 'Read-only: this note is not UTF-8 text' });
  await expect(notice).toContainText('Windows-1252');
  await expect(editor(page)).toContainText('Gestión pública.');
  await expect(editor(page)).toHaveAttribute('aria-readonly', 'true');
  await expect(noteTitle(page)).toBeDisabled();
  // Typing changes nothing, on screen or on disk.
  await editor(page).click();
  await page.keyboard.type('typed ');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(editor(page)).not.toContainText('typed');
  expect(await readFile(praxis.file('Café.md'))).toEqual(LATIN1);

  await notice.getByRole('button', { name: 'Convert to UTF-8' }).click();
  await expect(notice).toBeHidden();
  await expect(
    page.getByText('Converted to UTF-8. The original file is in the trash.'),
  ).toBeVisible();
  expect(await readFile(praxis.file('Café.md'), 'utf8')).toBe('# Café\n\nGestión pública.\n');

  // An ordinary note now: edits are saved as UTF-8.
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Añadido.');
  await waitSaved(page);
  expect(await readFile(praxis.file('Café.md'), 'utf8')).toContain('Gestión pública.\nAñadido.');
});
