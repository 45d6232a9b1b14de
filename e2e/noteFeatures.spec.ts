import { readFile } from 'node:fs/promises';
import { toast } from './domainHelpers';
import { expect, test } from './fixtures';
import {
  editor,
  editorText,
  noteTitle,
  openWithSwitcher,
  textOnDisk,
  waitSaved,
} from './noteHelpers';

const long = Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of the plan.`).join('\n\n');

test.use({
  sample: false,
  vaultFiles: {
    'Plan.md': [
      '---',
      'title: Plan',
      'type: note',
      'tags: [contracts]',
      'reviewer: Ana # kept as it is',
      '---',
      '# Plan',
      '',
      'See [[Guide#Second part]] and ![[Guide#First part]].',
      '',
      '![[diagram.svg|A diagram]]',
      '',
      '```js',
      'const total = 42;',
      '```',
      '',
    ].join('\n'),
    'Guide.md': `# Guide\n\n## First part\n\nEmbedded text.\n\n${long}\n\n## Second part\n\nThe part a link leads to.\n\n${long}\n\n## Third part\n\nEnd.\n`,
    'Tagged.md': '---\ntags: [procurement, contracts]\ndomains: [procurement]\n---\n# Tagged\n',
    'attachments/diagram.svg':
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>',
  },
});

