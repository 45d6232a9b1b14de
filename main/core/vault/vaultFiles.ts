import path from 'node:path';
import * as fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api/apiError';
import { isIgnoredPath, parseVaultPath, resolveInsideVault } from './vaultPaths';

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/plain; charset=utf-8',
  '.js': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers that keep a served vault file inert even when opened directly (e.g. an SVG with script). */
export const VAULT_FILE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
} as const;

/**
 * A file of the vault (an image in a note, say) for the renderer to show: the path is checked
 * like every API path, hidden folders such as `.praxis` are out of reach.
 */
export async function readVaultFile(
  realRoot: string,
  relPath: string,
): Promise<{ data: Buffer; contentType: string }> {
  const rel = parseVaultPath(relPath, 'file path');
  if (isIgnoredPath(rel)) throw new ApiError('NOT_FOUND', `There is no file "${rel}".`);
  const abs = await resolveInsideVault(realRoot, rel);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat?.isFile()) throw new ApiError('NOT_FOUND', `There is no file "${rel}".`);
  return { data: await fs.readFile(abs), contentType: contentTypeOf(rel) };
}
