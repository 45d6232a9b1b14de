import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { expect, test } from './fixtures';
import { editor, noteTitle, waitSaved } from './noteHelpers';

/**
 * The window first: the page shows and works while a large vault's notes are still being read,
 * and fills in when they are. The harness's test-only gate (main/http/testLoadGate.ts) holds the
 * load after its first notes until this test releases it, so "while loading" does not depend on
 * how fast this machine reads.
 */
const NOTES = 2000;
const LET_THROUGH = 200;
const gate = path.join(os.tmpdir(), `praxis-e2e-load-gate-${process.pid}-${Date.now()}`);

function largeVault(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < NOTES; i++) {
    const n = String(i).padStart(4, '0');
    files[`area ${i % 40}/Procedure ${n}.md`] =
      `---\ntags: [area-${i % 40}]\n---\n# Procedure ${n}\n\nSteps for case ${n}. See [[Procedure ${String((i + 1) % NOTES).padStart(4, '0')}]].\n`;
  }
  return files;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test.use({
  sample: false,
  vaultFiles: largeVault(),
  harnessEnv: { PRAXIS_TEST_LOAD_GATE: gate, PRAXIS_TEST_LOAD_GATE_AFTER: String(LET_THROUGH) },
});

test.afterEach(async () => {
  await fs.rm(gate, { force: true });
});

test('the page is usable while a large vault loads, shows the progress, and fills in', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);

  // Still loading: a named progress bar, and the notes read so far in the tree.
  const progress = page.getByRole('progressbar', { name: "Reading the vault's notes" });
  await expect(progress).toBeVisible();
  await expect(page.getByText(`of ${NOTES.toLocaleString('en')}`)).toBeVisible();
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  const partial = Number(
    /([\d,]+) notes?/
      .exec((await page.locator('.status-bar').innerText()) ?? '')![1]!
      .replace(/,/g, ''),
  );
  expect(partial).toBeLessThan(NOTES);

  // Today's journal entry opens in one keystroke and takes text.
  const today = localToday();
  await page.keyboard.press('ControlOrMeta+J');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Written while the vault was loading.');
  await waitSaved(page);

  // Every note is listed from the start, those not read yet by file name: a note far past the
  // ones read (area 39 comes after the first 200 in path order) is found, opens and shows its text.
  await page.keyboard.press('ControlOrMeta+O');
  await page.getByRole('combobox', { name: 'Find a note by title' }).fill('Procedure 1999');
  await expect(
    page.getByRole('dialog').getByRole('option', { name: /^Procedure 1999/ }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue('Procedure 1999');
  await expect(editor(page)).toContainText('Steps for case 1999.');
  await expect(page.getByRole('treeitem', { name: 'Procedure 1959' })).toBeVisible();
  await expect(progress).toBeVisible();

  // The quick switcher finds the notes; one opens and takes text too.
  await page.keyboard.press('ControlOrMeta+O');
  const input = page.getByRole('combobox', { name: 'Find a note by title' });
  await expect(input).toBeFocused();
  await input.fill('Procedure');
  const first = page.getByRole('dialog').getByRole('option').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue(/^Procedure \d{4}$/);
  const opened = (await noteTitle(page).inputValue()).replace('Procedure ', '');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Edited during the load.');
  await waitSaved(page);
  await expect(progress).toBeVisible();

  // The load goes on: the count fills in; the progress bar goes.
  await fs.writeFile(gate, '');
  await expect(progress).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.status-bar')).toContainText(
    `${(NOTES + 1).toLocaleString('en')} notes`,
  );
  await page.keyboard.press('ControlOrMeta+O');
  await page.getByRole('combobox', { name: 'Find a note by title' }).fill('Procedure 1999');
  await expect(
    page.getByRole('dialog').getByRole('option', { name: /^Procedure 1999/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // Nothing typed was lost: both texts are on disk, and the load did not replace them.
  const entry = await fs.readFile(praxis.file(`journal/${today.slice(0, 4)}/${today}.md`), 'utf8');
  expect(entry).toContain('Written while the vault was loading.');
  const folder = `area ${Number(opened) % 40}`;
  const note = await fs.readFile(praxis.file(`${folder}/Procedure ${opened}.md`), 'utf8');
  expect(note).toContain('Edited during the load.');
  await expect(editor(page)).toContainText('Edited during the load.');
});
