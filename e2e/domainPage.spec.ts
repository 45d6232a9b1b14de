import { expectNoA11yViolations } from './axe';
import { openDomain } from './domainHelpers';
import { expect, test } from './fixtures';
import { noteTitle } from './noteHelpers';

const shared = (title: string, type: string, updated: string) =>
  `---\ntype: ${type}\ndomains: [procurement]\nupdated: ${updated}\n---\n# ${title}\n`;

test.use({
  sample: false,
  vaultFiles: {
    'Procurement/Award notices.md': shared('Award notices', 'practice', '2026-11-02T09:00:00Z'),
    'Procurement/Bid checklist.md': shared('Bid checklist', 'solution', '2026-11-20T09:00:00Z'),
    'Procurement/Contract review.md': shared('Contract review', 'meeting', '2026-10-01T09:00:00Z'),
    // Private: journal entries (newer than anything shared) and a note marked private.
    'journal/2026/2026-11-30.md':
      '---\ntype: journal\nprivate: true\ndomains: [procurement]\nupdated: 2026-11-30T18:00:00Z\n---\n# Monday, 30 November 2026\n\nSupplier gossip.\n',
    'journal/2026/2026-12-01.md':
      '---\ndomains: [procurement]\nupdated: 2026-12-01T18:00:00Z\n---\n# Dimarts, 1 de desembre de 2026\n',
    'Procurement/Salary notes.md':
      '---\nprivate: true\ndomains: [procurement]\nupdated: 2026-12-01T19:00:00Z\n---\n# Salary notes\n',
  },
});

test('a domain page with private entries lists only shared notes, sortable from the keyboard', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openDomain(page, 'Procurement');
  await expect(page.getByText('procurement · 3 notes · + 3 private notes')).toBeVisible();

  const recent = page.getByRole('region', { name: 'Recently updated' });
  await expect(recent.getByRole('button')).toHaveText([
    'Bid checklist',
    'Award notices',
    'Contract review',
  ]);

  const all = page.getByRole('region', { name: 'All notes (3)' });
  const table = all.getByRole('table');
  const titles = table.locator('tbody th');
  await expect(titles).toHaveText(['Award notices', 'Bid checklist', 'Contract review']);
  for (const hidden of ['Salary notes', '2026-11-30', '2026-12-01', 'Supplier'])
    await expect(page.locator('.domain-page')).not.toContainText(hidden);

  // Sorting by date from the keyboard: newest first, then a second press flips it.
  const updated = table.getByRole('columnheader', { name: 'Updated' });
  await updated.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(updated).toHaveAttribute('aria-sort', 'descending');
  await expect(titles).toHaveText(['Bid checklist', 'Award notices', 'Contract review']);
  await page.keyboard.press('Space');
  await expect(updated).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles).toHaveText(['Contract review', 'Award notices', 'Bid checklist']);
  await expectNoA11yViolations(page, 'domain page with its notes table');

  // The overview's figures are shared knowledge too; the private ones are a count.
  await page.getByTestId('centre').getByRole('button', { name: 'All domains' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Community domains' })).toBeVisible();
  await expect(page.locator('.domains-overview .page-subtitle')).toHaveText(
    /3 notes · 0 notes without a domain · \+ 3 private notes$/,
  );

  // A row of the table opens its note.
  await openDomain(page, 'Procurement');
  await page
    .getByRole('region', { name: 'All notes (3)' })
    .getByRole('button', { name: 'Contract review' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(noteTitle(page)).toHaveValue('Contract review');
});
