import { afterEach, describe, expect, it } from 'vitest';
import { captureOutput } from '../../testing/cli/captureOutput';
import { makeTempVault, snapshotFolder } from '../../testing/core/tempVault';
import { runCli } from './praxisCli';

/** A vault with every wiki-link form, some unresolved, two notes sharing an id, bad YAML. */
export const healthVault: Record<string, string> = {
  'Home.md': [
    '---',
    'id: home',
    '---',
    '# Home',
    '[[Target]] [[Target|shown]] [[Target#Section]] [[Target#^block]] [[#Local heading]]',
    '[[folder/Deep]] ![[Target]] ![[diagram.png]] [[Missing note]]',
    '',
    '| a | b |',
    '|---|---|',
    '| [[Target\\|in table]] | [[Also missing\\|x]] |',
    '',
    '`[[Not a link]]`',
    '```',
    '[[Nor this]]',
    '```',
    '## Local heading',
  ].join('\n'),
  'Target.md':
    '---\nid: shared-id\naliases: [The target]\n---\n# Target\n[[The target]] [[home]]\n',
  'folder/Deep.md': '---\nid: shared-id\n---\nSee ![[missing.png]]\n',
  'Broken.md': '---\ntitle: [unclosed\n---\nbody with [[Target]]\n',
  'attachments/diagram.png': 'not really a png',
};

describe('praxis check', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('reports notes, links, unresolved links, duplicate ids and unreadable front matter as JSON', async () => {
    const vault = await makeTempVault(healthVault);
    cleanup = vault.cleanup;
    const before = await snapshotFolder(vault.root);
    const out = captureOutput();
    const err = captureOutput();
    const code = await runCli(['check', '--vault', vault.root, '--json'], {
      stdout: out.stream,
      stderr: err.stream,
    });
    expect(code).toBe(0);
    expect(err.text()).toBe('');
    const report = JSON.parse(out.text());
    expect(Object.keys(report).sort()).toEqual(
      ['duplicateIds', 'invalidFrontMatter', 'links', 'notes', 'unresolved'].sort(),
    );
    expect(report.notes).toBe(4);
    expect(report.links).toBe(15);
    expect(report.unresolved).toEqual([
      { file: 'Home.md', line: 6, target: 'Missing note' },
      { file: 'Home.md', line: 10, target: 'Also missing' },
      { file: 'folder/Deep.md', line: 4, target: 'missing.png' },
    ]);
    expect(report.duplicateIds).toEqual([
      { id: 'shared-id', files: ['Target.md', 'folder/Deep.md'] },
    ]);
    expect(report.invalidFrontMatter).toEqual([{ file: 'Broken.md', error: expect.any(String) }]);
    // Nothing changed, not even a .praxis folder.
    expect(await snapshotFolder(vault.root)).toEqual(before);
  });

  it('prints a readable report', async () => {
    const vault = await makeTempVault(healthVault);
    cleanup = vault.cleanup;
    const out = captureOutput();
    await runCli(['check', '--vault', vault.root], {
      stdout: out.stream,
      stderr: captureOutput().stream,
    });
    expect(out.text()).toContain('4 notes, 15 links');
    expect(out.text()).toContain('Home.md:6  [[Missing note]]');
    expect(out.text()).toContain('shared-id: Target.md, folder/Deep.md');
    expect(out.text()).toContain('Broken.md:');
  });

  it('counts markdown links and prints an unresolved one as written', async () => {
    const vault = await makeTempVault({
      'a/Home.md': 'See [the plan](../Plan.md), [todo](Todo%20list.md) and [web](https://x.org).\n',
      'Plan.md': '# Plan\n',
    });
    cleanup = vault.cleanup;
    const out = captureOutput();
    await runCli(['check', '--vault', vault.root], {
      stdout: out.stream,
      stderr: captureOutput().stream,
    });
    expect(out.text()).toContain('2 notes, 2 links');
    expect(out.text()).toContain('a/Home.md:1  [todo](Todo%20list.md)');
  });

  it('explains bad usage and a vault that is not a folder', async () => {
    const vault = await makeTempVault({ 'file.md': 'x' });
    cleanup = vault.cleanup;
    const err = captureOutput();
    const io = { stdout: captureOutput().stream, stderr: err.stream };
    expect(await runCli(['check'], io)).toBe(2);
    expect(err.text()).toMatch(/--vault DIR is required/);
    expect(await runCli(['check', '--vault', `${vault.root}/file.md`], io)).toBe(1);
    expect(err.text()).toMatch(/is a file, not a vault folder/);
    expect(await runCli(['check', '--vault', `${vault.root}/nope`], io)).toBe(1);
    expect(await runCli(['check', '--vault', vault.root, '--bogus'], io)).toBe(2);
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err.text()).toMatch(/unknown command "frobnicate"/);
  });
});
