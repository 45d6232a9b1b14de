import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expectNoA11yViolations } from './axe';
import { rawZip, syntheticPack, testKey } from '../testing/core/rawZip';
import { expect, test } from './fixtures';
import { tabTo } from './keyboard';
import { editor, openWithSwitcher, runCommand } from './noteHelpers';

const run = promisify(execFile);

/** The receiving department's vault: its own copy of a note the pack also has, edited here. */
test.use({
  sample: false,
  vaultFiles: {
    'Procurement/Framework agreements.md':
      '---\nid: framework-agreements\ndomains: [procurement]\n---\n# Framework agreements\n\nOur own rule: three quotes.\n',
  },
});

interface SignedPack {
  file: string;
  /** The publisher's fingerprint as `praxis keys create` printed it. */
  fingerprint: string;
  cleanup(): Promise<void>;
}

/**
 * A pack signed by another department, made with the real CLI (dist/node/praxis.cjs): a key in a
 * profile of its own, a source vault, `praxis pack export --sign`.
 */
async function signedPack(): Promise<SignedPack> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-e2e-pack-'));
  const source = path.join(work, 'source');
  const write = async (rel: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(source, rel)), { recursive: true });
    await fs.writeFile(path.join(source, rel), text);
  };
  await write(
    'procurement/Framework agreements.md',
    '---\nid: framework-agreements\ndomains: [procurement]\n---\n# Framework agreements\n\nUse a [[Scoring matrix]] for every call-off.\n',
  );
  await write(
    'procurement/Scoring matrix.md',
    '---\nid: scoring-matrix\ndomains: [procurement]\n---\n# Scoring matrix\n\nWeights per criterion.\n',
  );
  const env = { ...process.env, PRAXIS_PROFILE: path.join(work, 'profile') };
  const praxis = (...args: string[]) =>
    run(process.execPath, ['dist/node/praxis.cjs', ...args], { env });
  const created = await praxis('keys', 'create', '--name', 'Ministry of Finance');
  const fingerprint = /fingerprint ((?:[0-9A-F]{4} ?){10})/.exec(created.stdout)![1]!.trim();
  const file = path.join(work, 'Procurement-1.0.0.praxispack');
  await praxis(
    'pack',
    'export',
    '--vault',
    source,
    '--all',
    '--title',
    'Procurement practice',
    '--version',
    '1.0.0',
    '--sign',
    '--out',
    file,
  );
  return { file, fingerprint, cleanup: () => fs.rm(work, { recursive: true, force: true }) };
}

test('keyboard only: open a signed pack, trust its publisher, read the plan, import it and undo it', async ({
  page,
  praxis,
}) => {
  const pack = await signedPack();
  try {
    await page.goto(praxis.url);
    const chooser = page.waitForEvent('filechooser');
    await runCommand(page, 'Import knowledge pack…');
    await (await chooser).setFiles(pack.file);

    const dialog = page.getByRole('dialog', { name: 'Import “Procurement practice” 1.0.0' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Published by Ministry of Finance');
    await expect(dialog).toContainText(
      'Valid signature from a publisher this vault does not trust yet',
    );
    await expect(dialog).toContainText(pack.fingerprint);
    await expect(
      dialog.getByRole('list', { name: 'Fingerprint in words' }).getByRole('listitem'),
    ).toHaveCount(8);

    // The words match what the publisher gave: trust them.
    const trust = dialog.getByRole('button', {
      name: 'The words match: trust Ministry of Finance',
    });
    await tabTo(page, trust);
    await page.keyboard.press('Enter');
    await expect(dialog).toContainText('Signed by a trusted publisher');
    await expect(trust).toHaveCount(0);

    // The plan: a new note and a conflict with the note edited here, walked with the arrows.
    await expect(dialog).toContainText('1 new, 0 to update, 1 in conflict, 0 unchanged');
    const list = dialog.getByRole('listbox', { name: 'Notes in the pack' });
    await tabTo(page, list);
    const conflict = list.getByRole('option', { name: /Conflict.*Framework agreements/ });
    for (let i = 0; i < 2 && (await conflict.getAttribute('aria-selected')) !== 'true'; i++)
      await page.keyboard.press('ArrowDown');
    await expect(conflict).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    const diff = dialog.getByRole('group', { name: /Changes to Framework agreements/ });
    await expect(diff).toContainText('Our own rule: three quotes.');
    await expect(diff).toContainText('Use a [[Scoring matrix]] for every call-off.');
    await expectNoA11yViolations(page, 'the import plan');

    // Nothing is written before the user confirms.
    await expect(fs.stat(praxis.file('procurement/Scoring matrix.md'))).rejects.toThrow();
    await tabTo(page, dialog.getByRole('button', { name: 'Import', exact: true }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported “Procurement practice” 1.0.0' }),
    ).toContainText('1 new, 0 updated, 1 in conflict');

    // The new note is in the vault and the tree; the local text stayed, the pack's version beside it.
    await expect(page.getByRole('treeitem', { name: 'procurement 1 note' })).toBeVisible();
    await openWithSwitcher(page, 'Scoring matrix');
    await expect(editor(page)).toContainText('Weights per criterion.');
    expect(await fs.readFile(praxis.file('Procurement/Framework agreements.md'), 'utf8')).toContain(
      'Our own rule: three quotes.',
    );
    const files = await fs.readdir(praxis.file('Procurement'));
    expect(files.filter((f) => f.startsWith('Framework agreements'))).toHaveLength(2);

    // Undo the import, after saying what it undoes: every file it wrote goes back.
    await runCommand(page, 'Undo the last import…');
    const undo = page.getByRole('dialog', { name: 'Undo the last import' });
    await expect(undo).toContainText('Undo the import of “Procurement practice” 1.0.0');
    await expect(undo.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await tabTo(page, undo.getByRole('button', { name: 'Undo import' }));
    await page.keyboard.press('Enter');
    await expect(undo).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'was undone' })).toContainText(
      'The import of “Procurement practice” 1.0.0 was undone.',
    );
    await expect(fs.stat(praxis.file('procurement/Scoring matrix.md'))).rejects.toThrow();
    expect(
      (await fs.readdir(praxis.file('Procurement'))).filter((f) => f.startsWith('Framework')),
    ).toEqual(['Framework agreements.md']);
  } finally {
    await pack.cleanup();
  }
});

test('a pack changed after it was signed, dropped on the window, is refused with the reason', async ({
  page,
  praxis,
}) => {
  // Stored, not deflated, so the changed byte reaches the signature check rather than zlib.
  const { entries } = syntheticPack({
    notes: [{ path: 'Rule.md', text: '---\nid: rule\n---\n# Rule\n\nThree offers.\n' }],
    key: testKey(),
    method: 0,
  });
  const bytes = rawZip(entries);
  const at = bytes.indexOf('Testing department');
  bytes[at] = 'R'.charCodeAt(0);

  await page.goto(praxis.url);
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  const dataTransfer = await page.evaluateHandle((base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'Test pack-1.0.0.praxispack'));
    return transfer;
  }, bytes.toString('base64'));
  await page.locator('main').dispatchEvent('drop', { dataTransfer });

  const dialog = page.getByRole('dialog', { name: 'This pack cannot be imported' });
  await expect(dialog.getByRole('alert')).toContainText('Refused: the pack is invalid');
  await expect(dialog.getByRole('alert')).toContainText("The pack's signature is invalid.");
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page, 'a refused pack');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(fs.stat(praxis.file('Rule.md'))).rejects.toThrow();
});
