import path from 'node:path';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, openTestCore, type TestCore } from '../../../testing/core/testCore';
import { snapshotFolder } from '../../../testing/core/tempVault';
import {
  S_IFLNK,
  rawZip,
  syntheticPack,
  writeZipBomb,
  type RawEntry,
  type SyntheticNote,
} from '../../../testing/core/rawZip';
import type { PackProblemReason } from '../../../shared/api/packsMethods';

const note = (rel: string, id = rel, body = 'Text.\n'): SyntheticNote => ({
  path: rel,
  text: `---\nid: ${id}\n---\n# ${rel}\n\n${body}`,
});

/** A pack that would pass every check, for hostile entries to be added to. */
const sound = () => syntheticPack({ notes: [note('a.md')] }).entries;

/**
 * Every hostile pack is refused by `packs.plan` with the reason given, and nothing changes: not
 * the vault (byte for byte), not the folder around it (no zip slip), not even a staging folder.
 */
describe('hostile packs are refused before anything is written', () => {
  let t: TestCore;
  let dir: string;
  let before: Map<string, string>;
  let around: string[];

  beforeAll(async () => {
    t = await openTestCore({ 'Existing.md': '---\nid: existing\n---\n# Existing\n' });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-hostile-'));
    before = await snapshotFolder(t.root);
    around = await fs.readdir(path.dirname(t.root));
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  let count = 0;
  const refused = async (
    make: (file: string) => Promise<void> | void,
    reason: PackProblemReason | PackProblemReason[],
    message?: RegExp,
  ) => {
    const file = path.join(dir, `hostile-${count++}.praxispack`);
    await make(file);
    const failure = await failureOf(t.call('packs.plan', { file }));
    expect(failure.code).toBe('INVALID');
    const data = failure.data as { reason: PackProblemReason };
    expect([reason].flat()).toContain(data.reason);
    if (message) expect(failure.message).toMatch(message);
    expect(await snapshotFolder(t.root)).toEqual(before);
    expect(await fs.readdir(path.dirname(t.root))).toEqual(around);
    const verify = await t.call('packs.verify', { file });
    expect(verify).toMatchObject({ status: 'invalid', sound: false });
  };
  const zip = (entries: RawEntry[]) => (file: string) => fs.writeFile(file, rawZip(entries));

  it('accepts the sound pack the hostile ones are made from', async () => {
    const file = path.join(dir, 'sound.praxispack');
    await fs.writeFile(file, rawZip(sound()));
    const plan = await t.call('packs.plan', { file });
    expect(plan.notes.map((n) => n.status)).toEqual(['new']);
    await t.call('packs.discardPlan', { planId: plan.planId });
    expect(await snapshotFolder(t.root)).toEqual(before);
  });

  it.each([
    '../evil.md',
    'notes/../../evil.md',
    'notes/a/../../../evil.md',
    'notes\\..\\..\\evil.md',
    '..\\evil.md',
    'notes/..\\evil.md',
    '/etc/evil.md',
    '/notes/evil.md',
    'C:/evil.md',
    'C:\\Windows\\evil.md',
    'c:evil.md',
    '\\\\server\\share\\evil.md',
    '//server/share/evil.md',
    'notes/./a.md',
    'notes//a.md',
    'notes/\u0000.md',
    'notes/..',
    'attachments/..',
  ])('refuses the zip-slip name %j', async (name) => {
    await refused(zip([...sound(), { name, data: Buffer.from('x') }]), 'unsafe-name');
  });

  it('takes names as NFC before checking them, so `..` cannot hide in another form', async () => {
    // "e" + combining acute and the precomposed "é" are one file after NFC.
    await refused(
      zip([
        ...sound(),
        { name: 'notes/caf\u00e9.md', data: Buffer.from('x') },
        { name: 'notes/cafe\u0301.md', data: Buffer.from('y') },
      ]),
      'duplicate-name',
    );
    await refused(
      zip([
        ...sound(),
        { name: Buffer.from('notes/\xff\xfe.md', 'latin1'), data: Buffer.from('x') },
      ]),
      'unsafe-name',
      /UTF-8/,
    );
  });

  it('refuses symbolic links, devices and folders passed off as files', async () => {
    await refused(
      zip([
        ...sound(),
        {
          name: 'notes/link.md',
          data: Buffer.from('/etc/passwd'),
          externalAttributes: (S_IFLNK | 0o777) << 16,
        },
      ]),
      'not-a-regular-file',
      /symbolic link/,
    );
    await refused(
      zip([...sound(), { name: 'attachments/fifo', externalAttributes: (0o010000 | 0o644) << 16 }]),
      'not-a-regular-file',
    );
    await refused(
      zip([
        ...sound(),
        { name: 'attachments/link.png', versionMadeBy: 20, externalAttributes: 0x400 },
      ]),
      'not-a-regular-file',
    );
  });

  it('refuses duplicate names, names equal but for case, and a file that is also a folder', async () => {
    await refused(
      zip([...sound(), { name: 'notes/a.md', data: Buffer.from('again') }]),
      'duplicate-name',
      /twice/,
    );
    await refused(
      zip([...sound(), { name: 'notes/A.md', data: Buffer.from('x') }]),
      'duplicate-name',
      /Windows and macOS/,
    );
    await refused(
      zip([...sound(), { name: 'attachments/Straße.png' }, { name: 'attachments/STRASSE.png' }]),
      'duplicate-name',
    );
    await refused(
      zip([...sound(), { name: 'notes/a.md/b.md', data: Buffer.from('x') }]),
      'duplicate-name',
      /file and as a folder/,
    );
  });

  it.each([
    'notes/CON',
    'notes/NUL.md',
    'notes/con.md',
    'attachments/aux.png',
    'notes/COM1.md',
    'notes/lpt9.txt.md',
    'notes/a:b.md',
    'notes/x.md.',
    'notes/ x.md',
    'notes/.hidden.md',
    'notes/.praxis/db.json',
    'attachments/a?.png',
  ])('refuses the reserved or unsafe name %j', async (name) => {
    await refused(zip([...sound(), { name, data: Buffer.from('x') }]), 'unsafe-name');
  });

  it('refuses over-long names', async () => {
    await refused(
      zip([...sound(), { name: `notes/${'a'.repeat(300)}.md`, data: Buffer.from('x') }]),
      'unsafe-name',
      /too long/,
    );
    await refused(
      zip([...sound(), { name: `notes/${'é'.repeat(130)}.md`, data: Buffer.from('x') }]),
      'unsafe-name',
    );
  });

  it('refuses files outside notes/ and attachments/, and notes passed off as attachments', async () => {
    await refused(
      zip([...sound(), { name: 'run.sh', data: Buffer.from('rm -rf ~') }]),
      'unexpected-file',
    );
    await refused(
      zip([...sound(), { name: 'attachments/evil.md', data: Buffer.from('# x') }]),
      'unexpected-file',
    );
    await refused(
      zip([...sound(), { name: 'notes/script.js', data: Buffer.from('x') }]),
      'unexpected-file',
    );
  });

  it(
    'refuses a 1 GiB entry, whether its header says so or lies',
    { timeout: 120_000 },
    async () => {
      const listed = (size: number) =>
        syntheticPack({
          notes: [note('a.md')],
          manifest: (m) => ({
            ...m,
            files: [...m.files, { path: 'attachments/zeros.bin', size, sha256: '0'.repeat(64) }],
          }),
        }).entries;
      await refused(
        (file) =>
          writeZipBomb(file, 'attachments/zeros.bin', 1024 ** 3, { entries: listed(1024 ** 3) }),
        ['too-large', 'compression-ratio'],
      );
      // The headers claim 1,000 bytes: the lie is caught while inflating, long before 1 GiB.
      await refused(
        (file) =>
          writeZipBomb(file, 'attachments/zeros.bin', 1024 ** 3, {
            declaredSize: 1000,
            entries: listed(1000),
          }),
        ['too-large', 'compression-ratio', 'damaged'],
      );
    },
  );

  it('refuses 100,000 entries before reading any of them', { timeout: 120_000 }, async () => {
    const many: RawEntry[] = Array.from({ length: 100_000 }, (_, i) => ({
      name: `notes/n${i}.md`,
      method: 0,
    }));
    await refused((file) => fs.writeFile(file, rawZip(many)), 'too-many-entries', /100,000 files/);
  });

  it('refuses a YAML bomb in a note without expanding it', async () => {
    const laughs = [
      '---',
      'id: bomb',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      '---',
      '# Laughs',
    ].join('\n');
    await refused(
      zip(syntheticPack({ notes: [note('a.md'), { path: 'bomb.md', text: laughs }] }).entries),
      'note-invalid',
      /alias/i,
    );
  });

  it('refuses a manifest with __proto__ (or any undeclared key), and nothing is polluted', async () => {
    const withProto = (at: 'top' | 'pack') =>
      syntheticPack({
        notes: [note('a.md')],
        manifest: (m) => {
          const text = JSON.stringify(m);
          return JSON.parse(
            at === 'top'
              ? text.replace('{', '{"__proto__":{"polluted":true},')
              : text.replace('"pack":{', '"pack":{"__proto__":{"polluted":true},'),
          );
        },
      }).entries;
    await refused(zip(withProto('top')), 'manifest-invalid', /__proto__/);
    await refused(zip(withProto('pack')), 'manifest-invalid', /__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await refused(
      zip(syntheticPack({ notes: [note('a.md')], manifest: (m) => ({ ...m, extra: 1 }) }).entries),
      'manifest-invalid',
      /extra/,
    );
  });

  it('refuses truncated, empty and non-zip files', async () => {
    const bytes = rawZip(sound());
    await refused(
      (file) => fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2))),
      'not-a-pack',
    );
    await refused(
      (file) => fs.writeFile(file, bytes.subarray(0, bytes.length - 5)),
      ['not-a-pack', 'damaged'],
    );
    await refused((file) => fs.writeFile(file, ''), 'not-a-pack');
    await refused((file) => fs.writeFile(file, '# just markdown\n'), 'not-a-pack');
  });

  it('refuses a pack whose local headers name other files than its directory', async () => {
    const entries = sound().map((e) =>
      e.name === 'notes/a.md' ? { ...e, localName: '../evil.md' } : e,
    );
    await refused(zip(entries), 'damaged', /two different names/);
  });
});
