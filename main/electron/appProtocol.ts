import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import {
  contentSecurityPolicy,
  ELECTRON_VAULT_ORIGIN,
} from '../../shared/security/contentSecurityPolicy';
import { toErrorShape } from '../core/api/apiDispatcher';
import { contentTypeOf, readVaultFile, VAULT_FILE_HEADERS } from '../core/vault/vaultFiles';

export const APP_SCHEME = 'praxis';

/** Privileges to register before the app is ready (a standard, secure scheme like https). */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

const RENDERER_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves the renderer from `praxis://app/…` and the vault's files (images in notes) from
 * `praxis://vault/…`, never `file://`, so the renderer has a proper origin and a strict CSP and
 * cannot read arbitrary files.
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
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (url.host === 'vault') {
      const vaultRoot = getVaultRoot();
      if (!vaultRoot) return new Response('The vault is not open.', { status: 503 });
      try {
        const file = await readVaultFile(vaultRoot, rel);
        return new Response(new Uint8Array(file.data), {
          headers: { 'Content-Type': file.contentType, ...VAULT_FILE_HEADERS },
        });
      } catch (error) {
        return new Response(toErrorShape(error).message, { status: 404 });
      }
    }
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const file = path.resolve(root, rel === '' ? 'index.html' : rel);
    if (!file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    const data = await fs.readFile(file).catch(() => null);
    if (!data) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': RENDERER_TYPES[path.extname(file)] ?? contentTypeOf(file),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
