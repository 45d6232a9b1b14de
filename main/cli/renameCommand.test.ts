import { afterEach, describe, expect, it } from 'vitest';
import { captureOutput } from '../../testing/cli/captureOutput';
import {
  makeTempVault,
  readText,
  snapshotFolder,
  withoutPraxisFolder,
} from '../../testing/core/tempVault';
import { runCli } from './praxisCli';

const vault = {
  'notes/Old plan.md': '# Old plan\n\nText.\n',
  'Home.md': 'See [[Old plan]] and [[notes/Old plan|the plan]].\n',
};

describe('praxis rename', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  const run = async (args: string[]) => {
    const out = captureOutput();
    const err = captureOutput();
    const code = await runCli(args, { stdout: out.stream, stderr: err.stream });
    return { code, out: out.text(), err: err.text() };
  };

  it('previews with --dry-run (no note changes), then renames and rewrites the links', async () => {
    const temp = await makeTempVault(vault);
    cleanup = temp.cleanup;
    const before = withoutPraxisFolder(await snapshotFolder(temp.root));
    const preview = await run([
      'rename',
      '--vault',
      temp.root,
      'notes/Old plan.md',
      'New plan',
      '--dry-run',
      '--json',
    ]);
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.out)).toMatchObject({
      dryRun: true,
      to: 'notes/New plan.md',
      links: 2,
      headingUpdated: true,
    });
    expect(withoutPraxisFolder(await snapshotFolder(temp.root))).toEqual(before);

    const done = await run(['rename', '--vault', temp.root, 'notes/Old plan.md', 'New plan']);
    expect(done.code).toBe(0);
    expect(done.out).toContain(
      'Renamed "Old plan" to "New plan": notes/Old plan.md → notes/New plan.md.',
    );
    expect(done.out).toContain('2 links in 1 note were rewritten');
    expect(await readText(temp.root, 'notes/New plan.md')).toBe('# New plan\n\nText.\n');
    expect(await readText(temp.root, 'Home.md')).toBe(
      'See [[New plan]] and [[New plan|the plan]].\n',
    );
  });

  it('says what is wrong: a missing note (1), a missing title (2)', async () => {
    const temp = await makeTempVault(vault);
    cleanup = temp.cleanup;
    const missing = await run(['rename', '--vault', temp.root, 'Nope.md', 'X']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no note "Nope.md"');
    const usage = await run(['rename', '--vault', temp.root, 'Home.md']);
    expect(usage.code).toBe(2);
  });
});
