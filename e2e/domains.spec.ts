import { readFile } from 'node:fs/promises';
import { dialog, openDomain, showPane, toast } from './domainHelpers';
import { expect, test } from './fixtures';
import {
  editor,
  editorText,
  noteTitle,
  openWithSwitcher,
  runCommand,
  textOnDisk,
  waitSaved,
} from './noteHelpers';

test('create a domain, assign it to a note from its fields, see the note on its page', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await showPane(page, 'Domains');
  await page.getByRole('button', { name: 'New domain' }).first().click();
  const form = dialog(page, 'New domain');

  // Mistakes are explained on the field concerned, in the UI and by main.
  await form.getByRole('button', { name: 'Create domain' }).click();
  const name = form.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('A domain needs a name.');
  await name.fill('HR and Talent');
  await form.getByRole('textbox', { name: 'Slug' }).fill('people');
  await form.getByRole('button', { name: 'Create domain' }).click();
  await expect(name).toHaveAccessibleDescription(/There is already a domain named "HR and talent"/);
  await expect(name).toBeFocused();
  await name.fill('Public health');
  await form.getByRole('textbox', { name: 'Slug' }).fill('public-health');
  await form.getByRole('textbox', { name: 'Hex code' }).fill('teal-ish');
  await form.getByRole('button', { name: 'Create domain' }).click();
  await expect(form.getByRole('textbox', { name: 'Hex code' })).toHaveAccessibleDescription(
    /“teal-ish” is not a colour/,
  );
  await form.getByRole('radio', { name: 'Teal' }).check();
  await form
    .getByRole('textbox', { name: 'Description' })
    .fill('Health protection and prevention.');
  await form.getByRole('button', { name: 'Add moderator' }).click();
  await form.getByRole('textbox', { name: 'Name of moderator 1' }).fill('Laia Serra');
  await form.getByRole('textbox', { name: 'Contact of moderator 1' }).fill('laia@example.org');
  await form.getByRole('button', { name: 'Create domain' }).click();

  // Its page: what was entered, and no notes yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Public health' })).toBeVisible();
  await expect(page.getByText('Health protection and prevention.')).toBeVisible();
  const mail = page.getByRole('link', { name: 'laia@example.org' });
  await expect(mail).toHaveAttribute('href', 'mailto:laia@example.org');
  await expect(page.getByText('public-health · 0 notes')).toBeVisible();
  await expect(
    page.getByRole('tree', { name: 'Community domains' }).getByRole('treeitem', {
      name: /^Public health/,
    }),
  ).toBeVisible();

  // Assign it from a note's fields: the field suggests it by name.
  await openWithSwitcher(page, 'Onboarding new analysts');
  const field = page.getByRole('combobox', { name: 'Domains' });
  await field.click();
  await field.fill('public he');
  // The first match is highlighted: Enter takes it.
  await expect(page.getByRole('option', { name: /Public health/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Public health' })).toBeVisible();
  await waitSaved(page);
  await expect
    .poll(() => textOnDisk(praxis.file('HR and talent/Onboarding new analysts.md')))
    .toContain('domains: [hr-and-talent, public-health]');

  // The note is on the domain's page.
  await openDomain(page, 'Public health');
  await expect(page.getByText('public-health · 1 note')).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recently updated' });
  await recent.getByRole('button', { name: 'Onboarding new analysts' }).click();
  await expect(noteTitle(page)).toHaveValue('Onboarding new analysts');
});

test.describe('a domain notes name that is not in the list', () => {
  test.use({
    vaultFiles: {
      'Health/Vaccination drive.md':
        '---\ntype: practice\ndomains: [public-health]\nsteward: Laia Serra\nreview-by: 2020-01-31\n---\n# Vaccination drive\n',
    },
  });

  test('is flagged with an offer to create it, and has stewardship fields', async ({
    page,
    praxis,
  }) => {
    await page.goto(praxis.url);
    await showPane(page, 'Domains');
    const unlisted = page.getByRole('region', {
      name: '1 domain used in notes is not in the list',
    });
    await expect(unlisted).toContainText('public-health');

    await openWithSwitcher(page, 'Vaccination drive');
    await expect(page.getByText('“public-health” is not in the domain list.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Steward' })).toHaveValue('Laia Serra');
    await expect(page.getByRole('textbox', { name: 'Review by' })).toHaveAccessibleDescription(
      /Review overdue by [\d,]+ days/,
    );
    await page.getByRole('button', { name: 'Create domain “public-health”' }).click();
    await expect(toast(page, 'Created the domain “Public health”.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove Public health' })).toBeVisible();
    await expect(unlisted).toBeHidden();
    // The note's file is as it was: the slug it names is now a listed domain.
    expect(await readFile(praxis.file('Health/Vaccination drive.md'), 'utf8')).toContain(
      'domains: [public-health]',
    );

    // Past its review date, it is on the domain's page with its steward.
    await openDomain(page, 'Public health');
    await expect(page.getByRole('region', { name: 'Needs review' })).toContainText(
      /Vaccination drive\s*[\d,]+ days overdue · steward: Laia Serra/,
    );
  });
});

