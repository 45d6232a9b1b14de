import path from 'node:path';
import { captureOutput } from '../../testing/cli/captureOutput';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempVault, readText, snapshotFolder, writeFiles } from '../../testing/core/tempVault';
import { rawZip } from '../../testing/core/rawZip';
import { runCli } from './praxisCli';

/** Runs `praxis …` with PRAXIS_PROFILE set; returns the exit code and both outputs. */
async function praxis(profile: string, ...args: string[]) {
  const out = captureOutput();
  const err = captureOutput();
  const saved = process.env.PRAXIS_PROFILE;
  process.env.PRAXIS_PROFILE = profile;
  try {
    const code = await runCli(args, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  } finally {
    if (saved === undefined) delete process.env.PRAXIS_PROFILE;
    else process.env.PRAXIS_PROFILE = saved;
  }
}

describe('praxis keys, trust and pack', () => {
  let work: string;
  let profile: string;
  let source: string;
  let target: string;
  beforeEach(async () => {
    work = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-cli-packs-')));
    profile = path.join(work, 'profile');
    source = path.join(work, 'source');
    target = path.join(work, 'target');
    await writeFiles(source, {
      'procurement/Framework agreements.md':
        '---\ndomains: [procurement]\ntags: [contracts]\n---\n# Framework agreements\n\nSee [[Scoring matrix]].\n',
      'procurement/Scoring matrix.md': '---\ndomains: [procurement]\n---\n# Scoring matrix\n',
      'journal/2026/2026-02-03.md':
        '---\ntype: journal\ndomains: [procurement]\n---\n# 3 February\n',
    });
    await fs.mkdir(target);
  });
  afterEach(async () => fs.rm(work, { recursive: true, force: true }));

  it(
    'signs, exports, verifies, plans, imports and undoes, as the issue lists',
    { timeout: 60_000 },
    async () => {
      const created = await praxis(
        profile,
        'keys',
        'create',
        '--name',
        'Department of Finance',
        '--person',
        'A. Moderator',
      );
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/fingerprint [0-9A-F]{4}( [0-9A-F]{4}){9}/);
      const identityFile = path.join(profile, 'keys', 'identity.json');
      if (process.platform !== 'win32')
        expect((await fs.stat(identityFile)).mode & 0o777).toBe(0o600);
      // Never twice by accident: the first key would be lost.
      const again = await praxis(profile, 'keys', 'create', '--name', 'Other');
      expect(again.code).toBe(1);
      expect(again.stderr.split('\n')[0]).toMatch(/already exists/);

      const pub = path.join(work, 'finance.pub');
      expect((await praxis(profile, 'keys', 'export', '--out', pub)).code).toBe(0);
      expect(JSON.parse(await readText(work, 'finance.pub'))).not.toHaveProperty('privateKey');

      const pack = path.join(work, 'procurement.praxispack');
      const exported = await praxis(
        profile,
        'pack',
        'export',
        '--vault',
        source,
        '--domain',
        'procurement',
        '--title',
        'Procurement lessons',
        '--sign',
        '--out',
        pack,
      );
      expect(exported.code).toBe(0);
      expect(exported.stdout).toMatch(/"Procurement lessons" 1\.0\.0: 2 notes/);

      const unknown = await praxis(profile, 'pack', 'verify', pack, '--vault', target, '--json');
      expect(unknown.code).toBe(0);
      expect(JSON.parse(unknown.stdout)).toMatchObject({ status: 'unknown', sound: true });

      expect((await praxis(profile, 'trust', 'add', pub, '--vault', target)).code).toBe(0);
      const list = await praxis(profile, 'trust', 'list', '--vault', target, '--json');
      expect(JSON.parse(list.stdout)).toMatchObject([{ department: 'Department of Finance' }]);
      expect(
        JSON.parse(
          (await praxis(profile, 'pack', 'verify', pack, '--vault', target, '--json')).stdout,
        ).status,
      ).toBe('trusted');

      const before = await snapshotFolder(target);
      const planned = await praxis(profile, 'pack', 'import', pack, '--vault', target, '--json');
      expect(planned.code).toBe(0);
      const plan = JSON.parse(planned.stdout);
      expect(plan).toMatchObject({
        pack: {
          version: '1.0.0',
          title: 'Procurement lessons',
          publisher: { department: 'Department of Finance' },
        },
        signature: { status: 'trusted' },
        notes: [
          { path: 'procurement/Framework agreements.md', status: 'new' },
          { path: 'procurement/Scoring matrix.md', status: 'new' },
        ],
      });
      // The plan wrote nothing (db.json is the same file, rewritten with the same text).
      expect(await snapshotFolder(target)).toEqual(before);

      const applied = await praxis(profile, 'pack', 'import', pack, '--vault', target, '--yes');
      expect(applied.code).toBe(0);
      expect(await readText(target, 'procurement/Scoring matrix.md')).toContain('# Scoring matrix');
      const search = await praxis(
        profile,
        'search',
        '--vault',
        target,
        '--json',
        'from:"department of finance"',
      );
      expect(
        JSON.parse(search.stdout)
          .map((h: { path: string }) => h.path)
          .sort(),
      ).toEqual(['procurement/Framework agreements.md', 'procurement/Scoring matrix.md']);

      const undone = await praxis(profile, 'pack', 'undo', '--vault', target);
      expect(undone.code).toBe(0);
      await expect(fs.stat(path.join(target, 'procurement/Scoring matrix.md'))).rejects.toThrow();
      const nothing = await praxis(profile, 'pack', 'undo', '--vault', target);
      expect(nothing.code).toBe(1);
      expect(nothing.stderr.split('\n')[0]).toMatch(/no import to undo/);
    },
  );

  it('refuses with a one-line reason first and a non-zero exit', { timeout: 60_000 }, async () => {
    const bad = path.join(work, 'bad.praxispack');
    await fs.writeFile(bad, rawZip([{ name: '../evil.md', data: Buffer.from('x') }]));
    const verify = await praxis(profile, 'pack', 'verify', bad);
    expect(verify.code).toBe(1);
    expect(verify.stderr.split('\n')[0]).toMatch(/^praxis pack verify: refused: .*zip slip/);
    const vault = await makeTempVault({ 'a.md': '# A\n' });
    try {
      const before = await snapshotFolder(vault.root);
      const imported = await praxis(profile, 'pack', 'import', bad, '--vault', vault.root, '--yes');
      expect(imported.code).toBe(1);
      expect(imported.stderr.split('\n')[0]).toMatch(/^praxis pack import: refused: /);
      const after = await snapshotFolder(vault.root);
      expect([...after.keys()].filter((p) => !p.startsWith('.praxis'))).toEqual([...before.keys()]);
    } finally {
      await vault.cleanup();
    }
    const missing = await praxis(profile, 'pack', 'verify', path.join(work, 'nope.praxispack'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')[0]).toMatch(/There is no file/);
    const noVault = await praxis(profile, 'pack', 'import', bad);
    expect(noVault.code).toBe(2);
    expect(noVault.stderr.split('\n')[0]).toMatch(/--vault DIR is required/);
    const unsigned = await praxis(
      profile,
      'pack',
      'export',
      '--vault',
      source,
      '--all',
      '--title',
      'T',
      '--sign',
      '--out',
      path.join(work, 't.praxispack'),
    );
    expect(unsigned.code).toBe(1);
    expect(unsigned.stderr.split('\n')[0]).toMatch(/no department identity/);
    const noSelection = await praxis(
      profile,
      'pack',
      'export',
      '--vault',
      source,
      '--title',
      'T',
      '--out',
      path.join(work, 't.praxispack'),
    );
    expect(noSelection.code).toBe(2);
  });

  it('pack inbox subscribes a folder and lists what it offers, importing nothing', async () => {
    const share = path.join(work, 'share');
    await fs.mkdir(share);
    const none = await praxis(profile, 'pack', 'inbox', '--vault', target);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/subscribes to no folder/);

    const exported = await praxis(
      profile,
      ...['pack', 'export', '--vault', source, '--domain', 'procurement'],
      ...['--title', 'Procurement lessons', '--out', path.join(share, 'p.praxispack')],
    );
    expect(exported.code).toBe(0);
    // Published a while ago (a sync client keeps the publisher's time): settled.
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(path.join(share, 'p.praxispack'), old, old);
    await fs.writeFile(path.join(share, 'half.praxispack'), 'PK\u0003\u0004 cut short');
    await fs.utimes(path.join(share, 'half.praxispack'), old, old);

    const listed = await praxis(
      profile,
      ...['pack', 'inbox', '--vault', target, '--subscribe', share, '--json'],
    );
    expect(listed.code).toBe(0);
    const inbox = JSON.parse(listed.stdout);
    expect(inbox).toMatchObject({
      folders: [{ path: share, status: 'watching', packs: 2 }],
      offering: 1,
    });
    expect(inbox.entries).toMatchObject([
      {
        name: 'p.praxispack',
        state: 'new',
        pack: { title: 'Procurement lessons', version: '1.0.0' },
        signature: 'unsigned',
        changes: { notes: { new: 2 } },
      },
      { name: 'half.praxispack', state: 'incomplete' },
    ]);

    // The subscription is kept in the vault; the text form says what each file is.
    const text = await praxis(profile, 'pack', 'inbox', '--vault', target);
    expect(text.stdout).toContain('"Procurement lessons" 1.0.0 — NEW');
    expect(text.stdout).toContain('would add 2 notes');
    expect(text.stdout).toContain('half.praxispack — still being copied');
    expect(await fs.readdir(target)).toEqual(['.praxis']);

    const dropped = await praxis(
      profile,
      ...['pack', 'inbox', '--vault', target, '--unsubscribe', share],
    );
    expect(dropped.stdout).toMatch(/subscribes to no folder/);
  });
});
