import path from 'node:path';

/** How a vault file is served: its Content-Type, and whether a browser may show it in place. */
export interface VaultFileType {
  contentType: string;
  /** False: served as a download (`Content-Disposition: attachment`), never rendered. */
  inline: boolean;
}

/**
 * The only types vault files are served as: what notes show (images, audio, video) and documents
 * a browser displays inertly. Nothing that runs: no HTML, no script, no XML that could be an
 * active document. SVG is the one active format here, because notes show SVG diagrams; it is
 * served with `Content-Security-Policy: sandbox` like every vault file (see vaultFileResponse), so
 * a script in it never runs, even when the file is opened on its own.
 */
const INLINE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

const DOWNLOAD: VaultFileType = { contentType: 'application/octet-stream', inline: false };

export function vaultFileType(file: string): VaultFileType {
  const contentType = INLINE_TYPES[path.extname(file).toLowerCase()];
  return contentType ? { contentType, inline: true } : DOWNLOAD;
}
