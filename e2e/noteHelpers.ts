import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The CodeMirror text area of the open note. */
export const editor = (page: Page): Locator => page.getByRole('textbox', { name: 'Note text' });

export const noteTitle = (page: Page): Locator => page.getByRole('textbox', { name: 'Note title' });

/** The autosave state shown above the note. */
export const saveStatus = (page: Page): Locator => page.locator('.save-status [role="status"]');

export async function waitSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('Saved');
}

/** Opens a note with the quick switcher, as a user does with the keyboard. */
export async function openWithSwitcher(page: Page, query: string, title = query): Promise<void> {
  // The app has started (shortcuts are live) once the notes tree shows.
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+O');
  const input = page.getByRole('combobox', { name: 'Find a note by title' });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(
    page
      .getByRole('dialog')
      .getByRole('option', { name: new RegExp(escapeRegExp(title)) })
      .first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue(title);
}

/** Runs a command from the command palette by its label. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+P');
  const input = page.getByRole('combobox', { name: 'Find a command' });
  await expect(input).toBeFocused();
  await input.fill(label);
  await expect(
    page
      .getByRole('dialog')
      .getByRole('option', { name: new RegExp(escapeRegExp(label)) })
      .first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');
}

/** The editor's text as CodeMirror holds it (lines joined with \n). */
export async function editorText(page: Page): Promise<string> {
  return editor(page).evaluate((element) =>
    [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A file's text, or null while it is not there: for polling a file a rename or move is about to
 * write (`expect.poll` gives up at the first error instead of asking again).
 */
export async function textOnDisk(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}
