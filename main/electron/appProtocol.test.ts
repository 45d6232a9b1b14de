import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeSparseFile,
  peakMemoryGrowth,
  STREAMED_GROWTH_LIMIT,
} from '../../testing/core/memoryGrowth';
import { makeTempVault } from '../../testing/core/tempVault';
import { registerAppProtocol } from './appProtocol';
import { fakeElectron as electron } from '../../testing/electron/fakeElectron';

const MB = 1024 * 1024;

describe('praxis:// protocol (against the fake electron module)', () => {
  let root: string;
  let vault: string;
  let cleanup: () => Promise<void>;
  let vaultOpen = true;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    ({ root, cleanup } = await makeTempVault({
      'renderer/index.html': '<!doctype html><title>Praxis</title>',
      'vault/attachments/digits.txt': '0123456789',
      'vault/attachments/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'vault/attachments/page.html': '<script>alert(1)</script>',
      'vault/.praxis/db.json': '{"x":"DB-SECRET"}',
      'outside.txt': 'OUTSIDE-SECRET',
    }));
    vault = path.join(root, 'vault');
    await fs.symlink(path.join(root, 'outside.txt'), path.join(vault, 'attachments', 'leak.txt'));
    registerAppProtocol(
      electron.module.protocol as unknown as Protocol,
      path.join(root, 'renderer'),
      () => (vaultOpen ? vault : null),
    );
    handle = electron.fake.protocolHandlers.get('praxis') as typeof handle;
  });
  afterAll(() => cleanup());

  const vaultFile = (rel: string, headers: Record<string, string> = {}, method = 'GET') =>
    handle(new Request(`praxis://vault/${rel}`, { method, headers }));

  it('serves the renderer from praxis://app with its CSP', async () => {
    const page = await handle(new Request('praxis://app/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain('<title>Praxis</title>');
    expect((await handle(new Request('praxis://app/%E0%A4%A'))).status).toBe(404);
    expect((await handle(new Request('praxis://elsewhere/index.html'))).status).toBe(404);
  });

  it('serves vault files whole and by byte range', async () => {
    const whole = await vaultFile('attachments/digits.txt');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-length')).toBe('10');
    expect(await whole.text()).toBe('0123456789');

    const part = await vaultFile('attachments/digits.txt', { Range: 'bytes=3-5' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 3-5/10');
    expect(await part.text()).toBe('345');

    const tail = await vaultFile('attachments/digits.txt', { Range: 'bytes=-3' });
    expect(await tail.text()).toBe('789');

    const past = await vaultFile('attachments/digits.txt', { Range: 'bytes=10-' });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */10');

    const head = await vaultFile('attachments/digits.txt', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('10');
  });

  it('keeps vault files inert: sandboxed, nosniff, anything active a download', async () => {
    const svg = await vaultFile('attachments/chart.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await vaultFile('attachments/page.html');
    expect(html.headers.get('content-type')).toBe('application/octet-stream');
    expect(html.headers.get('content-disposition')).toBe('attachment');
  });

  it('refuses paths out of the vault, into hidden folders or through symlinks out', async () => {
    for (const rel of [
      '.praxis/db.json',
      '%2Epraxis/db.json',
      '..%2Foutside.txt',
      '%2F..%2Foutside.txt',
      'attachments/leak.txt',
      'attachments/missing.png',
    ]) {
      const answer = await vaultFile(rel);
      expect([400, 404], rel).toContain(answer.status);
      const text = await answer.text();
      expect(text).not.toMatch(/-SECRET/);
      expect(text).not.toContain(root);
    }
  });

  it('answers 503 while no vault is open', async () => {
    vaultOpen = false;
    try {
      expect((await vaultFile('attachments/digits.txt')).status).toBe(503);
    } finally {
      vaultOpen = true;
    }
  });

  it('reads 1 KB of a 512 MB video without reading the rest into memory', async () => {
    await makeSparseFile(path.join(vault, 'attachments', 'talk.mp4'), 512 * MB);
    const { result, growthBytes } = await peakMemoryGrowth(async () => {
      const answer = await vaultFile('attachments/talk.mp4', { Range: 'bytes=-1024' });
      return { status: answer.status, bytes: new Uint8Array(await answer.arrayBuffer()) };
    });
    expect(result.status).toBe(206);
    expect(result.bytes).toHaveLength(1024);
    expect(result.bytes.at(-1)).toBe('Z'.charCodeAt(0));
    expect(growthBytes).toBeLessThan(STREAMED_GROWTH_LIMIT);

    // The whole file is a stream: reading its start does not read the rest.
    const whole = await peakMemoryGrowth(async () => {
      const answer = await vaultFile('attachments/talk.mp4');
      const reader = answer.body!.getReader();
      let received = 0;
      while (received < 16 * MB) received += (await reader.read()).value!.length;
      await reader.cancel();
      return { status: answer.status, length: answer.headers.get('content-length'), received };
    });
    expect(whole.result.status).toBe(200);
    expect(whole.result.length).toBe(String(512 * MB));
    expect(whole.growthBytes).toBeLessThan(STREAMED_GROWTH_LIMIT);
  }, 30_000);
});
