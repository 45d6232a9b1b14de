import { expect, test } from './fixtures';

test('the web harness serves the app on the seeded sample vault', async ({ page, praxis }) => {
  await page.goto(praxis.url);
  const notes = page.getByRole('navigation', { name: 'Notes' });
  await expect(notes.getByText('Welcome to Praxis')).toBeVisible();
  // Folders of the vault, collapsed: Framework agreements is in Procurement.
  await expect(notes.getByRole('treeitem', { name: /Procurement/ })).toBeVisible();
  // The token is kept for reloads and removed from the address bar.
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  await page.reload();
  await expect(notes.getByText('Welcome to Praxis')).toBeVisible();
});

test('an API call without the token is refused', async ({ request, praxis }) => {
  const refused = await request.post(`${praxis.origin}/api/notes.list`, { data: {} });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('UNAUTHORIZED');

  const accepted = await request.post(`${praxis.origin}/api/notes.list`, {
    data: {},
    headers: { Authorization: `Bearer ${praxis.token}` },
  });
  expect(accepted.status()).toBe(200);
  const body = await accepted.json();
  expect(body.value.map((n: { path: string }) => n.path)).toContain('Welcome to Praxis.md');
});
