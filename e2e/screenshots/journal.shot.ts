import { expect, test } from '../fixtures';

test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });

const links = [
  'Framework agreements',
  'Shorter tender evaluations',
  'Onboarding new analysts',
  'Service design sprint',
  'How do we test with citizens',
];
const lines = [
  'Agreed the scoring scale with finance before the tenders arrived.',
  'Paired with a new analyst on the first data request.',
  'Citizens found the form’s second step confusing: test earlier.',
  'The CoP session on service design had twice the usual people.',
  'A framework agreement saved us a month on the laptop purchase.',
];

function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('docs/journal.png: the journal with its calendar, activity and entries', async ({
  page,
  praxis,
}) => {
  // Some weeks of entries before today's (the sample vault has today's), linking the sample notes.
  const days = [1, 2, 4, 7, 8, 9, 13, 15, 16, 21, 24, 29, 30, 36, 44, 50, 58];
  for (const [i, ago] of days.entries()) {
    const date = daysAgo(ago);
    const response = await page.request.post(`${praxis.origin}/api/notes.create`, {
      headers: { Authorization: `Bearer ${praxis.token}` },
      data: {
        folder: `journal/${date.slice(0, 4)}`,
        name: date,
        body: `# ${date}\n\n## What happened?\n${lines[i % lines.length]} See [[${links[i % links.length]}]].\n`,
        frontMatter: { type: 'journal', private: true },
      },
    });
    expect(response.ok()).toBe(true);
  }
  await page.goto(praxis.url);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  await page.getByRole('button', { name: 'Toggle right panel' }).click();
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.getByRole('combobox', { name: 'Find a command' }).fill('Open journal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText('Current streak');
  await expect(page.locator('.calendar-dot').first()).toBeVisible();
  // No focus ring or hover in the picture.
  await page.mouse.move(0, 799);
  await page.locator(':focus').evaluate((element) => (element as HTMLElement).blur());
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/journal.png' });
});
