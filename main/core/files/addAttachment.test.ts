import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../../testing/core/testCore';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

let vault: TestCore | undefined;
afterEach(async () => {
  await vault?.close();
  vault = undefined;
});

const open = async (files: Record<string, string | Uint8Array> = {}) => {
  vault = await openTestCore(files, {
    now: () => new Date('2026-12-02T04:18:30Z'),
    timeZone: 'Europe/Madrid',
  });
  return vault;
};

describe('attachments.add', () => {
  it('stores the bytes in attachments/ under a readable name, and lists it', async () => {
    const { call, root } = await open();
    const { path: rel } = await call('attachments.add', {
      name: 'image.png',
      type: 'image/png',
      data: base64(PNG),
    });
    expect(rel).toBe('attachments/Pasted image 20261202 051830.png');
    expect(await readFile(path.join(root, rel))).toEqual(PNG);
    expect(await call('attachments.list')).toEqual([rel]);
  });

  it('never reuses a name any attachment has, in whatever folder', async () => {
    const { call, root } = await open({
      'attachments/Plan.png': PNG,
      'elsewhere/Plan 1.png': PNG,
    });
    const { path: rel } = await call('attachments.add', { name: 'Plan.png', data: base64(PNG) });
    expect(rel).toBe('attachments/Plan 2.png');
    expect(await readdir(path.join(root, 'attachments'))).toEqual(['Plan 2.png', 'Plan.png']);
  });

  it('lets the name choose nothing but the readable part: no folders, no other extension', async () => {
    const { call, root } = await open({ 'Note.md': '# Note\n' });
    const { path: rel } = await call('attachments.add', {
      name: '../Note.md/../../outside.png',
      data: base64(PNG),
    });
    expect(rel).toBe('attachments/outside.png');
    expect(await readFile(path.join(root, 'Note.md'), 'utf8')).toBe('# Note\n');
  });

  it('refuses other types, content that is not what its name says, and empty files', async () => {
    const { call, root } = await open();
    const refused = (name: string, bytes: Uint8Array) =>
      call('attachments.add', { name, data: base64(bytes) }).then(
        () => null,
        (error: { code: string; message: string }) => error,
      );
    expect(await refused('page.html', Buffer.from('<script>'))).toMatchObject({
      code: 'INVALID',
      message: expect.stringContaining('not an image'),
    });
    expect(await refused('fake.png', Buffer.from('MZ\x90\x00'))).toMatchObject({
      code: 'INVALID',
      message: expect.stringContaining('not really a PNG'),
    });
    expect(await refused('empty.pdf', new Uint8Array())).toMatchObject({ code: 'INVALID' });
    expect(await readdir(root)).not.toContain('attachments');
  });

  it('refuses data that is not base64 at the boundary', async () => {
    const { call } = await open();
    await expect(
      call('attachments.add', { name: 'a.png', data: 'not base64!' }),
    ).rejects.toMatchObject({ code: 'INVALID' });
  });
});
