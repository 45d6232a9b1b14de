import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { editor, noteTitle } from './noteHelpers';

/** A long note whose second mention of "evaluation" stands beside the only "quorum". */
const handbook = [
  '---',
  'type: practice',
  'domains: [procurement]',
  'tags: [contracts/evaluation]',
  '---',
  '# Tender evaluation handbook',
  '',
  'How an evaluation committee works, from the first meeting to the award.',
  '',
  ...Array.from(
    { length: 120 },
    (_, i) =>
      `Step ${i + 1}: read the bids, score them against the published criteria, record why.`,
  ),
  '',
  'A committee evaluation needs a quorum of three members, one of them from outside the unit.',
  '',
  ...Array.from({ length: 40 }, (_, i) => `Closing note ${i + 1}.`),
].join('\n');

const vaultFiles = {
  'Procurement/Tender evaluation handbook.md': handbook,
  'HR and talent/Interview panels.md':
    '---\ntype: practice\ndomains: [hr-and-talent]\n---\nPanel evaluation of candidates needs a quorum of two.\n',
  'Welcome.md': '# Welcome\n\nA vault for the search tests.\n',
};

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search notes' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** Opens the search view with its shortcut, once the app is ready for the keyboard. */
async function openSearch(page: Page) {
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(searchBox(page)).toBeFocused();
}

