import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';
import { tabTo } from './keyboard';
import { runCommand } from './noteHelpers';

const run = promisify(execFile);

test.use({
  sample: false,
  vaultFiles: { 'Own note.md': '# Own note\n\nWritten here.\n' },
});

/**
 * A shared folder as a sync client leaves it: a pack another department published with the
 * real CLI (dist/node/praxis.cjs), its time kept from the publisher's machine.
 */
async function sharedFolderWithPack(): Promise<{ share: string; cleanup(): Promise<void> }> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-e2e-inbox-'));
  const source = path.join(work, 'source');
  const share = path.join(work, 'share');
  await fs.mkdir(path.join(source, 'procurement'), { recursive: true });
  await fs.mkdir(share);
  await fs.writeFile(
    path.join(source, 'procurement', 'Framework agreements.md'),
    '---\nid: framework-agreements\ndomains: [procurement]\n---\n# Framework agreements\n\nCompare three offers.\n',
  );
  const env = { ...process.env, PRAXIS_PROFILE: path.join(work, 'profile') };
  const praxis = (...args: string[]) =>
    run(process.execPath, ['dist/node/praxis.cjs', ...args], { env });
  await praxis('keys', 'create', '--name', 'Ministry of Finance');
  const file = path.join(share, 'Procurement-1.0.0.praxispack');
  await praxis(
    ...['pack', 'export', '--vault', source, '--all', '--title', 'Procurement practice'],
    ...['--version', '1.0.0', '--sign', '--out', file],
  );
  const published = new Date(Date.now() - 10 * 60_000);
  await fs.utimes(file, published, published);
  return { share, cleanup: () => fs.rm(work, { recursive: true, force: true }) };
}

test('keyboard only: subscribe a folder, see the pack it offers, open it on the plan screen', async ({
  page,
  praxis,
}) => {
  // Two real CLI runs make the pack before the page opens.
  test.setTimeout(120_000);
  const { share, cleanup } = await sharedFolderWithPack();
  try {
    await page.goto(praxis.url);
    await runCommand(page, 'Settings');
    const section = page.getByRole('region', { name: 'Subscribed folders' });
    await expect(section).toContainText('This vault subscribes to no folder yet.');

    // The section from the table of contents, then its field: the web harness has no folder
    // dialog, so the path is typed.
    const toc = page.getByRole('navigation', { name: 'Sections' });
    await tabTo(page, toc.getByRole('link', { name: 'Subscribed folders' }));
    await page.keyboard.press('Enter');
    const field = section.getByRole('textbox', { name: 'Folder to subscribe to' });
    await tabTo(page, field);
    await page.keyboard.type(share);
    await page.keyboard.press('Enter');
    const folders = section.getByRole('list', { name: 'Folders', exact: true });
    await expect(folders.getByRole('listitem')).toContainText(share);
    await expect(folders).toContainText('Watching: 1 pack file');

    // The inbox: title, version, publisher and trust, what it would change; and the badge.
    const inbox = section.getByRole('list', { name: 'Offered in these folders' });
    const item = inbox.getByRole('listitem').filter({ hasText: 'Procurement practice' });
    await expect(item).toContainText('“Procurement practice” 1.0.0');
    await expect(item).toContainText('New: not imported into this vault.');
    await expect(item).toContainText(
      'From Ministry of Finance, signed with a key this vault does not trust yet.',
    );
    await expect(item).toContainText('If imported: 1 new, 0 updated, 0 beside local edits');
    await expect(
      page.getByRole('button', { name: 'Settings: 1 pack offered in subscribed folders' }),
    ).toBeVisible();
    await expectNoA11yViolations(page, 'the subscribed folders and their inbox');

    // Opening it shows the import's own plan screen; nothing is written before Import.
    const open = item.getByRole('button', { name: 'Open “Procurement practice” 1.0.0' });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import “Procurement practice” 1.0.0' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Published by Ministry of Finance');
    await expect(dialog).toContainText('1 new, 0 to update, 0 in conflict, 0 unchanged');
    await expect(dialog.getByRole('listbox', { name: 'Notes in the pack' })).toBeVisible();
    await expectNoA11yViolations(page, 'the plan screen opened from the inbox');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(fs.stat(praxis.file('procurement/Framework agreements.md'))).rejects.toThrow();
    await expect(item).toContainText('New: not imported into this vault.');
  } finally {
    await cleanup();
  }
});
