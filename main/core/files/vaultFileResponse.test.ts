import path from 'node:path';
import * as fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempVault } from '../../../testing/core/tempVault';
import {
  makeSparseFile,
  peakMemoryGrowth,
  STREAMED_GROWTH_LIMIT,
} from '../../../testing/core/memoryGrowth';
import {
  vaultFileResponse,
  type VaultFileAnswer,
  type VaultFileRequest,
} from './vaultFileResponse';

const MB = 1024 * 1024;

async function bodyOf(answer: VaultFileAnswer): Promise<Buffer> {
  if (answer.body === null) return Buffer.alloc(0);
  if (typeof answer.body === 'string') return Buffer.from(answer.body);
  const chunks: Buffer[] = [];
  for await (const chunk of answer.body as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('vaultFileResponse: vault files for the renderer, streamed, with byte ranges', () => {
  let root: string;
  let vault: string;
  let cleanup: () => Promise<void>;
  const digits = '0123456789'.repeat(10); // 100 bytes

  const get = (encodedPath: string, headers: VaultFileRequest['headers'] = {}, method = 'GET') =>
    vaultFileResponse(vault, { method, encodedPath, headers });

  beforeAll(async () => {
    ({ root, cleanup } = await makeTempVault({
      'vault/attachments/digits.txt': digits,
      'vault/attachments/empty.txt': '',
      'vault/attachments/chart.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>',
      'vault/attachments/page.html': '<script>alert(1)</script>',
      'vault/attachments/tool.js': 'alert(1)',
      'vault/attachments/run.bat': 'calc.exe',
      'vault/attachments/photo.PNG': 'png',
      'vault/My notes/a b é.md': '# Spaces and accents',
      'vault/.praxis/db.json': '{"x":"DB-SECRET"}',
      'vault/.git/config': '[core] GIT-SECRET',
      'vault/node_modules/pkg/index.md': 'hidden',
      'outside/secret.txt': 'OUTSIDE-SECRET',
    }));
    vault = path.join(root, 'vault');
  });
  afterAll(() => cleanup());

  it('serves a whole file with its length, its type and headers that keep it inert', async () => {
    const answer = await get('attachments/digits.txt');
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': '100',
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(answer.headers['Content-Security-Policy']).toMatch(/(^|; )sandbox($|;)/);
    expect(answer.headers['Content-Range']).toBeUndefined();
    expect((await bodyOf(answer)).toString()).toBe(digits);
    expect((await bodyOf(await get('My%20notes/a%20b%20%C3%A9.md'))).toString()).toBe(
      '# Spaces and accents',
    );
  });

  it.each([
    ['bytes=0-0', 0, 0],
    ['bytes=10-19', 10, 19],
    ['bytes=90-', 90, 99],
    ['bytes=-5', 95, 99],
    ['bytes=-500', 0, 99], // a suffix longer than the file is the whole file
    ['bytes=95-1000', 95, 99], // an end past the file is cut to it
    ['bytes=99-99', 99, 99],
    ['bytes=0-', 0, 99],
    ['bytes=0-1,2-3', 0, 3], // adjacent ranges are one range
    ['BYTES=3-4', 3, 4], // the unit is case-insensitive
  ])('answers %s with 206 and exactly bytes %i-%i', async (range, start, end) => {
    const answer = await get('attachments/digits.txt', { range });
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Range']).toBe(`bytes ${start}-${end}/100`);
    expect(answer.headers['Content-Length']).toBe(String(end - start + 1));
    expect((await bodyOf(answer)).toString()).toBe(digits.slice(start, end + 1));
  });

  it.each(['bytes=100-', 'bytes=100-200', 'bytes=-0', 'bytes=5000-'])(
    'answers %s, which no byte of the file meets, with 416 and the size',
    async (range) => {
      const answer = await get('attachments/digits.txt', { range });
      expect(answer.status).toBe(416);
      expect(answer.headers['Content-Range']).toBe('bytes */100');
      expect(answer.body).toBeNull();
    },
  );

  it.each(['bytes=5-2', 'bytes=x-y', 'bytes=', 'items=0-5', 'bytes 0-5', 'bytes=0-1,50-60'])(
    'ignores %s (malformed, another unit or several ranges) and sends the whole file',
    async (range) => {
      const answer = await get('attachments/digits.txt', { range });
      expect(answer.status).toBe(200);
      expect((await bodyOf(answer)).toString()).toBe(digits);
    },
  );

  it('honours a range only for the version the client has (If-Range), never for HEAD', async () => {
    const first = await get('attachments/digits.txt');
    await bodyOf(first);
    const etag = first.headers.ETag!;
    const same = await get('attachments/digits.txt', { range: 'bytes=0-9', 'if-range': etag });
    expect(same.status).toBe(206);
    await bodyOf(same);
    const changed = await get('attachments/digits.txt', {
      range: 'bytes=0-9',
      'if-range': '"an-older-version"',
    });
    expect(changed.status).toBe(200);
    expect((await bodyOf(changed)).length).toBe(100);

    const head = await get('attachments/digits.txt', { range: 'bytes=0-9' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['Content-Length']).toBe('100');
    expect(head.body).toBeNull();

    const unchanged = await get('attachments/digits.txt', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeNull();
  });

  it('serves an empty file whole, whatever range is asked', async () => {
    for (const range of [undefined, 'bytes=0-', 'bytes=-10']) {
      const answer = await get('attachments/empty.txt', { range });
      expect(answer.status).toBe(200);
      expect(answer.headers['Content-Length']).toBe('0');
      expect(await bodyOf(answer)).toHaveLength(0);
    }
  });

  it('serves only allow-listed types in place; anything that could run is a download', async () => {
    const svg = await get('attachments/chart.svg');
    expect(svg.headers['Content-Type']).toBe('image/svg+xml');
    expect(svg.headers['Content-Security-Policy']).toMatch(/sandbox/);
    expect(svg.headers['Content-Security-Policy']).toMatch(/default-src 'none'/);
    expect(svg.headers['Content-Disposition']).toBeUndefined();
    expect((await get('attachments/photo.PNG')).headers['Content-Type']).toBe('image/png');
    for (const file of ['attachments/page.html', 'attachments/tool.js', 'attachments/run.bat']) {
      const answer = await get(file);
      expect(answer.status).toBe(200);
      expect(answer.headers['Content-Type']).toBe('application/octet-stream');
      expect(answer.headers['Content-Disposition']).toBe('attachment');
      await bodyOf(answer);
    }
  });

  it.each([
    ['../outside/secret.txt', 400],
    ['%2e%2e/outside/secret.txt', 400],
    ['attachments/%2e%2e/%2e%2e/outside/secret.txt', 400],
    ['..%2Foutside%2Fsecret.txt', 400],
    ['..%5Coutside%5Csecret.txt', 400],
    ['/etc/passwd', 400],
    ['%2Fetc%2Fpasswd', 400],
    ['C:%5CWindows%5Cwin.ini', 400],
    ['attachments/digits.txt%00.png', 400],
    ['%E0%A4%A', 400],
    ['.praxis/db.json', 400],
    ['%2Epraxis/db.json', 400],
    ['.git/config', 400],
    ['node_modules/pkg/index.md', 400],
    ['attachments', 404],
    ['attachments/missing.png', 404],
  ])('refuses %s (%i) and names no absolute path', async (encodedPath, status) => {
    const answer = await get(encodedPath);
    expect(answer.status).toBe(status);
    const text = (await bodyOf(answer)).toString();
    expect(text).not.toMatch(/-SECRET/);
    expect(text).not.toContain(root);
    expect(answer.headers['Content-Type']).toBe('text/plain; charset=utf-8');
  });

  it('follows no symlink out of the vault or into its hidden folders', async () => {
    const attachments = path.join(vault, 'attachments');
    await fs.symlink(path.join(root, 'outside', 'secret.txt'), path.join(attachments, 'leak.txt'));
    await fs.symlink(path.join(root, 'outside'), path.join(attachments, 'elsewhere'));
    await fs.symlink(path.join(vault, '.git', 'config'), path.join(attachments, 'config.txt'));
    await fs.symlink(path.join(vault, '.praxis'), path.join(attachments, 'settings'));
    await fs.symlink(path.join(attachments, 'digits.txt'), path.join(attachments, 'same.txt'));

    for (const [link, status] of [
      ['attachments/leak.txt', 400],
      ['attachments/elsewhere/secret.txt', 400],
      ['attachments/config.txt', 404],
      ['attachments/settings/db.json', 404],
    ] as const) {
      const answer = await get(link);
      expect(answer.status, link).toBe(status);
      expect((await bodyOf(answer)).toString()).not.toMatch(/-SECRET/);
    }
    // A link that stays inside the vault is just another name for the file.
    expect((await bodyOf(await get('attachments/same.txt'))).toString()).toBe(digits);
  });

  it.runIf(process.platform !== 'win32')(
    'refuses a named pipe without waiting for a writer',
    async () => {
      execFileSync('mkfifo', [path.join(vault, 'attachments', 'pipe.mp4')]);
      const answer = await get('attachments/pipe.mp4');
      expect(answer.status).toBe(404);
    },
  );

  it('reads vault files only: other methods are refused', async () => {
    const answer = await get('attachments/digits.txt', {}, 'DELETE');
    expect(answer.status).toBe(405);
    expect(await fs.readFile(path.join(vault, 'attachments', 'digits.txt'), 'utf8')).toBe(digits);
  });

  it('reads 1 KB of a 512 MB file without reading the rest into memory', async () => {
    await makeSparseFile(path.join(vault, 'attachments', 'talk.mp4'), 512 * MB);
    const { result, growthBytes } = await peakMemoryGrowth(async () => {
      const answer = await get('attachments/talk.mp4', { range: 'bytes=-1024' });
      return { answer, body: await bodyOf(answer) };
    });
    expect(result.answer.status).toBe(206);
    expect(result.answer.headers['Content-Range']).toBe(
      `bytes ${512 * MB - 1024}-${512 * MB - 1}/${512 * MB}`,
    );
    expect(result.body).toHaveLength(1024);
    expect(result.body.at(-1)).toBe('Z'.charCodeAt(0));
    expect(growthBytes).toBeLessThan(STREAMED_GROWTH_LIMIT);
  });
});
