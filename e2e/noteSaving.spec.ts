import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import {
  editor,
  editorText,
  noteTitle,
  openWithSwitcher,
  saveStatus,
  waitSaved,
} from './noteHelpers';

test.use({
  sample: false,
  vaultFiles: {
    'Plan.md': '# Plan\n\nSee [[Other]].\n',
    'Other.md': '# Other\n\nNothing yet.\n',
  },
});

test('leaving a note saves what was just typed', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Typed right before leaving.');
  // No pause for autosave: straight to another note.
  await openWithSwitcher(page, 'Other');
  await expect
    .poll(() => readFile(praxis.file('Plan.md'), 'utf8'))
    .toContain('Typed right before leaving.');
});

test('Ctrl+S saves the note (one save, no browser dialog)', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  let saves = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/notes.save')) saves++;
  });
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Saved by hand.');
  await page.keyboard.press('ControlOrMeta+S');
  await waitSaved(page);
  expect(saves).toBe(1);
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain('Saved by hand.');
});

test('typing sends one save per pause: no read-back, no links reload unless a link changed', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  const panel = page.getByRole('complementary', { name: 'Links and outline' });
  const outgoing = panel.getByRole('button', { name: 'Other' }).first();
  await expect(outgoing).toBeVisible();
  await waitSaved(page);
  const pause = async (text: string) => {
    await page.keyboard.type(text);
    await expect.poll(() => readFile(praxis.file('Plan.md'), 'utf8')).toContain(text);
    await waitSaved(page);
  };
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  // The first save gives the note its front matter (id, created…), moving its link down a line:
  // the panel reloads for that, once.
  const reloaded = page.waitForResponse((r) => r.url().endsWith('/api/links.outgoing'));
  await pause('A new paragraph.');
  await reloaded;
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/') && pathname !== '/api/events')
      calls.push(pathname.slice('/api/'.length));
  });
  // Two pauses: a read-back or a panel reload set off by the first save's echo would be on its
  // way before the second save is done.
  await pause(' First thought.');
  await pause(' Second thought.');
  expect(calls).toEqual(['notes.save', 'notes.save']);

  // A new link is a change the panels show: they reload for it.
  await pause(' See [[Fresh idea]].');
  await expect(panel.getByText('Fresh idea').first()).toBeVisible();
  expect(calls.filter((c) => c === 'notes.read')).toEqual([]);
  expect(calls).toContain('links.outgoing');
});

test('a failed save keeps the text, says so, and retries', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await page.route('**/api/notes.save', (route) => route.abort('connectionrefused'));
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Written while Praxis was unreachable.');
  await expect(saveStatus(page)).toContainText('Not saved');
  await expect(page.getByRole('button', { name: 'Retry now' })).toBeVisible();
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).not.toContain('unreachable');

  await page.unroute('**/api/notes.save');
  await page.getByRole('button', { name: 'Retry now' }).click();
  await waitSaved(page);
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain(
    'Written while Praxis was unreachable.',
  );
});

test('text that could not be saved before the window closed comes back', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await page.route('**/api/notes.save', (route) => route.abort('connectionrefused'));
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Kept across a reload.');
  await expect(saveStatus(page)).toContainText('Not saved');

  // The window goes (the user confirms leaving), the save never reached the disk.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page.unroute('**/api/notes.save');
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).not.toContain('Kept across a reload.');

  await openWithSwitcher(page, 'Plan');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Unsaved text from your last session was restored' }),
  ).toBeVisible();
  await expect.poll(() => editorText(page)).toContain('Kept across a reload.');
  await waitSaved(page);
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain('Kept across a reload.');
});

test('Alt+Left in the editor goes back, it does not move the cursor', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await page
    .locator('.cm-wikilink', { hasText: '[[Other]]' })
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(noteTitle(page)).toHaveValue('Other');
  await editor(page).click();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(noteTitle(page)).toHaveValue('Plan');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(noteTitle(page)).toHaveValue('Other');
});
