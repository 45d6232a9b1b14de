import path from 'node:path';
import * as fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Protocol } from 'electron';
import {
  contentSecurityPolicy,
  ELECTRON_VAULT_ORIGIN,
} from '../../shared/security/contentSecurityPolicy';
import { vaultFileResponse } from '../core/files/vaultFileResponse';
import { rendererFileType } from '../core/files/rendererFileTypes';

export const APP_SCHEME = 'praxis';

/** Privileges to register before the app is ready (a standard, secure scheme like https). */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/**
 * Serves the renderer from `praxis://app/…` and the vault's files (images, audio and video in
 * notes) from `praxis://vault/…`, never `file://`, so the renderer has a proper origin and a strict
 * CSP and cannot read arbitrary files. Vault files are streamed with byte ranges (a video seeks
 * without being read whole), by the same code as the web harness's `/files/`.
 */
export function registerAppProtocol(
  protocol: Protocol,
  rendererDir: string,
  getVaultRoot: () => string | null,
): void {
  const root = path.resolve(rendererDir);
  const csp = contentSecurityPolicy([ELECTRON_VAULT_ORIGIN]);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === 'vault') {
      const vaultRoot = getVaultRoot();
      if (!vaultRoot) return new Response('The vault is not open.', { status: 503 });
      const answer = await vaultFileResponse(vaultRoot, {
        method: request.method,
        encodedPath: url.pathname.replace(/^\/+/, ''),
        headers: {
          range: request.headers.get('range'),
          'if-range': request.headers.get('if-range'),
          'if-none-match': request.headers.get('if-none-match'),
        },
      });
      const body =
        answer.body instanceof Readable
          ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>)
          : answer.body;
      return new Response(body, { status: answer.status, headers: answer.headers });
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    } catch {
      return new Response('Not found', { status: 404 });
    }
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const file = path.resolve(root, rel === '' ? 'index.html' : rel);
    if (!file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    const data = await fs.readFile(file).catch(() => null);
    if (!data) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': rendererFileType(path.extname(file)),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
