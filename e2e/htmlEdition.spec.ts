import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_MARKDOWN } from '../testing/hostileMarkdown';
import { expectNoA11yViolations } from './axe';

const run = promisify(execFile);

/** A department's notes: two domains, links between them, one to a note left out. */
const vault: Record<string, string> = {
  'procurement/Framework agreements.md': [
    '---',
    'type: solution',
    'domains: [procurement]',
    '---',
    '# Framework agreements',
    '',
    'Score the bids with the [[Scoring matrix]]; see also [[Private draft]].',
    '',
  ].join('\n'),
  'procurement/Scoring matrix.md':
    '---\ntype: practice\ndomains: [procurement]\n---\n# Scoring matrix\n\nWeights per criterion, calibrated by the quokka panel.\n',
  'hr/Onboarding.md':
    '---\ntype: practice\ndomains: [hr-and-talent]\n---\n# Onboarding\n\nA buddy for every newcomer.\n',
  'Private draft.md': '---\nprivate: true\n---\n# Private draft\n\nNot for the pack.\n',
  'Hostile.md': HOSTILE_MARKDOWN,
};

let work: string;
let pageUrl: string;

/** Exports the HTML edition with the real CLI (dist/node/praxis.cjs), as IT staff would. */
test.beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-edition-e2e-'));
  for (const [name, text] of Object.entries(vault)) {
    const file = path.join(work, 'vault', name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  }
  const out = path.join(work, 'Procurement edition.html');
  await run(
    process.execPath,
    [
      'dist/node/praxis.cjs',
      'pack',
      'export',
      '--vault',
      path.join(work, 'vault'),
      '--all',
      '--title',
      'Procurement basics',
      '--format',
      'html',
      '--out',
      out,
    ],
    { env: { ...process.env, PRAXIS_PROFILE: path.join(work, 'profile') } },
  );
  pageUrl = pathToFileURL(out).href;
});

test.afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

/** Every request the page makes for anything but its own file (data: stays in memory). */
let outside: string[];
let canaryCalls: string[];

test.beforeEach(async ({ page }) => {
  outside = [];
  canaryCalls = [];
  page.context().on('request', (request) => {
    const url = request.url();
    if (/^data:/i.test(url) || url.split('#')[0] === pageUrl) return;
    outside.push(`${request.method()} ${url}`);
  });
  await page.exposeFunction('praxisCanary', (what: string) => canaryCalls.push(String(what)));
});

test.afterEach(() => {
  expect(outside, 'requests outside the file').toEqual([]);
  expect(canaryCalls, 'hostile markdown that ran').toEqual([]);
});

const notesNav = (page: Page) => page.getByRole('navigation', { name: 'Notes' });

test('lists the notes by domain, follows a wiki link and comes Back', async ({ page }) => {
  await page.goto(pageUrl);
  await expect(page.getByRole('banner')).toContainText('Procurement basics');
  await expect(page.getByRole('banner')).toContainText('.praxispack');
  const nav = notesNav(page);
  const procurement = nav.getByRole('region', { name: 'Procurement and contracts' });
  await expect(procurement.getByRole('link', { name: 'Framework agreements' })).toBeVisible();
  await expect(procurement.getByRole('link', { name: 'Scoring matrix' })).toBeVisible();
  await expect(
    nav.getByRole('region', { name: 'HR and talent' }).getByRole('link', { name: 'Onboarding' }),
  ).toBeVisible();
  // A private note is not in the edition.
  await expect(nav.getByRole('link', { name: 'Private draft' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'the HTML edition, its first page');

  await procurement.getByRole('link', { name: 'Framework agreements' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Framework agreements' })).toBeVisible();
  // The note left out is text with a hint, not a link.
  const leftOut = main.getByText('Private draft');
  await expect(leftOut).toHaveAttribute('title', '“Private draft” is not in this edition.');
  await expect(main.getByRole('link', { name: 'Private draft' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'the HTML edition, a note');

  await main.getByRole('link', { name: 'Scoring matrix' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Scoring matrix' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Framework agreements' })).toBeHidden();
  expect(new URL(page.url()).hash).toBe('#/note/procurement-scoring-matrix');

  await page.goBack();
  await expect(main.getByRole('heading', { level: 1, name: 'Framework agreements' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Scoring matrix' })).toBeHidden();
  await page.goForward();
  await expect(main.getByRole('heading', { level: 1, name: 'Scoring matrix' })).toBeVisible();
});

test('finds a note by a word of its body while typing, and filters by domain', async ({ page }) => {
  await page.goto(pageUrl);
  const nav = notesNav(page);
  const search = nav.getByRole('searchbox', { name: 'Search the notes' });
  await search.focus();
  await page.keyboard.type('quok');
  const results = nav.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveText(['Scoring matrix']);
  await expect(results.locator('mark')).toHaveText(['quok']);
  await expect(nav.getByRole('status')).toHaveText('1 note found');
  await expectNoA11yViolations(page, 'the HTML edition, search results');

  // Keyboard: Tab from the box reaches the result, Enter opens it.
  await search.press('Tab');
  await page.keyboard.press('Tab');
  await expect(results.getByRole('link', { name: 'Scoring matrix' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Scoring matrix' }),
  ).toBeVisible();

  // The domain filter narrows the list and the search.
  await search.fill('');
  const domain = nav.getByRole('combobox', { name: 'Domain' });
  await domain.selectOption({ label: 'HR and talent' });
  await expect(nav.getByRole('link', { name: 'Onboarding' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Framework agreements' })).toBeHidden();
  await search.fill('quokka');
  await expect(nav.getByRole('status')).toHaveText('No note matches. Try fewer or shorter words.');
  await domain.selectOption({ label: 'All domains' });
  await expect(results.getByRole('link')).toHaveText(['Scoring matrix']);
});

test('hostile markdown is inert in the HTML edition', async ({ page }) => {
  const popups: string[] = [];
  const dialogs: string[] = [];
  page.context().on('page', (popup) => popups.push(popup.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${pageUrl}#/note/hostile`);
  const note = page.locator('#note-hostile');
  await expect(note.getByRole('heading', { level: 1, name: 'Hostile note' })).toBeVisible();
  // Clicks everything a reader could click that stays in the page.
  for (const element of await note.locator('a:not([target]), details, summary, svg, img').all())
    await element.click({ force: true, noWaitAfter: true, timeout: 2_000 }).catch(() => {});
  await note.hover();
  expect(dialogs).toEqual([]);
  expect(popups).toEqual([]);
  expect(page.url().split('#')[0]).toBe(pageUrl);
  await expect(note.locator('script, iframe, object, embed, form, style, base')).toHaveCount(0);
});

test('is usable at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${pageUrl}#/note/procurement-framework-agreements`);
  const heading = page.getByRole('main').getByRole('heading', { name: 'Framework agreements' });
  await expect(heading).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test('prints every note, each on its own page, without the list and search', async ({ page }) => {
  await page.goto(pageUrl);
  const listed = await notesNav(page).getByRole('link').count();
  expect(listed).toBeGreaterThanOrEqual(4);
  await page.emulateMedia({ media: 'print' });
  await expect(notesNav(page)).toBeHidden();
  // Every note of the edition is printed, not only the one on screen, each from a new page.
  const notes = page.locator('article.note');
  await expect(notes).toHaveCount(listed);
  for (const note of await notes.all()) {
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  }
});
