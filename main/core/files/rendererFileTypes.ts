/**
 * Content types of the renderer's own built files, served by the web harness and by the desktop
 * app's `praxis://app/` protocol alike (vault files get vaultFileResponse's allow-list instead).
 * Anything else is served as a download type: with `nosniff`, never run or rendered.
 */
export const RENDERER_FILE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function rendererFileType(extension: string): string {
  return RENDERER_FILE_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}
