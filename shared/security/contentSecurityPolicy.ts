/**
 * The Content-Security-Policy of the renderer, in Electron and in the web harness alike: scripts
 * only from the app itself, no inline script, no plugins, no frames, no forms, and no network
 * beyond the app's own origin. Notes are untrusted content; this is the net under DOMPurify.
 *
 * `fileOrigins` are the origins vault attachments are served from (images in notes).
 */
export function contentSecurityPolicy(fileOrigins: readonly string[] = []): string {
  const files = fileOrigins.join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    // CodeMirror and React set styles from script; inline <style> from notes is removed by DOMPurify.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${files}`.trim(),
    `media-src 'self' ${files}`.trim(),
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where the Electron app serves vault files from (see main/electron/appProtocol.ts). */
export const ELECTRON_VAULT_ORIGIN = 'praxis://vault';
/** Where the Electron app serves the renderer from. */
export const ELECTRON_APP_ORIGIN = 'praxis://app';
