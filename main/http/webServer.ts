import http from 'node:http';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiErrorShape, ApiResponse } from '../../shared/api/apiError';
import type { ApiEvent } from '../../shared/api/events';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';
import type { ApiDispatcher } from '../core/api/apiDispatcher';
import { httpStatusOf } from '../core/errors/httpStatusOf';
import { toErrorShape } from '../core/errors/toErrorShape';
import type { HostDispatcher } from '../core/api/hostDispatcher';
import { vaultFileResponse } from '../core/files/vaultFileResponse';
import { rendererFileType } from '../core/files/rendererFileTypes';
import { PACK_UPLOAD_PATH, PackUploads } from './packUploads';
import { SessionToken } from './sessionToken';

export interface WebServerOptions {
  dispatch: ApiDispatcher;
  /** The host methods (`POST /host/<method>`, see webHost.ts); none when absent. */
  host?: HostDispatcher;
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /** The vault (its real path), for attachments shown in notes (`GET /files/<path>`). */
  vaultRoot: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token (tests); by default a new random one per start. */
  token?: string;
}

export interface WebServer {
  /** The address to open, token included (the first visit trades it for a cookie). */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** The largest API call accepted: a note body at its 10-million-character limit, escaped. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const PAGE_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The web transport of the API (the harness): the built renderer, `POST /api/<method>` (and
 * `POST /host/<method>`, the stand-ins for the OS's dialogs), server-sent events from
 * `GET /api/events`, vault files from `GET /files/<path>` and knowledge packs the page uploads to
 * `POST /api/upload/pack` (see PackUploads), on 127.0.0.1 only. This
 * is how the e2e tests, and anyone without the Electron binary, run the real app on the real core.
 *
 * Who may call: the address printed at start carries a token; the first visit trades it for an
 * HttpOnly, SameSite=Strict session cookie and is redirected to the same address without it, so
 * the token stays out of the page, its history and every file URL (see SessionToken). Every API
 * call and vault file needs the cookie (or a Bearer header), checked before anything else, and
 * requests for another host name (DNS rebinding) or from another site or local page are refused.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const tokenValue = options.token ?? randomBytes(24).toString('base64url');
  if (!/^[\w-]{16,}$/.test(tokenValue))
    throw new Error('The token must be at least 16 letters, digits, "-" or "_".');
  const rendererDir = path.resolve(options.rendererDir);
  const streams = new Set<http.ServerResponse>();
  const uploads = new PackUploads(options.vaultRoot);
  let port = 0;
  const ownOrigins = () => [`http://${HOST}:${port}`, `http://localhost:${port}`];

  const server = http.createServer(async (request, response) => {
    try {
      // Only answer to our own address: a page elsewhere cannot reach us through DNS rebinding.
      const host = request.headers.host ?? '';
      if (!ownOrigins().includes(`http://${host}`))
        return sendError(response, 403, { code: 'UNAUTHORIZED', message: 'Unknown host.' });
      const url = new URL(request.url ?? '/', `http://${host}`);
      if (url.searchParams.has('token')) return tradeTokenForCookie(request, response, url);
      if (
        url.pathname.startsWith('/api/') ||
        url.pathname.startsWith('/host/') ||
        url.pathname.startsWith('/files/')
      ) {
        const crossSite = refusedSource(request, ownOrigins());
        if (crossSite)
          return sendError(response, 403, { code: 'UNAUTHORIZED', message: crossSite });
        if (!token.authorises(request))
          return sendError(response, 401, {
            code: 'UNAUTHORIZED',
            message:
              'This browser has not opened Praxis yet. Open the address printed by `npm run web`.',
          });
        if (url.pathname === '/api/events') return openEventStream(request, response);
        if (url.pathname.startsWith('/files/')) return await serveVaultFile(request, response, url);
        if (url.pathname === PACK_UPLOAD_PATH) return await receivePack(request, response);
        return await serveApiCall(request, response, url, url.pathname.startsWith('/host/'));
      }
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return sendError(response, 405, { code: 'INVALID', message: 'Method not allowed.' });
      return await serveStatic(url, response);
    } catch (error) {
      console.error('praxis web: a request failed', error);
      if (!response.headersSent) sendError(response, 500, toErrorShape(error, [options.vaultRoot]));
      else response.destroy();
    }
  });

  /**
   * `GET …?token=…`, the address printed at start: the token becomes the session cookie and the
   * browser goes on to the same address without it (303), so it is never in the page's URL.
   */
  const tradeTokenForCookie = (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
  ) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendError(response, 405, {
        code: 'INVALID',
        message: 'The token is only accepted in the address opened in a browser.',
      });
    if (!token.matches(url.searchParams.get('token')))
      return sendError(response, 401, {
        code: 'UNAUTHORIZED',
        message:
          'This address is from another start of Praxis. Open the address `npm run web` printed this time.',
      });
    url.searchParams.delete('token');
    response.writeHead(303, {
      Location: `${url.pathname}${url.search}`,
      'Set-Cookie': token.cookie(),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end();
  };

  const serveApiCall = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
    toHost: boolean,
  ): Promise<void> => {
    if (request.method !== 'POST')
      return sendError(response, 405, { code: 'INVALID', message: 'API calls use POST.' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
      return sendError(response, 415, { code: 'INVALID', message: 'API calls send JSON.' });
    const method = url.pathname.slice(toHost ? '/host/'.length : '/api/'.length);
    const body = await readBody(request);
    if (body === TOO_LARGE) {
      // The rest of the body is not read: the connection closes after this answer.
      response.shouldKeepAlive = false;
      return sendError(response, 413, {
        code: 'INVALID',
        message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB. Send less at once.`,
      });
    }
    let args: unknown;
    try {
      args = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendError(response, 400, {
        code: 'INVALID',
        message: 'The request body is not valid JSON.',
      });
    }
    const result = toHost
      ? await (options.host ?? noHost)(method, args)
      : await options.dispatch(method, args);
    sendJson(response, result.ok ? 200 : httpStatusOf(result.error.code), result);
  };

  /** A pack the page picked or was dropped on: stored in staging, its path answered. */
  const receivePack = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const result = await uploads.receive(request);
    if (!result.ok) response.shouldKeepAlive = false;
    sendJson(response, result.ok ? 200 : httpStatusOf(result.error.code), result);
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

  const serveVaultFile = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
  ) => {
    const answer = await vaultFileResponse(options.vaultRoot, {
      method: request.method ?? 'GET',
      encodedPath: url.pathname.slice('/files/'.length),
      headers: {
        range: request.headers.range,
        'if-range': single(request.headers['if-range']),
        'if-none-match': request.headers['if-none-match'],
      },
    });
    // Only this app's own pages may embed vault files.
    response.writeHead(answer.status, {
      ...answer.headers,
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if (answer.body instanceof Readable)
      // A client that goes away (a video seeking elsewhere) ends the stream and closes the file.
      await pipeline(answer.body, response).catch(() => undefined);
    else response.end(answer.body ?? undefined);
  };

  const serveStatic = async (url: URL, response: http.ServerResponse) => {
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return sendError(response, 404, { code: 'NOT_FOUND', message: 'Not found.' });
    }
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
      'Content-Type': rendererFileType(path.extname(file)),
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
  // Requests arrive only after this (the handler above reads `token` when called).
  const token = new SessionToken(tokenValue, port);
  const origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/?token=${tokenValue}`,
    origin,
    token: tokenValue,
    port,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      await uploads.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle connections open; without this, close() would wait for them.
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * Why a request from a browser must be refused although it carries the cookie, or null: it
 * comes from another site or another local page (`Sec-Fetch-Site`, sent by every current
 * browser), or it changes something and its `Origin` is not ours (CSRF). The user opening an
 * address themselves (`Sec-Fetch-Site: none`) and clients that are not browsers pass.
 */
function refusedSource(request: http.IncomingMessage, ownOrigins: string[]): string | null {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site')
    return 'Praxis answers only its own pages, not other sites or local pages.';
  const origin = request.headers.origin;
  const changes = request.method !== 'GET' && request.method !== 'HEAD';
  if (changes && origin !== undefined && !ownOrigins.includes(origin))
    return 'Praxis answers only its own pages, not other sites or local pages.';
  return null;
}

const noHost: HostDispatcher = async () => ({
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'This server has no dialogs.' },
});

const TOO_LARGE = Symbol('too large');

/**
 * The request body as text, or TOO_LARGE as soon as it passes MAX_BODY_BYTES: what follows is
 * read and dropped, never held, and the caller answers 413 and closes the connection.
 */
function readBody(request: http.IncomingMessage): Promise<string | typeof TOO_LARGE> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
    return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      chunks.length = 0;
      request.off('data', collect).on('data', () => undefined);
      resolve(TOO_LARGE);
    };
    request.on('data', collect);
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

const single = (header: string | string[] | undefined) =>
  typeof header === 'string' ? header : undefined;

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