test('create a solution note from its template', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  await runCommand(page, 'New note from template');
  const form = dialog(page, 'New note from template');
  await expect(form.getByRole('radio', { name: /Solution/ })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Faster invoice approval');
  await form.getByRole('combobox', { name: 'Folder' }).fill('Finance');
  await form.getByRole('combobox', { name: 'Domains' }).fill('finance and budget');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('button', { name: 'Remove Finance and budget' })).toBeVisible();
  await form.getByRole('textbox', { name: 'Steward' }).fill('Ana Ruiz');
  await form.getByRole('textbox', { name: 'Review by' }).fill('2031-05-01');
  await expect(form).toContainText('It will be saved as Finance/Faster invoice approval.md.');
  await form.getByRole('button', { name: 'Create note' }).click();

  // The note opens for writing in its first section, its title, sections and fields filled in.
  await expect(editor(page)).toBeFocused();
  await expect(noteTitle(page)).toHaveValue('Faster invoice approval');
  await expect.poll(() => editorText(page)).toContain('## What was tried');
  const text = await readFile(praxis.file('Finance/Faster invoice approval.md'), 'utf8');
  expect(text).toMatch(/^---\nid: [0-9a-f-]{36}\ntype: solution\ndomains: \[finance-and-budget\]/);
  expect(text).toContain('steward: Ana Ruiz');
  expect(text).toContain('review-by: 2031-05-01');
  expect(text).toContain('# Faster invoice approval\n');
  expect(text).not.toContain('{{');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('solution');
  await expect(page.getByRole('textbox', { name: 'Steward' })).toHaveValue('Ana Ruiz');
});

