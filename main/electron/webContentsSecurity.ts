import type { Session, WebContents } from 'electron';
import {
  ELECTRON_APP_ORIGIN,
  ELECTRON_VAULT_ORIGIN,
} from '../../shared/security/contentSecurityPolicy';
import { isSafeExternalUrl } from './externalUrl';

export interface LinkOpeners {
  /** Opens an http(s)/mailto URL in the OS browser or mail client. */
  openExternal(url: string): Promise<void>;
  /** Opens a vault file (a PDF linked from a note, say) with the OS's default app. */
  openVaultFile(relPath: string): Promise<void>;
}

/**
 * Untrusted content (notes, packs) must never navigate the window or open one: every navigation
 * and window.open is refused; http(s)/mailto links go to the OS browser instead, and links to
 * the vault's own files (`praxis://vault/…`) to the app the OS uses for them.
 */
export function hardenWebContents(contents: WebContents, openers: LinkOpeners): void {
  const toBrowser = (url: string) => {
    if (isSafeExternalUrl(url)) openers.openExternal(url).catch(() => undefined);
    else if (url.startsWith(`${ELECTRON_VAULT_ORIGIN}/`)) {
      const rel = decodeURIComponent(new URL(url).pathname.replace(/^\/+/, ''));
      openers.openVaultFile(rel).catch(() => undefined);
    }
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    toBrowser(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    toBrowser(url);
    return { action: 'deny' };
  });
}

/** Allowed request URLs: the app, the vault's files, and in-memory data. Nothing remote, ever. */
export function isAllowedRequest(url: string): boolean {
  return (
    url.startsWith(`${ELECTRON_APP_ORIGIN}/`) ||
    url.startsWith(`${ELECTRON_VAULT_ORIGIN}/`) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('devtools:')
  );
}

/** Denies every permission (camera, notifications, geolocation…) and every remote request. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
}