test('front matter is edited as fields and saved as a patch', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');

  await page.getByRole('combobox', { name: 'Type' }).selectOption('solution');
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  await tags.fill('proc');
  await expect(page.getByRole('option', { name: 'procurement' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove procurement' })).toBeVisible();
  const domains = page.getByRole('combobox', { name: 'Domains' });
  await domains.fill('Digital Services');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Aliases' }).fill('The plan');
  await page.keyboard.press('Enter');
  // Backspace in an empty box removes the last token.
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('button', { name: 'Remove The plan' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Aliases' }).fill('Our plan');
  await page.keyboard.press('Enter');
  await waitSaved(page);

  const file = await readFile(praxis.file('Plan.md'), 'utf8');
  expect(file).toContain('type: solution');
  expect(file).toMatch(/tags:\s*\[?\s*contracts,\s*procurement/);
  expect(file).toMatch(/domains:[\s\S]*digital-services/);
  expect(file).toMatch(/aliases:[\s\S]*Our plan/);
  expect(file).not.toContain('The plan');
  expect(file).toContain('reviewer: Ana # kept as it is');
  // The other key is shown, read-only.
  await page.getByText('Other properties').click();
  await expect(page.locator('.field-yaml')).toContainText('reviewer: Ana');
});

test('# completes tags of the vault', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Filed under #procu');
  const option = page.getByRole('option', { name: 'procurement' });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.waitForTimeout(100); // CodeMirror's guard against accidental picks
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toContain('Filed under #procurement');
  await waitSaved(page);
});

test('the preview shows embeds, images and highlighted code', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await page.keyboard.press('ControlOrMeta+2');
  const preview = page.locator('.markdown-preview');
  const embed = preview.locator('.embed-note');
  await expect(embed).toContainText('Embedded text.');
  await expect(embed).not.toContainText('The part a link leads to.');
  const image = preview.getByRole('img', { name: 'A diagram' });
  // The harness's session cookie carries the credentials: no token in any file address.
  await expect(image).toHaveAttribute('src', '/files/attachments/diagram.svg');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await expect(preview.locator('code.is-highlighted span').first()).toBeVisible();

  // A wiki link in the preview opens the note at its heading.
  await preview.getByRole('link', { name: 'Guide › Second part' }).click();
  await expect(noteTitle(page)).toHaveValue('Guide');
  const heading = page.locator('.markdown-preview #heading-second-part');
  await expect(heading).toBeInViewport();
});

test('Ctrl+click follows a link in the editor to its heading', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Plan');
  await page.keyboard.press('ControlOrMeta+1');
  await page.locator('.cm-wikilink', { hasText: '[[Guide#Second part]]' }).click({
    modifiers: ['ControlOrMeta'],
  });
  await expect(noteTitle(page)).toHaveValue('Guide');
  // The heading is scrolled to and highlighted.
  const flashed = page.locator('.cm-flash-line');
  await expect(flashed).toHaveText('## Second part');
  await expect(flashed).toBeInViewport();
});

test('side by side, the preview follows the editor', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Guide');
  await page.keyboard.press('ControlOrMeta+3');
  // Find the third heading: the editor scrolls to it; the preview should show it at the same height.
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.type('## Third part');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const offsets = () =>
    page.evaluate(() => {
      const top = (el: Element) =>
        el.getBoundingClientRect().top - el.closest('.note-pane')!.getBoundingClientRect().top;
      const line = [...document.querySelectorAll('.note-pane-source .cm-line')].find(
        (l) => l.textContent === '## Third part',
      );
      const heading = document.querySelector('.note-pane-preview #heading-third-part');
      return line && heading ? Math.abs(top(line) - top(heading)) : Infinity;
    });
  await expect.poll(offsets).toBeLessThan(48);
});

test('a title with characters file names refuse keeps them in the heading that names the note', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Tagged');
  await noteTitle(page).fill('Q: what is tagged?');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rename note' });
  await expect(dialog).toContainText('The file will be named “Q - what is tagged”');
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue('Q: what is tagged?');
  await waitSaved(page);
  // The `# heading` was the title: it takes the new one, which needs no `title:` then.
  await expect
    .poll(() => textOnDisk(praxis.file('Q - what is tagged.md')), { timeout: 30_000 })
    .toBe(
      '---\ntags: [procurement, contracts]\ndomains: [procurement]\n---\n# Q: what is tagged?\n',
    );

  // A name taken by another note is refused with a clear message; the title comes back.
  // The renamed note may still be re-read once (the watcher sees the rename's file), which puts
  // the title field back; the refusal is idempotent, so try again until the message shows.
  await expect(async () => {
    await noteTitle(page).fill('Plan');
    await page.keyboard.press('Enter');
    await expect(page.locator('.note-header').getByRole('alert')).toHaveText(
      'A note named “Plan” already exists in this folder. Choose another title.',
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 20_000 });
  await expect(noteTitle(page)).toHaveValue('Q: what is tagged?');
});

test('a rename updates the heading and the links, and Undo puts every byte back', async ({
  page,
  praxis,
}) => {
  const guide = await readFile(praxis.file('Guide.md'), 'utf8');
  const plan = await readFile(praxis.file('Plan.md'), 'utf8');
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Guide');
  await noteTitle(page).fill('Handbook');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Rename note' });
  await expect(dialog).toContainText('This will update 2 links in 1 note.');
  await expect(dialog).toContainText('The heading at the top of the note changes with it.');
  await page.keyboard.press('Enter');
  // Undo is offered in the message that says what was done.
  await toast(page, 'Renamed “Guide” to “Handbook”.').getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Rename undone: “Guide” is back.')).toBeVisible();
  await expect(noteTitle(page)).toHaveValue('Guide');
  await expect(editor(page)).toContainText('# Guide');
  expect(await readFile(praxis.file('Guide.md'), 'utf8')).toBe(guide);
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toBe(plan);
  await expect(readFile(praxis.file('Handbook.md'), 'utf8')).rejects.toThrow();

  // Renamed again, it stays renamed: the heading, the file and the links follow.
  await noteTitle(page).fill('Handbook');
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: 'Rename note' })
    .getByRole('button', { name: 'Rename' })
    .click();
  await expect(editor(page)).toContainText('# Handbook');
  await expect
    .poll(() => textOnDisk(praxis.file('Handbook.md')))
    .toBe(guide.replace('# Guide', '# Handbook'));
  expect(await readFile(praxis.file('Plan.md'), 'utf8')).toContain(
    'See [[Handbook#Second part]] and ![[Handbook#First part]].',
  );
});
