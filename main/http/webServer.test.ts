import http from 'node:http';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPraxisCore, type PraxisCore } from '../core/praxisCore';
import {
  makeSparseFile,
  peakMemoryGrowth,
  STREAMED_GROWTH_LIMIT,
} from '../../testing/core/memoryGrowth';
import { makeTempVault } from '../../testing/core/tempVault';
import { createWebHost } from './webHost';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from './webServer';

const MB = 1024 * 1024;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Bytes received (the body is not kept past 1 MB). */
  length: number;
}

/** A raw request (fetch cannot send a forged Host header). */
function request(
  server: WebServer,
  options: {
    path: string;
    method?: string;
    headers?: Record<string, string | number>;
    body?: string;
  },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          length += chunk.length;
          if (body.length < MB) body += chunk.toString();
        });
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body, length }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web transport', () => {
  let core: PraxisCore;
  let server: WebServer;
  let cleanup: () => Promise<void>;
  let rendererDir: string;
  let vaultRoot: string;
  let cookie: string;

  /** An API call as the renderer makes it: the session cookie, our own Origin. */
  const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
    request(server, {
      path: `/api/${method}`,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: cookie,
        Origin: server.origin,
        'Sec-Fetch-Site': 'same-origin',
        ...headers,
      },
      body: JSON.stringify(args),
    });
  const file = (rel: string, headers: Record<string, string> = {}, method = 'GET') =>
    request(server, { path: `/files/${rel}`, method, headers: { Cookie: cookie, ...headers } });

  beforeAll(async () => {
    const vault = await makeTempVault();
    cleanup = vault.cleanup;
    vaultRoot = path.join(vault.root, 'vault');
    rendererDir = path.join(vault.root, 'renderer');
    await fs.mkdir(rendererDir);
    await fs.writeFile(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><title>Praxis</title>',
    );
    await fs.writeFile(path.join(vault.root, 'secret.txt'), 'outside the renderer');
    core = await openPraxisCore({ vaultPath: vaultRoot, watch: false, validateResults: true });
    await fs.mkdir(path.join(vaultRoot, 'attachments'));
    await fs.writeFile(
      path.join(vaultRoot, 'attachments', 'chart.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    await fs.writeFile(path.join(vaultRoot, 'attachments', 'digits.txt'), '0123456789');
    server = await startWebServer({
      dispatch: core.dispatch,
      subscribe: core.subscribe,
      vaultRoot: core.vaultPath,
      rendererDir,
      host: createWebHost(path.join(vault.root, 'exports')),
    });
    const first = await request(server, { path: `/?token=${server.token}` });
    cookie = String(first.headers['set-cookie']?.[0]).split(';')[0]!;
  });
  afterAll(async () => {
    await server.close();
    await core.close();
    await cleanup();
  });

  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=.{20,}$`),
    );
  });

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const first = await request(server, { path: `/?token=${server.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const setCookie = first.headers['set-cookie'] ?? [];
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toBe(
      `praxis-session-${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
    expect(first.headers['cache-control']).toBe('no-store');

    // Any address keeps its path and other parameters, without the token.
    const deep = await request(server, {
      path: `/files/attachments/chart.svg?v=2&token=${server.token}`,
    });
    expect(deep.status).toBe(303);
    expect(deep.headers.location).toBe('/files/attachments/chart.svg?v=2');

    // The address from another start of the server sets nothing.
    const stale = await request(server, { path: '/?token=an-old-token-from-yesterday' });
    expect(stale.status).toBe(401);
    expect(stale.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(stale.body).error.message).toMatch(/another start of Praxis/);
  });

  it('answers API calls, events and files with the cookie, and with a Bearer header', async () => {
    const response = await call('notes.list', {});
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.value.map((n: { path: string }) => n.path)).toContain('Welcome to Praxis.md');

    const bearer = await request(server, {
      path: '/api/notes.list',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(bearer.status).toBe(200);
    expect((await file('attachments/digits.txt')).body).toBe('0123456789');
  });

  it('refuses calls without the cookie or with a wrong one before looking at anything else', async () => {
    const wrongCookie = `praxis-session-${server.port}=${'x'.repeat(32)}`;
    for (const response of [
      await request(server, { path: '/api/notes.list', method: 'POST' }),
      await request(server, { path: '/api/no.such.method', method: 'POST', body: '{{{' }),
      await call('notes.list', {}, { Cookie: wrongCookie }),
      // A cookie from the harness on another port is not ours.
      await call('notes.list', {}, { Cookie: cookie.replace(/-\d+=/, '-1=') }),
      await call('notes.list', {}, { Cookie: '', Authorization: 'Bearer wrong-token-wrong-token' }),
      await request(server, { path: '/api/events' }),
      await request(server, { path: '/files/attachments/chart.svg' }),
    ]) {
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.code).toBe('UNAUTHORIZED');
    }
    // The token in the address of an API call is not a way in: only a page's address trades it.
    const inAddress = await request(server, {
      path: `/api/notes.create?token=${server.token}`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"Sneaky"}',
    });
    expect(inAddress.status).toBe(405);
    await expect(fs.stat(path.join(vaultRoot, 'Sneaky.md'))).rejects.toThrow();
    // A cookie planted beside ours by another local page does not lock the user out.
    const planted = await call('notes.list', {}, { Cookie: `${wrongCookie}; ${cookie}` });
    expect(planted.status).toBe(200);
  });

  it('answers the host methods at /host/, with the same checks as the API', async () => {
    const save = (headers: Record<string, string> = {}) =>
      request(server, {
        path: '/host/host.chooseSavePath',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Cookie: cookie,
          Origin: server.origin,
          ...headers,
        },
        body: JSON.stringify({ kind: 'pack', suggestedName: 'Basics-1.0.0.praxispack' }),
      });
    const answer = await save();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).value).toBe(
      path.join(path.dirname(vaultRoot), 'exports', 'Basics-1.0.0.praxispack'),
    );
    expect((await save({ Cookie: '' })).status).toBe(401);
    expect((await save({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const unknown = await request(server, {
      path: '/host/notes.list',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    });
    expect(unknown.status).toBe(404);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      'localhost:1',
      `127.0.0.1.nip.io:${server.port}`,
    ]) {
      const page = await request(server, { path: '/', headers: { Host: host } });
      expect(page.status).toBe(403);
      const api = await call('notes.list', {}, { Host: host });
      expect(api.status).toBe(403);
    }
    expect(
      (
        await call(
          'notes.list',
          {},
          { Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` },
        )
      ).status,
    ).toBe(200);
  });

  it('refuses calls from other sites and other local pages, even with the cookie (CSRF)', async () => {
    for (const headers of <Record<string, string>[]>[
      { Origin: 'http://127.0.0.1:8080' },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]) {
      const response = await call('notes.create', { name: 'Forged' }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(response.body).error.code).toBe('UNAUTHORIZED');
    }
    const image = await file('attachments/digits.txt', { 'Sec-Fetch-Site': 'cross-site' });
    expect(image.status).toBe(403);
    expect(image.body).not.toContain('0123456789');
    await expect(fs.stat(path.join(vaultRoot, 'Forged.md'))).rejects.toThrow();

    // Following a link to the app from elsewhere still opens it (the page holds no data).
    const navigation = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' };
    expect((await request(server, { path: '/', headers: navigation })).status).toBe(200);
    const link = await request(server, { path: `/?token=${server.token}`, headers: navigation });
    expect(link.status).toBe(303);
  });

  it('answers 404 for unknown methods and 400 with the validation message for bad arguments', async () => {
    const unknown = await call('notes.explode', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error).toMatchObject({ code: 'NOT_FOUND' });

    const invalid = await call('notes.read', { path: 42 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.message).toMatch(
      /Invalid arguments for notes\.read.*path/s,
    );

    const extra = await call('notes.list', { sneaky: true });
    expect(extra.status).toBe(400);

    const outside = await call('notes.read', { path: '../secret.txt' });
    expect(outside.status).toBe(400);
    expect(JSON.parse(outside.body).error.message).toMatch(/outside the vault/);

    const notJson = await request(server, {
      path: '/api/notes.list',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('answers deeply nested arguments with 400 INVALID, not 500', async () => {
    const deep = `{"name":"Deep","frontMatter":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const response = await request(server, {
      path: '/api/notes.create',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: deep,
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/nested more than/),
    });
  });

  it('refuses a body over the limit with 413, without reading it all', async () => {
    const declared = await request(server, {
      path: '/api/notes.list',
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: cookie,
        'Content-Length': MAX_BODY_BYTES + 1,
      },
    }).catch((error: Error) => error);
    // The server answers at once and closes; the client may see the answer or the closed socket.
    if (!(declared instanceof Error)) {
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body).error).toMatchObject({
        code: 'INVALID',
        message: expect.stringMatching(/larger than 32 MB/),
      });
    }

    const streamed = await new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/notes.create',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: cookie },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body, length: body.length }),
          );
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(MB, 'a');
      req.write('{"name":"Huge","body":"');
      let sent = 0;
      const pump = () => {
        while (sent < MAX_BODY_BYTES + 2 * MB) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end('"}');
      };
      pump();
    });
    expect(streamed.status).toBe(413);
    await expect(fs.stat(path.join(vaultRoot, 'Huge.md'))).rejects.toThrow();
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await request(server, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect((await request(server, { path: '/../secret.txt' })).status).toBe(404);
    expect((await request(server, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await request(server, { path: '/%E0%A4%A' })).status).toBe(404);
  });

  it('serves vault files inert, and never .praxis', async () => {
    const svg = await file('attachments/chart.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['content-security-policy']).toMatch(/sandbox/);
    expect(svg.headers['x-content-type-options']).toBe('nosniff');
    expect(svg.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect((await file('.praxis/db.json')).status).toBe(400);
    expect((await file('%2epraxis/db.json')).status).toBe(400);
    // `%2e%2e` is `..` to a URL parser: the address leaves /files/ and finds nothing.
    const climbing = await file('attachments/%2e%2e/%2e%2e/secret.txt');
    expect(climbing.status).toBe(404);
    expect(climbing.body).not.toContain('outside the renderer');
    expect((await file('%E0%A4%A')).status).toBe(400);
  });

  it('serves byte ranges of vault files: 206, 416 and whole files', async () => {
    const part = await file('attachments/digits.txt', { Range: 'bytes=2-4' });
    expect(part.status).toBe(206);
    expect(part.body).toBe('234');
    expect(part.headers).toMatchObject({
      'content-range': 'bytes 2-4/10',
      'content-length': '3',
      'accept-ranges': 'bytes',
    });
    expect((await file('attachments/digits.txt', { Range: 'bytes=-2' })).body).toBe('89');
    const past = await file('attachments/digits.txt', { Range: 'bytes=10-' });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */10');
    const many = await file('attachments/digits.txt', { Range: 'bytes=0-0,5-5' });
    expect(many.status).toBe(200);
    expect(many.body).toBe('0123456789');
    const head = await file('attachments/digits.txt', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('10');
    expect(head.length).toBe(0);
  });

  it('streams a 512 MB file without holding it in memory, and 1 KB of it on request', async () => {
    await makeSparseFile(path.join(vaultRoot, 'attachments', 'talk.mp4'), 512 * MB);
    const range = await peakMemoryGrowth(() =>
      file('attachments/talk.mp4', { Range: 'bytes=1024-2047' }),
    );
    expect(range.result.status).toBe(206);
    expect(range.result.length).toBe(1024);
    expect(range.growthBytes).toBeLessThan(STREAMED_GROWTH_LIMIT);

    // The whole file, to a client that stops after 32 MB (a video seeking elsewhere): the bytes
    // flow as they are read, and the file is closed when the client goes away.
    // Open files are counted where the system lists them (Linux); elsewhere the count stays 0.
    const openFiles = () =>
      fs.readdir('/proc/self/fd').then(
        (fds) => fds.length,
        () => 0,
      );
    const filesBefore = await openFiles();
    const whole = await peakMemoryGrowth(
      () =>
        new Promise<{ status: number; length: string | undefined; received: number }>(
          (resolve, reject) => {
            const req = http.get(
              {
                host: '127.0.0.1',
                port: server.port,
                path: '/files/attachments/talk.mp4',
                headers: { Cookie: cookie },
              },
              (res) => {
                let received = 0;
                res.on('data', (chunk: Buffer) => {
                  received += chunk.length;
                  if (received < 32 * MB) return;
                  req.destroy();
                  resolve({
                    status: res.statusCode!,
                    length: res.headers['content-length'],
                    received,
                  });
                });
              },
            );
            req.on('error', (error) => {
              if (!req.destroyed) reject(error);
            });
          },
        ),
    );
    expect(whole.result.status).toBe(200);
    expect(whole.result.length).toBe(String(512 * MB));
    expect(whole.result.received).toBeGreaterThanOrEqual(32 * MB);
    expect(whole.growthBytes).toBeLessThan(STREAMED_GROWTH_LIMIT);
    await expect.poll(openFiles).toBeLessThanOrEqual(filesBefore);
  }, 30_000);

  it('names no absolute path in an error', async () => {
    const response = await call('notes.create', { folder: 'attachments/chart.svg', name: 'x' });
    expect(response.status).toBe(400);
    const { message } = JSON.parse(response.body).error;
    expect(message).toContain('"attachments/chart.svg/x.md"');
    expect(message).not.toContain(vaultRoot);
  });

  it('streams events to a client with the cookie', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Cookie: cookie } },
        (res) => {
          let buffer = '';
          res.on('data', (chunk) => {
            buffer += chunk;
            // Other events (the index's progress) may come first; this test is about the note's.
            const frame = buffer
              .split('\n\n')
              .find((f) => f.startsWith('data: ') && f.includes('"notes.changed"'));
            if (frame) {
              req.destroy();
              resolve(frame.slice(6));
            }
          });
        },
      );
      req.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 50));
    await call('notes.create', { name: 'Event test' });
    expect(JSON.parse(await received)).toMatchObject({
      type: 'notes.changed',
      payload: {
        kind: 'added',
        path: 'Event test.md',
        origin: 'app',
        summary: { title: 'Event test' },
      },
    });
  });

  describe('packs uploaded by the page', () => {
    const upload = (name: string, body: string, headers: Record<string, string> = {}) =>
      request(server, {
        path: '/api/upload/pack',
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-Praxis-File-Name': encodeURIComponent(name),
          Cookie: cookie,
          Origin: server.origin,
          'Sec-Fetch-Site': 'same-origin',
          ...headers,
        },
        body,
      });
    const staging = () => path.join(vaultRoot, '.praxis', 'staging');

    it("keeps the bytes in the vault's pack staging and answers a path the core reads", async () => {
      const answer = await upload('Procurement 1.0.0.praxispack', 'not a zip at all');
      expect(answer.status).toBe(200);
      const { file } = JSON.parse(answer.body).value as { file: string };
      expect(path.dirname(path.dirname(file))).toBe(staging());
      expect(path.basename(file)).toBe('Procurement 1.0.0.praxispack');
      expect(await fs.readFile(file, 'utf8')).toBe('not a zip at all');
      const plan = JSON.parse((await call('packs.plan', { file })).body);
      expect(plan).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      expect(plan.error.data).toMatchObject({ reason: 'not-a-pack' });
    });

    it('never lets the name choose where the file lands', async () => {
      for (const name of ['../../escape.praxispack', '..\\..\\x.praxispack', '/etc/x.praxispack']) {
        const answer = await upload(name, 'x');
        expect(answer.status).toBe(200);
        const { file } = JSON.parse(answer.body).value as { file: string };
        expect(path.dirname(path.dirname(file))).toBe(staging());
      }
      await expect(fs.stat(path.join(vaultRoot, 'escape.praxispack'))).rejects.toThrow();
    });

    it('refuses other files, other types, oversized bodies and callers without the session', async () => {
      const before = await fs.readdir(staging()).catch(() => []);
      const notAPack = await upload('notes.zip', 'x');
      expect(notAPack.status).toBe(400);
      expect(JSON.parse(notAPack.body).error.message).toMatch(/\.praxispack/);
      expect((await upload('a.praxispack', 'x', { 'Content-Type': 'text/plain' })).status).toBe(
        400,
      );
      const huge = await request(server, {
        path: '/api/upload/pack',
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-Praxis-File-Name': 'a.praxispack',
          'Content-Length': 3 * 1024 ** 3,
          Cookie: cookie,
        },
      }).catch(() => null);
      if (huge) expect(huge.status).toBe(400);
      expect((await upload('a.praxispack', 'x', { Cookie: '' })).status).toBe(401);
      expect(
        (
          await upload('a.praxispack', 'x', {
            Origin: 'http://evil.test',
            'Sec-Fetch-Site': 'cross-site',
          })
        ).status,
      ).toBe(403);
      expect(await fs.readdir(staging()).catch(() => [])).toEqual(before);
    });

    it('keeps only the newest uploads', async () => {
      for (let i = 0; i < 6; i++) await upload(`p${i}.praxispack`, String(i));
      const uploads = (await fs.readdir(staging())).filter((n) => n.includes('-upload-'));
      expect(uploads).toHaveLength(4);
    });
  });
});
