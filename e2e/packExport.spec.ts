import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { dialog } from './domainHelpers';
import { expect, test } from './fixtures';
import { runCommand } from './noteHelpers';

const run = promisify(execFile);

const note = (fm: string, body: string) => `---\n${fm}\n---\n${body}\n`;

test.use({
  sample: false,
  vaultFiles: {
    'Procurement/Tenders.md': note(
      'title: Tenders\ndomains: [procurement]',
      'Score bids with the [[Evaluation grid]]; the budget follows [[Budget rules]].',
    ),
    'Procurement/Evaluation grid.md': note(
      'title: Evaluation grid\ndomains: [procurement]',
      'Weights per criterion. ![[grid.png]]',
    ),
    'attachments/grid.png': 'not really a png, but a file that travels with its note',
    'Finance/Budget rules.md': note('title: Budget rules\ndomains: [finance]', 'Rules.'),
    'journal/2026/2026-11-30.md': note(
      'title: 30 November\ndomains: [procurement]',
      'What I learned about tenders today.',
    ),
  },
});

/** Presses Tab until `target` has the focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: create an identity, export a domain as a signed pack that verifies', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await expect(page.getByRole('treeitem').first()).toBeVisible();

  // Settings › department identity: created on this computer, shown as words to compare.
  await page.keyboard.press('ControlOrMeta+,');
  const department = page.getByRole('textbox', { name: 'Department', exact: true });
  await tabTo(page, department);
  await page.keyboard.type('Department of Finance');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A. Moderator');
  await page.keyboard.press('Enter');
  const words = page.getByTestId('identity-words');
  await expect(words).toHaveText(/^(\S+ ){7}\S+$/);
  const fingerprintWords = (await words.textContent())!;
  expect(await fs.readdir(praxis.profile, { recursive: true })).toContain('keys/identity.json');

  // The wizard, by domain.
  await runCommand(page, 'Export knowledge pack');
  const wizard = dialog(page, 'Export a knowledge pack');
  const domains = wizard.getByRole('combobox', { name: 'Domains' });
  await tabTo(page, domains);
  await page.keyboard.type('procurement');
  await page.keyboard.press('Enter');

  const summary = wizard.getByRole('status').filter({ hasText: 'in all' });
  await expect(summary).toHaveText(/^2 notes, 1 attachments, .* in all$/);
  const notes = wizard.getByRole('list', { name: 'Notes in the pack' });
  await expect(notes.getByRole('listitem')).toHaveText([/Evaluation grid/, /Tenders/]);
  await expect(wizard.getByRole('list', { name: 'Attachments in the pack' })).toContainText(
    'attachments/grid.png',
  );
  // The link to a note left out is listed, with the offer to add it.
  const broken = wizard.getByRole('list', { name: '1 link will break' });
  await expect(broken.getByRole('listitem')).toHaveText([
    /Procurement\/Tenders\.md → Budget rules/,
  ]);
  await expect(broken.getByRole('button', { name: 'Add Budget rules to the pack' })).toBeVisible();
  // The journal entry of the domain stays out, and the wizard says so.
  await expect(
    wizard.getByText(/Journal entries and notes marked private are left out/),
  ).toBeVisible();
  const privateNotes = wizard.getByRole('list', { name: '1 private note left out' });
  await expect(privateNotes).toContainText('journal/2026/2026-11-30.md');

  await expectNoA11yViolations(page, 'the export wizard, choosing notes');

  // Adding the linked note from the list: the link no longer breaks.
  await tabTo(page, broken.getByRole('button', { name: 'Add Budget rules to the pack' }));
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText(/^3 notes, 1 attachments, .* in all$/);
  await expect(wizard.getByRole('list', { name: /will break/ })).toHaveCount(0);

  await tabTo(page, wizard.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  const title = wizard.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Procurement basics');
  await expect(wizard.getByRole('textbox', { name: 'Version' })).toHaveValue('1.0.0');
  const sign = wizard.getByRole('checkbox', { name: /Sign the pack/ });
  await expect(sign).toBeChecked();
  await expect(sign).toHaveAccessibleDescription(
    `Signed as Department of Finance; fingerprint words: ${fingerprintWords}`,
  );
  await expectNoA11yViolations(page, 'the export wizard, naming the pack');
  await page.keyboard.press('Enter');

  await expect(wizard.getByText('Exported Procurement basics-1.0.0.praxispack')).toBeVisible();
  await expect(wizard.getByText('Signed by Department of Finance.')).toBeVisible();
  const file = (await wizard.locator('code.pack-path').textContent())!;
  expect(file.startsWith(praxis.profile)).toBe(true);
  expect((await fs.stat(file)).size).toBeGreaterThan(0);

  // The pack verifies with the CLI other departments' IT staff use.
  const { stdout } = await run(process.execPath, [
    'dist/node/praxis.cjs',
    'pack',
    'verify',
    file,
    '--json',
  ]);
  const report = JSON.parse(stdout) as {
    sound: boolean;
    status: string;
    notes: number;
    attachments: number;
    publisher: { department: string; person: string | null; fingerprint: { words: string[] } };
  };
  expect(report).toMatchObject({
    sound: true,
    status: 'unknown',
    notes: 3,
    attachments: 1,
    publisher: { department: 'Department of Finance', person: 'A. Moderator' },
  });
  expect(report.publisher.fingerprint.words.join(' ')).toBe(fingerprintWords);

  // Closing goes back to where the wizard was opened from.
  await page.keyboard.press('Escape');
  await expect(wizard).toHaveCount(0);
});
