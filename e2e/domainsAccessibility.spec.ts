import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoA11yViolations } from './axe';
import { dialog, openDomain, showPane } from './domainHelpers';
import { expect, test } from './fixtures';
import { openWithSwitcher, runCommand } from './noteHelpers';

/** A note naming a domain that is not in the list, for the flagged states. */
const unlistedNote =
  '---\ntype: practice\ndomains: [public-health]\nsteward: Laia Serra\nreview-by: 2020-01-31\ntags: [policy/health]\n---\n# Vaccination drive\n';

for (const theme of ['light', 'dark'] as const) {
  test(`domains, tags and templates have no accessibility violations (${theme})`, async ({
    page,
    praxis,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(praxis.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Written by another program once the sample vault is there (a vault with files gets none).
    await mkdir(path.dirname(praxis.file('Health/Vaccination drive.md')), { recursive: true });
    await writeFile(praxis.file('Health/Vaccination drive.md'), unlistedNote);

    // The domain page, with the domains pane beside it.
    await openDomain(page, 'Procurement and contracts');
    await expect(page.getByRole('region', { name: 'Needs review' })).toContainText('overdue');
    await expectNoA11yViolations(page, `domain page, ${theme}`);

    // Its edit form, showing a message on a field.
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = dialog(page, 'Edit “Procurement and contracts”');
    await form.getByRole('textbox', { name: 'Hex code' }).fill('#12');
    await form.getByRole('button', { name: 'Add moderator' }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText(/is not a colour/)).toBeVisible();
    await expectNoA11yViolations(page, `domain form, ${theme}`);
    await page.keyboard.press('Escape');

    // A vault-wide change with its preview.
    await page.getByRole('button', { name: 'Change slug…' }).click();
    const rename = dialog(page, /Change the slug/);
    await rename.getByRole('textbox', { name: 'New slug' }).fill('purchasing');
    await expect(rename).toContainText('will change');
    await rename.getByText(/Show the \d+ notes/).click();
    await expectNoA11yViolations(page, `domain rename preview, ${theme}`);
    await page.keyboard.press('Escape');

    // A page of a domain that is not in the list.
    await openDomain(page, 'public-health');
    await expectNoA11yViolations(page, `unlisted domain page, ${theme}`);

    // The overview: chart, table, unlisted domains.
    await page.getByRole('button', { name: 'All domains' }).first().click();
    await expect(page.getByRole('img', { name: /Bar chart of the number of notes/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Notes per domain, by type' })).toBeVisible();
    await expectNoA11yViolations(page, `domain overview, ${theme}`);

    // The tag pane and a tag's notes.
    await showPane(page, 'Tags');
    await page
      .getByRole('tree', { name: 'Tags' })
      .getByRole('treeitem', { name: /^contracts/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '#contracts' })).toBeVisible();
    await expectNoA11yViolations(page, `tag pane and tag view, ${theme}`);

    // Note fields: a flagged domain with its offer, stewardship fields, domain suggestions.
    await openWithSwitcher(page, 'Vaccination drive');
    await expect(page.getByText('“public-health” is not in the domain list.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Domains' }).click();
    await page.keyboard.type('dig');
    await expect(page.getByRole('option', { name: /Digital services/ })).toBeVisible();
    await expectNoA11yViolations(page, `note domain and stewardship fields, ${theme}`);
    await page.keyboard.press('Escape');

    // The template dialog.
    await runCommand(page, 'New note from template');
    await expect(dialog(page, 'New note from template').getByRole('radio').first()).toBeVisible();
    await expectNoA11yViolations(page, `template dialog, ${theme}`);
  });
}
