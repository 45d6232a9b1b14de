import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureOutput } from '../../testing/cli/captureOutput';
import { makeTempVault } from '../../testing/core/tempVault';
import { runCli } from './praxisCli';

describe('praxis history', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const run = async (args: string[]) => {
    const out = captureOutput();
    const err = captureOutput();
    const code = await runCli(args, { stdout: out.stream, stderr: err.stream });
    return { code, out: out.text(), err: err.text() };
  };

  it('lists the versions a rename kept, as text and as JSON', async () => {
    const temp = await makeTempVault({ 'notes/Plan.md': '---\nid: p1\n---\n# Plan\n' });
    cleanup = temp.cleanup;
    expect((await run(['rename', '--vault', temp.root, 'notes/Plan.md', 'Budget'])).code).toBe(0);

    const text = await run(['history', '--vault', temp.root, 'notes/Budget.md']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('1 earlier version of notes/Budget.md');
    expect(text.out).toContain('rename');
    expect(text.out).toContain('(as notes/Plan.md)');

    const json = await run([
      'history',
      '--vault',
      temp.root,
      path.join(temp.root, 'notes', 'Budget.md'),
      '--json',
    ]);
    expect(JSON.parse(json.out)).toMatchObject({
      path: 'notes/Budget.md',
      versions: [{ cause: { kind: 'rename' }, path: 'notes/Plan.md' }],
      problems: [],
    });
    expect(await fs.readFile(path.join(temp.root, 'notes/Budget.md'), 'utf8')).toContain('Budget');
  });

  it('says so when nothing is kept, and needs a note', async () => {
    const temp = await makeTempVault({ 'a.md': '# A\n' });
    cleanup = temp.cleanup;
    const none = await run(['history', '--vault', temp.root, 'a.md']);
    expect(none).toMatchObject({ code: 0, out: 'No earlier versions of a.md are kept.\n' });
    expect((await run(['history', '--vault', temp.root])).code).toBe(2);
  });
});