test.describe('renaming a tag', () => {
  test.use({
    sample: false,
    vaultFiles: {
      'Budget 2025.md':
        '---\ntitle: Budget 2025\ntags: [budget, planning]   # keep this comment\n---\n# Budget 2025\n\nSee #budget/2025 and #Budget.\n\n```\n#budget in code stays\n```\n',
      'Plans/Spending review.md': '# Spending review\n\nA #budget note.\n',
      'Plans/Unrelated.md': '# Unrelated\n\nAbout #budgeting, not #budget-cuts.\n',
    },
  });

  test('rewrites every note, reloads the open one, and can be undone', async ({ page, praxis }) => {
    const before = {
      budget: await readFile(praxis.file('Budget 2025.md'), 'utf8'),
      review: await readFile(praxis.file('Plans/Spending review.md'), 'utf8'),
    };
    await page.goto(praxis.url);
    // The note stays open while the vault-wide rename rewrites it.
    await openWithSwitcher(page, 'Spending review');

    // F2 on a tag of the tag pane renames it.
    await showPane(page, 'Tags');
    const tags = page.getByRole('tree', { name: 'Tags' });
    const budget = tags.getByRole('treeitem', { name: /^budget \d+ notes?$/ });
    await expect(budget).toHaveAccessibleName('budget 2 notes');
    await budget.focus();
    await page.keyboard.press('F2');
    const rename = dialog(page, 'Rename #budget');
    await rename.getByRole('textbox', { name: 'New name' }).fill('finance');
    await expect(rename).toContainText(
      'Rename #budget to #finance. 4 occurrences in 2 notes will change.',
    );
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(
      toast(page, 'Renamed #budget to #finance. 4 occurrences in 2 notes changed.'),
    ).toBeVisible();

    // Every note changed on disk, formatting and code kept; unrelated tags untouched.
    expect(await readFile(praxis.file('Budget 2025.md'), 'utf8')).toBe(
      '---\ntitle: Budget 2025\ntags: [finance, planning]   # keep this comment\n---\n# Budget 2025\n\nSee #finance/2025 and #finance.\n\n```\n#budget in code stays\n```\n',
    );
    expect(await readFile(praxis.file('Plans/Spending review.md'), 'utf8')).toBe(
      '# Spending review\n\nA #finance note.\n',
    );
    expect(await readFile(praxis.file('Plans/Unrelated.md'), 'utf8')).toContain(
      '#budgeting, not #budget-cuts',
    );
    await expect(tags.getByRole('treeitem', { name: /^finance \d+ notes?$/ })).toBeVisible();
    await expect(budget).toBeHidden();
    // The open note shows the new text, as saved, without a conflict.
    await expect.poll(() => editorText(page)).toBe('# Spending review\n\nA #finance note.\n');
    await waitSaved(page);

    // Undo from the message: every file back as it was, the open note too.
    await toast(page, /Renamed #budget/)
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect(toast(page, 'Undone: 2 notes are back as they were.')).toBeVisible();
    expect(await readFile(praxis.file('Budget 2025.md'), 'utf8')).toBe(before.budget);
    expect(await readFile(praxis.file('Plans/Spending review.md'), 'utf8')).toBe(before.review);
    await expect(budget).toBeVisible();
    await expect.poll(() => editorText(page)).toContain('A #budget note.');
    await waitSaved(page);
    await expect(noteTitle(page)).toHaveValue('Spending review');
  });

  test("a tag's page lists its notes, nested tags included, and merges it", async ({
    page,
    praxis,
  }) => {
    await page.goto(praxis.url);
    await showPane(page, 'Tags');
    const tags = page.getByRole('tree', { name: 'Tags' });
    await tags.getByRole('treeitem', { name: /^budget \d+ notes?$/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: '#budget' })).toBeVisible();
    await expect(
      page.getByText('2 notes, with those tagged with a tag nested under'),
    ).toBeVisible();
    const notes = page.getByRole('region', { name: 'Notes' });
    await expect(notes.getByRole('button')).toHaveCount(2);
    await expect(notes.getByRole('button', { name: 'Spending review' })).toBeVisible();
    await expect(notes.getByRole('button', { name: 'Budget 2025' })).toBeVisible();
    await expect(page.getByRole('button', { name: '#budget/2025, 1 note' })).toBeVisible();

    await page.getByRole('button', { name: 'Merge into…' }).click();
    const merge = dialog(page, 'Merge #budget into another tag');
    await merge.getByRole('combobox', { name: 'Merge into' }).selectOption('planning');
    await expect(merge).toContainText(
      'Merge #budget into #planning. 4 occurrences in 2 notes will change.',
    );
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '#planning' })).toBeVisible();
    await expect(notes.getByRole('button')).toHaveCount(2);
    expect(await readFile(praxis.file('Plans/Spending review.md'), 'utf8')).toBe(
      '# Spending review\n\nA #planning note.\n',
    );
  });
});

test('change a domain slug in every note, then undo it from the overview', async ({
  page,
  praxis,
}) => {
  await page.goto(praxis.url);
  await openDomain(page, 'Procurement and contracts');
  await page.getByRole('button', { name: 'Change slug…' }).click();
  const rename = dialog(page, 'Change the slug of “Procurement and contracts”');
  const slug = rename.getByRole('textbox', { name: 'New slug' });
  await slug.fill('Public Purchasing');
  await expect(slug).toHaveAccessibleDescription(/e\.g\. “public-purchasing”/);
  await slug.fill('purchasing');
  await expect(rename).toContainText(
    'Change the slug of “Procurement and contracts” to “purchasing”. 2 occurrences in 2 notes will change.',
  );
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByText('purchasing · 2 notes')).toBeVisible();
  await expect
    .poll(() => readFile(praxis.file('Procurement/Framework agreements.md'), 'utf8'))
    .toContain('domains: [purchasing]');

  await page.getByRole('button', { name: 'All domains' }).first().click();
  const history = page.getByRole('region', { name: 'Recent vault-wide changes' });
  await history
    .getByRole('button', {
      name: 'Undo: Changed the slug of “Procurement and contracts” to “purchasing”.',
    })
    .click();
  await expect(toast(page, 'Undone: 2 notes are back as they were.')).toBeVisible();
  await expect(history).toContainText('Undone');
  expect(await readFile(praxis.file('Procurement/Framework agreements.md'), 'utf8')).toContain(
    'domains: [procurement]',
  );
});
