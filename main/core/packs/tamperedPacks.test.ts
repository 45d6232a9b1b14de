import path from 'node:path';
import os from 'node:os';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustedPublisher } from '../../../shared/api/keysMethods';
import { rawZip, syntheticPack, testKey, type RawEntry } from '../../../testing/core/rawZip';
import { keyFingerprint } from './keyFingerprint';
import { signManifest } from './packSigning';
import { verifyPack } from './verifyPack';

const notes = [
  {
    path: 'Framework agreements.md',
    text: '---\nid: fa-1\n---\n# Framework agreements\n\nAlways compare three offers.\n',
  },
  {
    path: 'Scoring matrix.md',
    text: '---\nid: sm-1\n---\n# Scoring matrix\n\nWeights per criterion.\n',
  },
];

describe('tampered packs are detected with the right status', () => {
  let dir: string;
  const publisher = testKey();
  const stranger = testKey();
  const publisherKeyId = signManifest(Buffer.from('x'), publisher.privateKeyPem).keyId;
  const publisherPublicKey = signManifest(Buffer.from('x'), publisher.privateKeyPem).publicKey;
  const trusted = (keyId: string, publicKey: string): TrustedPublisher | null =>
    keyId === publisherKeyId && publicKey === publisherPublicKey
      ? {
          keyId,
          publicKey,
          department: 'Ministry of Finance',
          person: null,
          addedAt: '2026-01-01T00:00:00.000Z',
          source: 'key-file',
          ...keyFingerprint(keyId),
        }
      : null;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'praxis-tamper-'));
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  let count = 0;
  const verify = async (bytes: Buffer) => {
    const file = path.join(dir, `p${count++}.praxispack`);
    await fs.writeFile(file, bytes);
    return (await verifyPack(file, { trusted })).report;
  };
  // Stored, not deflated, so a flipped byte reaches the checksums rather than zlib.
  const signedBy = (key: { privateKeyPem: string } | null) =>
    syntheticPack({ notes, key, method: 0 });

  it('a pack signed by a trusted publisher is trusted; by another key, unknown; unsigned, unsigned', async () => {
    expect(await verify(rawZip(signedBy(publisher).entries))).toMatchObject({
      status: 'trusted',
      sound: true,
      trustedAs: { department: 'Ministry of Finance' },
      publisher: { keyId: publisherKeyId },
    });
    const unknown = await verify(rawZip(signedBy(stranger).entries));
    expect(unknown).toMatchObject({ status: 'unknown', sound: true, trustedAs: null });
    expect(unknown.publisher!.fingerprint!.words).toHaveLength(8);
    expect(await verify(rawZip(signedBy(null).entries))).toMatchObject({
      status: 'unsigned',
      sound: true,
    });
  });

  it('one byte flipped in a note: invalid (checksum)', async () => {
    const bytes = rawZip(signedBy(publisher).entries);
    const at = bytes.indexOf('three offers');
    bytes[at] = 'T'.charCodeAt(0);
    expect(await verify(bytes)).toMatchObject({
      status: 'invalid',
      problem: { reason: 'checksum-mismatch', entry: 'notes/Framework agreements.md' },
    });
  });

  it('one byte flipped in the manifest: invalid (signature)', async () => {
    const bytes = rawZip(signedBy(publisher).entries);
    const at = bytes.indexOf('Testing department');
    bytes[at] = 'R'.charCodeAt(0);
    expect(await verify(bytes)).toMatchObject({
      status: 'invalid',
      problem: { reason: 'signature-invalid' },
    });
  });

  it('a signature swapped in from another pack by the same publisher: invalid', async () => {
    const other = syntheticPack({ notes: notes.slice(0, 1), key: publisher, method: 0 }).entries;
    const swapped = signedBy(publisher).entries.map((e) =>
      e.name === 'signature.json' ? other.find((o) => o.name === 'signature.json')! : e,
    );
    expect(await verify(rawZip(swapped))).toMatchObject({
      status: 'invalid',
      problem: { reason: 'signature-invalid' },
    });
  });

  it('a manifest re-signed by another key but naming the publisher: invalid', async () => {
    const { entries, manifestBytes } = signedBy(publisher);
    const forged = entries.map((e): RawEntry =>
      e.name === 'signature.json'
        ? {
            ...e,
            data: Buffer.from(JSON.stringify(signManifest(manifestBytes, stranger.privateKeyPem))),
          }
        : e,
    );
    expect(await verify(rawZip(forged))).toMatchObject({
      status: 'invalid',
      problem: { reason: 'signature-invalid', message: expect.stringMatching(/different key/) },
    });
  });

  it('a malformed signature.json: invalid', async () => {
    const entries = signedBy(publisher).entries.map((e): RawEntry =>
      e.name === 'signature.json' ? { ...e, data: Buffer.from('{"algorithm":"rsa"}') } : e,
    );
    expect(await verify(rawZip(entries))).toMatchObject({
      status: 'invalid',
      problem: { reason: 'signature-invalid' },
    });
  });

  it('an unlisted extra file: invalid', async () => {
    const entries = [
      ...signedBy(publisher).entries,
      { name: 'notes/Extra.md', data: Buffer.from('---\nid: x\n---\nsmuggled\n') },
    ];
    expect(await verify(rawZip(entries))).toMatchObject({
      status: 'invalid',
      problem: { reason: 'unlisted-file', entry: 'notes/Extra.md' },
    });
  });

  it('a listed file missing: invalid', async () => {
    const entries = signedBy(publisher).entries.filter((e) => e.name !== 'notes/Scoring matrix.md');
    expect(await verify(rawZip(entries))).toMatchObject({
      status: 'invalid',
      problem: { reason: 'missing-file' },
    });
  });

  it('a note whose id differs from its manifest entry: invalid', async () => {
    const entries = signedBy(publisher).entries.map((e): RawEntry =>
      e.name === 'notes/Scoring matrix.md'
        ? { ...e, data: Buffer.from(notes[1]!.text.replace('id: sm-1', 'id: fa-1')) }
        : e,
    );
    const report = await verify(rawZip(entries));
    expect(report.status).toBe('invalid');
  });
});
