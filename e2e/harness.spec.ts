import { expect, test } from './fixtures';
import { openWithSwitcher } from './noteHelpers';

test('the web harness serves the app on the seeded sample vault', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  const notes = page.getByRole('navigation', { name: 'Notes' });
  await expect(notes.getByText('Welcome to Praxis')).toBeVisible();
  // Folders of the vault, collapsed: Framework agreements is in Procurement.
  await expect(notes.getByRole('treeitem', { name: /Procurement/ })).toBeVisible();
  // The token was traded for a cookie and is gone from the address; a reload still works.
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  await page.reload();
  await expect(notes.getByText('Welcome to Praxis')).toBeVisible();
});

test('the page asks for nothing the harness does not have (the favicon included)', async ({
  page,
  praxis,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(praxis.url);
  await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBeTruthy();
  const served = await page.request.get(new URL(icon!, page.url()).href);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('image/svg+xml');
  expect(failed).toEqual([]);
});

test('an API call without the token is refused', async ({ request, praxis }) => {
  const refused = await request.post(`${praxis.origin}/api/notes.list`, { data: {} });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('UNAUTHORIZED');

  // The server answers before the notes are read (the window comes first), so the list fills in.
  await expect
    .poll(async () => {
      const accepted = await request.post(`${praxis.origin}/api/notes.list`, {
        data: {},
        headers: { Authorization: `Bearer ${praxis.token}` },
      });
      expect(accepted.status()).toBe(200);
      const body = await accepted.json();
      return body.value.map((n: { path: string }) => n.path);
    })
    .toContain('Welcome to Praxis.md');
});

test.describe('the session token', () => {
  test.use({
    sample: false,
    vaultFiles: {
      'Pictures.md': '# Pictures\n\n![A diagram](attachments/diagram.svg)\n',
      'attachments/diagram.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>',
    },
  });

  test('never stays in the page: the server trades it for an HttpOnly cookie, and images still load', async ({
    page,
    praxis,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(praxis.url);
    // The server redirected before the page existed, so no history entry or script saw the token.
    expect(response!.request().redirectedFrom()?.url()).toBe(praxis.url);
    expect(page.url()).toBe(`${praxis.origin}/`);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...sessionStorage, ...localStorage }),
    );
    expect(stored).not.toContain(praxis.token);

    await openWithSwitcher(page, 'Pictures');
    await page.keyboard.press('ControlOrMeta+2');
    const image = page.locator('.markdown-preview').getByRole('img', { name: 'A diagram' });
    await expect(image).toHaveAttribute('src', '/files/attachments/diagram.svg');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);

    // After the first address, no request the page made carried the token.
    expect(requested.slice(1).filter((url) => url.includes(praxis.token))).toEqual([]);

    // A browser without the cookie (another profile, another program) gets nothing.
    const stranger = await page.context().browser()!.newContext();
    const refused = await stranger.request.get(`${praxis.origin}/files/attachments/diagram.svg`);
    expect(refused.status()).toBe(401);
    await stranger.close();
  });
});
