import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { editor, noteTitle, openWithSwitcher } from './noteHelpers';

test.use({
  sample: false,
  vaultFiles: {
    'Home.md':
      '# Home\n\nSee [the plan](projects/Plan%20A.md) and [a site](https://example.org).\n',
    'projects/Plan A.md': '# Plan A\n\nBack [home](../Home.md).\n\n## Next steps\n',
  },
});

/**
 * A vault linked with standard markdown links: the preview follows them inside the app, they
 * count as backlinks, and a move rewrites them (and the moved note's own relative links).
 */
test('markdown links are followed, listed as backlinks and rewritten on a move', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openWithSwitcher(page, 'Home');
  await page.keyboard.press('ControlOrMeta+2');
  const preview = page.locator('.markdown-preview');
  await expect(preview.getByRole('link', { name: 'a site' })).toHaveAttribute('target', '_blank');

  // The link opens the note inside the app; the note lists Home among its backlinks.
  await preview.getByRole('link', { name: 'the plan' }).click();
  await expect(noteTitle(page)).toHaveValue('Plan A');
  const backlinks = page.getByRole('region', { name: /Backlinks/ });
  await expect(backlinks.getByText('Home', { exact: true })).toBeVisible();
  await expect(backlinks.locator('.wikilink-text.is-target')).toHaveText('the plan');

  // Rename it: the dialog counts the markdown link, and the files follow.
  await page.keyboard.press('ControlOrMeta+1');
  await editor(page).click();
  await page.keyboard.press('F2');
  await expect(noteTitle(page)).toBeFocused();
  await page.keyboard.type('Plan B');
  await page.keyboard.press('Enter');
  const rename = page.getByRole('dialog', { name: 'Rename note' });
  await expect(rename).toContainText('This will update 1 link in 1 note.');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(noteTitle(page)).toHaveValue('Plan B');
  await expect
    .poll(() => readFile(praxis.file('Home.md'), 'utf8'))
    .toContain('See [the plan](projects/Plan%20B.md) and');

  // Following the backlink opens Home at the link.
  await backlinks.getByRole('button', { name: /See the plan/ }).click();
  await expect(noteTitle(page)).toHaveValue('Home');
});
