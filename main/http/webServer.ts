import http from 'node:http';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiErrorShape, ApiResponse, ErrorCode } from '../../shared/api/apiError';
import type { ApiEvent } from '../../shared/api/events';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import type { ApiDispatcher } from '../core/api/apiDispatcher';
import { toErrorShape } from '../core/api/apiDispatcher';
import { contentTypeOf, readVaultFile, VAULT_FILE_HEADERS } from '../core/vault/vaultFiles';

export interface WebServerOptions {
  dispatch: ApiDispatcher;
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /** The vault, for attachments shown in notes (`GET /files/<path>`). */
  vaultRoot: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token (tests); by default a new random one per start. */
  token?: string;
}

export interface WebServer {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  EXISTS: 409,
  IO: 500,
  UNAVAILABLE: 503,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

/** Types of the renderer's own built files (vault files get the stricter contentTypeOf). */
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

const PAGE_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The web transport of the API (the harness): the built renderer and `POST /api/<method>` on
 * 127.0.0.1 only. Every API call and vault file needs the token of this start, checked before
 * anything else; events stream as server-sent events from `GET /api/events`. This is how the e2e
 * tests, and anyone without the Electron binary, run the real app on the real core.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const rendererDir = path.resolve(options.rendererDir);
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const hasToken = (request: http.IncomingMessage, url: URL): boolean => {
    const header = request.headers.authorization;
    const given = header?.startsWith('Bearer ') ? header.slice(7) : url.searchParams.get('token');
    if (!given) return false;
    const bytes = Buffer.from(given);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  const server = http.createServer(async (request, response) => {
    try {
      // Only answer to our own address: a page elsewhere cannot reach us through DNS rebinding.
      const host = request.headers.host ?? '';
      if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
        return sendError(response, 403, { code: 'UNAUTHORIZED', message: 'Unknown host.' });
      }
      const url = new URL(request.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/files/')) {
        if (!hasToken(request, url))
          return sendError(response, 401, {
            code: 'UNAUTHORIZED',
            message:
              'This request lacks the session token. Open the address printed by `npm run web`.',
          });
        if (url.pathname === '/api/events') return openEventStream(request, response);
        if (url.pathname.startsWith('/files/')) return await serveVaultFile(url, response);
        return await serveApiCall(request, response, url);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return sendError(response, 405, { code: 'INVALID', message: 'Method not allowed.' });
      return await serveStatic(url, response);
    } catch (error) {
      if (!response.headersSent) sendError(response, 500, toErrorShape(error));
      else response.destroy();
    }
  });

  const serveApiCall = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
  ): Promise<void> => {
    if (request.method !== 'POST')
      return sendError(response, 405, { code: 'INVALID', message: 'API calls use POST.' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
      return sendError(response, 415, { code: 'INVALID', message: 'API calls send JSON.' });
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    let args: unknown;
    try {
      const text = await readBody(request);
      args = text === '' ? {} : JSON.parse(text);
    } catch (error) {
      return sendError(response, 400, {
        code: 'INVALID',
        message:
          error instanceof BodyTooLarge ? error.message : 'The request body is not valid JSON.',
      });
    }
    const result = await options.dispatch(method, args);
    sendJson(response, result.ok ? 200 : STATUS[result.error.code], result);
  };

  const openEventStream = (request: http.IncomingMessage, response: http.ServerResponse) => {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
    request.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(response);
    });
  };

  const serveVaultFile = async (url: URL, response: http.ServerResponse) => {
    try {
      const rel = decodeURIComponent(url.pathname.slice('/files/'.length));
      const file = await readVaultFile(options.vaultRoot, rel);
      response.writeHead(200, { 'Content-Type': file.contentType, ...VAULT_FILE_HEADERS });
      response.end(file.data);
    } catch (error) {
      const shape = toErrorShape(error);
      sendError(response, STATUS[shape.code], shape);
    }
  };

  const serveStatic = async (url: URL, response: http.ServerResponse) => {
    let rel = decodeURIComponent(url.pathname);
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = path.resolve(rendererDir, `.${path.posix.normalize(rel)}`);
    if (!file.startsWith(rendererDir + path.sep))
      return sendError(response, 404, { code: 'NOT_FOUND', message: 'Not found.' });
    const data = await fs.readFile(file).catch(() => null);
    if (!data) {
      const built = await fs.stat(path.join(rendererDir, 'index.html')).catch(() => null);
      return sendError(response, 404, {
        code: 'NOT_FOUND',
        message: built ? 'Not found.' : 'The renderer is not built. Run `npm run build` first.',
      });
    }
    response.writeHead(200, {
      ...PAGE_HEADERS,
      'Content-Type': STATIC_TYPES[path.extname(file)] ?? contentTypeOf(file),
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    response.end(data);
  };

  const unsubscribe = options.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  // Chromium keeps an idle connection for up to 5 minutes and reuses it for the next call; Node
  // closes it after 5 s by default. A POST sent on a connection the server is just closing fails
  // with a network error that the browser does not retry (it is not idempotent), so the server
  // outlives the browser's idle timeout instead. Only this machine connects.
  server.keepAliveTimeout = 6 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle connections open; without this, close() would wait for them.
      server.closeAllConnections();
      await closed;
    },
  };
}

class BodyTooLarge extends Error {}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge('The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: http.ServerResponse, status: number, body: ApiResponse<unknown>): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

function sendError(response: http.ServerResponse, status: number, error: ApiErrorShape): void {
  sendJson(response, status, { ok: false, error });
}
