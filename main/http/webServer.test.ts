import http from 'node:http';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPraxisCore, type PraxisCore } from '../core/praxisCore';
import { makeTempVault } from '../../testing/core/tempVault';
import { startWebServer, type WebServer } from './webServer';

/** A raw request (fetch cannot send a forged Host header). */
function request(
  server: WebServer,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
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
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
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

  const call = (method: string, args: unknown, token = server.token) =>
    request(server, {
      path: `/api/${method}`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(args),
    });

  beforeAll(async () => {
    const vault = await makeTempVault();
    cleanup = vault.cleanup;
    const vaultRoot = path.join(vault.root, 'vault');
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
    server = await startWebServer({
      dispatch: core.dispatch,
      subscribe: core.subscribe,
      vaultRoot: core.vaultPath,
      rendererDir,
    });
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

  it('refuses calls without the right token before looking at anything else', async () => {
    for (const response of [
      await request(server, { path: '/api/notes.list', method: 'POST' }),
      await request(server, { path: '/api/no.such.method', method: 'POST', body: '{{{' }),
      await call('notes.list', {}, 'wrong-token'),
      await request(server, { path: '/api/events' }),
      await request(server, { path: '/files/attachments/chart.svg' }),
    ]) {
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.code).toBe('UNAUTHORIZED');
    }
  });

  it('answers API calls with the token', async () => {
    const response = await call('notes.list', {});
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.ok).toBe(true);
    expect(body.value.map((n: { path: string }) => n.path)).toContain('Welcome to Praxis.md');
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
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await request(server, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect((await request(server, { path: '/../secret.txt' })).status).toBe(404);
    expect((await request(server, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const response = await request(server, {
      path: '/',
      headers: { Host: `evil.example:${server.port}` },
    });
    expect(response.status).toBe(403);
  });

  it('serves vault files inert, and never .praxis', async () => {
    const file = await request(server, {
      path: `/files/attachments/chart.svg?token=${server.token}`,
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/svg+xml');
    expect(file.headers['content-security-policy']).toMatch(/sandbox/);
    const db = await request(server, { path: `/files/.praxis/db.json?token=${server.token}` });
    expect(db.status).toBe(400);
  });

  it('streams events to a client with the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` },
        (res) => {
          let buffer = '';
          res.on('data', (chunk) => {
            buffer += chunk;
            const frame = buffer.split('\n\n').find((f) => f.startsWith('data: '));
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
});
