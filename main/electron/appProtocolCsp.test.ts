import path from 'node:path';
import * as fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  ELECTRON_VAULT_ORIGIN,
} from '../../shared/security/contentSecurityPolicy';
import { makeTempVault } from '../../testing/core/tempVault';
import { registerAppProtocol } from './appProtocol';

type Handler = (request: Request) => Promise<Response>;

describe('the praxis:// app protocol: the renderer and its Content-Security-Policy', () => {
  let rendererDir: string;
  let cleanup: () => Promise<void>;
  let handle: Handler;

  beforeAll(async () => {
    const temp = await makeTempVault({
      'renderer/index.html': '<!doctype html><script type="module" src="./assets/app.js"></script>',
      'renderer/assets/app.js': 'export {};',
      'secret.txt': 'outside the renderer',
    });
    cleanup = temp.cleanup;
    rendererDir = path.join(temp.root, 'renderer');
    const protocol = {
      handle: (_scheme: string, handler: Handler) => {
        handle = handler;
      },
    } as unknown as Protocol;
    registerAppProtocol(protocol, rendererDir, () => null);
  });
  afterAll(() => cleanup());

  const get = (url: string) => handle({ url } as Request);

  it('serves the renderer with the strict CSP: scripts only from the app, nothing remote', async () => {
    const response = await get('praxis://app/index.html');
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy');
    expect(csp).toBe(contentSecurityPolicy([ELECTRON_VAULT_ORIGIN]));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await get('praxis://app/assets/app.js')).headers.get('Content-Type')).toMatch(
      /^text\/javascript/,
    );
  });

  it('serves nothing outside the renderer folder, and no other host', async () => {
    expect((await get('praxis://app/../secret.txt')).status).toBe(404);
    expect((await get('praxis://app/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('praxis://elsewhere/index.html')).status).toBe(404);
    // The file is there: the 404s are the protocol refusing it.
    await expect(fs.readFile(path.join(rendererDir, '..', 'secret.txt'), 'utf8')).resolves.toBe(
      'outside the renderer',
    );
  });
});
