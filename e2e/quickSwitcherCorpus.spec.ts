import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corporaDir, corporaPresent } from '../testing/core/corpora';
import { expect, test } from './fixtures';

/**
 * The quick switcher in the real page on a real vault: tldr-pages' 7,425 short notes (copied from
 * ../shared/corpora, read-only). For a multi-word query the results holding every word come
 * before looser matches, and the titles the issue found buried (`git commit-tree`, `git commits-since`) are among them.
 */
function corpusFiles(): Record<string, string> {
  const pages = path.join(corporaDir, 'tldr-pages', 'pages');
  const files: Record<string, string> = {};
  for (const platform of readdirSync(pages)) {
    for (const file of readdirSync(path.join(pages, platform))) {
      if (file.endsWith('.md'))
        files[`tldr/${platform}/${file}`] = readFileSync(path.join(pages, platform, file), 'utf8');
    }
  }
  return files;
}

test.describe('quick switcher on the 7,425-note tldr corpus', () => {
  test.skip(!corporaPresent, `no corpora at ${corporaDir} (set PRAXIS_CORPORA)`);
  test.use({ sample: false, vaultFiles: corporaPresent ? corpusFiles() : {} });

  test('the results of a multi-word query that hold every word come first', async ({
    page,
    praxis,
  }) => {
    test.setTimeout(180_000);
    await page.goto(praxis.url);
    await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 60_000 });
    await page.keyboard.press('ControlOrMeta+O');
    const input = page.getByRole('combobox', { name: 'Find a note by title' });
    await expect(input).toBeFocused();

    for (const { query, expected } of [
      { query: 'git comm', expected: ['git commit-tree', 'git commits-since'] },
      { query: 'docker rm', expected: ['docker rm'] },
    ]) {
      await input.fill(query);
      // Note rows only: the "search in notes" and "create" rows carry no path.
      const titles = page
        .getByRole('dialog')
        .getByRole('option')
        .filter({ has: page.locator('.picker-row-detail') })
        .locator('.picker-row-title');
      // The notes may still be arriving while the page is already usable: wait for the ones the
      // query must find, then judge the order the list shows.
      for (const title of expected)
        await expect(titles.filter({ hasText: new RegExp(`^${title}$`) })).toHaveCount(1, {
          timeout: 60_000,
        });
      // Titles holding every word come first; looser matches (letters in order) only after them.
      const holds = (await titles.allTextContents()).map((title) =>
        query.split(' ').every((word) => title.toLowerCase().includes(word)),
      );
      expect(holds.slice(0, expected.length)).toEqual(expected.map(() => true));
      const firstLoose = holds.indexOf(false);
      if (firstLoose >= 0) expect(holds.slice(firstLoose)).not.toContain(true);
    }
  });
});