test.describe('search', () => {
  test.use({ sample: false, vaultFiles });

  test('type, narrow with a domain chip, open a hit and land on the match', async ({
    page,
    praxis,
  }) => {
    await page.goto(praxis.url);
    await openSearch(page);
    await page.keyboard.type('evaluation quor');
    // Results while typing: the last word is matched as a prefix.
    await expect(results(page).getByRole('option')).toHaveCount(2);
    await expect(results(page).locator('mark').first()).toBeVisible();

    await page.getByRole('button', { name: 'Procurement and contracts, 1 note' }).click();
    await expect(searchBox(page)).toHaveValue('domain:procurement evaluation quor');
    await expect(results(page).getByRole('option')).toHaveCount(1);
    const hit = results(page).getByRole('option').first();
    await expect(hit).toContainText('Tender evaluation handbook');
    await expect(hit.locator('mark', { hasText: 'quorum' })).toBeVisible();

    // From the keyboard: back to the box, Enter opens the active hit.
    await searchBox(page).focus();
    await page.keyboard.press('Enter');
    await expect(noteTitle(page)).toHaveValue('Tender evaluation handbook');
    // The editor shows the match's line (not the first "evaluation" at the top), highlighted.
    const flashed = page.locator('.cm-flash-line');
    await expect(flashed).toContainText('needs a quorum of three members');
    await expect(flashed).toBeInViewport();

    // Back returns to the search as it was; in the preview, the same place is shown.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(searchBox(page)).toHaveValue('domain:procurement evaluation quor');
    await page.keyboard.press('ControlOrMeta+Shift+F');
    await expect(searchBox(page)).toBeFocused();
    await results(page).getByRole('option').first().click();
    await expect(noteTitle(page)).toHaveValue('Tender evaluation handbook');
    await page.keyboard.press('ControlOrMeta+2');
    await page.keyboard.press('Alt+ArrowLeft');
    await results(page).getByRole('option').first().click();
    const shown = page.locator('.markdown-preview .is-flashed');
    await expect(shown).toContainText('needs a quorum of three members');
    await expect(shown).toBeInViewport();
  });

  test('a query it cannot run is explained where it goes wrong', async ({ page, praxis }) => {
    await page.goto(praxis.url);
    await openSearch(page);
    await page.keyboard.type('evaluation created:soon');
    await expect(searchBox(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('“soon” is not a date created: understands.')).toBeVisible();
    await page.getByRole('button', { name: /created:soon/ }).click();
    await expect(searchBox(page)).toBeFocused();
    expect(
      await searchBox(page).evaluate((input: HTMLInputElement) =>
        input.value.slice(input.selectionStart!, input.selectionEnd!),
      ),
    ).toBe('soon');
  });

  test('edits are found at once', async ({ page, praxis }) => {
    await page.goto(praxis.url);
    await openSearch(page);
    await page.keyboard.type('okapi');
    await expect(page.getByText('No notes match this search.')).toBeVisible();
    const created = await page.request.post(`${praxis.origin}/api/notes.create`, {
      headers: { Authorization: `Bearer ${praxis.token}` },
      data: { folder: '', name: 'Field trip', body: 'We saw an okapi.\n' },
    });
    expect(created.ok()).toBe(true);
    await expect(results(page).getByRole('option')).toHaveCount(1);
    await expect(results(page).getByRole('option')).toContainText('Field trip');
  });
});

/** One procedure kept in three folders (v1, v2, v3), and two different notes of one title. */
const procedure = (version: string) =>
  [
    `---\nupdated: 2026-0${version}-01\n---`,
    '# Extend a framework agreement',
    '',
    'Extending a framework agreement needs the approval of the contracts board, a new budget line',
    'and a notice published before the old agreement ends. Ask legal services to check the terms.',
    '',
    `Version ${version} of this procedure.`,
  ].join('\n');

const copiesVault = {
  'Procedures/v1/Extend a framework agreement.md': procedure('1'),
  'Procedures/v2/Extend a framework agreement.md': procedure('2'),
  'Procedures/v3/Extend a framework agreement.md': procedure('3'),
  'Meetings/2026-01/Meeting notes.md':
    '# Meeting notes\n\nThe contracts board reviewed the cleaning tender and asked for a second quote before signing.\n',
  'Meetings/2026-02/Meeting notes.md':
    '# Meeting notes\n\nThe contracts board approved the laptops order and the new starters induction plan for March.\n',
};

test.describe('search, near-duplicates', () => {
  test.use({ sample: false, vaultFiles: copiesVault });

  test('copies of one note fold under the best one; the keyboard opens the fold and a copy', async ({
    page,
    praxis,
  }) => {
    await page.goto(praxis.url);
    await openSearch(page);
    await page.keyboard.type('contracts board ');
    // One procedure (two copies folded under it) and both meeting notes, which only share a title.
    const options = results(page).getByRole('option');
    await expect(options).toHaveCount(4);
    await expect(page.locator('.search-summary')).toHaveText(
      '3 notes found · 2 similar notes folded',
    );
    const fold = results(page).getByRole('option', {
      name: 'Show 2 similar notes of “Extend a framework agreement”',
    });
    await expect(fold).toHaveText('2 similar notes');
    await expect(results(page).getByRole('option', { name: /Meeting notes/ })).toHaveCount(2);

    // Down from the hit to its fold, Enter: the copies show under it.
    const index = await options.evaluateAll((rows) =>
      rows.findIndex((row) => row.classList.contains('search-fold')),
    );
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(searchBox(page)).toHaveAttribute(
      'aria-activedescendant',
      (await fold.getAttribute('id'))!,
    );
    await page.keyboard.press('Enter');
    await expect(options).toHaveCount(6);
    await expect(
      results(page).getByRole('option', {
        name: 'Hide the 2 similar notes of “Extend a framework agreement”',
      }),
    ).toBeVisible();
    await expectNoA11yViolations(page, 'search view with a fold opened');

    // Down to the first copy, Enter: that note opens.
    await page.keyboard.press('ArrowDown');
    const copy = results(page).locator('.search-hit-similar').first();
    await expect(copy).toHaveAttribute('aria-selected', 'true');
    const folder = (await copy.locator('.search-hit-meta span').first().textContent())!;
    const version = /v(\d)$/.exec(folder)![1]!;
    await page.keyboard.press('Enter');
    await expect(noteTitle(page)).toHaveValue('Extend a framework agreement');
    await expect(editor(page)).toContainText(`Version ${version} of this procedure.`);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`search view, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('has no axe violations with results, chips and a problem', async ({ page, praxis }) => {
      await page.goto(praxis.url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await openSearch(page);
      await expectNoA11yViolations(page, `search view, empty, ${colorScheme}`);
      await page.keyboard.type('tender');
      await expect(results(page).getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expectNoA11yViolations(page, `search view with results, ${colorScheme}`);
      await searchBox(page).fill('tender updated:later');
      await expect(searchBox(page)).toHaveAttribute('aria-invalid', 'true');
      await expectNoA11yViolations(page, `search view with a problem, ${colorScheme}`);
    });
  });
}
