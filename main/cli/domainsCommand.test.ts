import { afterEach, describe, expect, it } from 'vitest';
import { captureOutput } from '../../testing/cli/captureOutput';
import { makeTempVault, snapshotFolder } from '../../testing/core/tempVault';
import { DB_FILE } from '../core/store/metadataStore';
import { runCli } from './praxisCli';

const vault = {
  'a.md': '---\ntype: solution\ndomains: [procurement]\n---\n',
  'b.md': '---\ntype: practice\ndomains: [procurement, gov-lab]\n---\n',
  'c.md': '# no domain\n',
  'templates/T.md': '---\ntype: solution\ndomains: [procurement]\n---\n',
};

describe('praxis domains', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('lists the domains with their note counts as JSON, changing nothing', async () => {
    const temp = await makeTempVault(vault);
    cleanup = temp.cleanup;
    const before = await snapshotFolder(temp.root);
    const out = captureOutput();
    expect(
      await runCli(['domains', '--vault', temp.root, '--json'], {
        stdout: out.stream,
        stderr: captureOutput().stream,
      }),
    ).toBe(0);
    const report = JSON.parse(out.text());
    expect(report).toMatchObject({
      source: 'defaults',
      totalNotes: 3,
      withoutDomain: 1,
      unknown: [{ slug: 'gov-lab', count: 1 }],
    });
    expect(report.domains[0]).toMatchObject({
      slug: 'procurement',
      noteCount: 2,
      byType: [
        { type: 'practice', count: 1 },
        { type: 'solution', count: 1 },
      ],
    });
    expect(await snapshotFolder(temp.root)).toEqual(before);
  });

  it("reads the vault's own domain list and prints a readable table", async () => {
    const temp = await makeTempVault({
      ...vault,
      [DB_FILE]: JSON.stringify({
        schemaVersion: 1,
        domains: [{ slug: 'procurement', name: 'Buying', colour: '#123456' }],
      }),
    });
    cleanup = temp.cleanup;
    const out = captureOutput();
    await runCli(['domains', '--vault', temp.root], {
      stdout: out.stream,
      stderr: captureOutput().stream,
    });
    expect(out.text()).toBe(
      [
        `Vault ${temp.root}: 3 notes`,
        '  Domains:',
        '    procurement      2  Buying (1 practice, 1 solution)',
        '  Named by notes but not in the domain list:',
        '    gov-lab  1 note',
        '  1 note without a domain.',
        '',
      ].join('\n'),
    );
  });

  it('explains bad usage', async () => {
    const err = captureOutput();
    expect(await runCli(['domains'], { stdout: captureOutput().stream, stderr: err.stream })).toBe(
      2,
    );
    expect(err.text()).toMatch(/--vault DIR is required/);
  });
});
