import type { Readable } from 'node:stream';
import { ApiError } from '../../../shared/api/apiError';
import { httpStatusOf } from '../errors/httpStatusOf';
import { toErrorShape } from '../errors/toErrorShape';
import { chooseByteRange } from './byteRange';
import { openVaultFileForReading } from './openVaultFileForReading';
import { vaultFileType } from './vaultFileTypes';

/** A request for a vault file, as either transport received it. */
export interface VaultFileRequest {
  method: string;
  /** The path after the transport's prefix (`/files/`, `praxis://vault/`), still URL-encoded. */
  encodedPath: string;
  /** Request headers the answer depends on, by lower-case name. */
  headers: {
    range?: string | null | undefined;
    'if-range'?: string | null | undefined;
    'if-none-match'?: string | null | undefined;
  };
}

/** What to answer; the transport only copies it onto its own response type. */
export interface VaultFileAnswer {
  status: number;
  headers: Record<string, string>;
  /**
   * The file's bytes (the range asked for) as a stream that closes the file when it ends or is
   * destroyed; a short text for errors; null when there is no body (HEAD, 304, 416).
   */
  body: Readable | string | null;
}

/**
 * Headers on every vault file, whatever it is: it is data, never a document that runs. `sandbox`
 * gives a file opened on its own (an SVG with script, say) an opaque origin with scripts, forms,
 * popups and plugins off; nosniff stops a browser guessing a more active type than the one sent.
 */
const INERT_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * Serves one vault file to the renderer, once for both transports (the web harness's `/files/`
 * and Electron's `praxis://vault`): only regular files inside the vault (see
 * openVaultFileForReading), streamed from disk rather than read into memory, with a single byte
 * range honoured (206 with Content-Range; 416 when it cannot be met), validators for the cache
 * (ETag, Last-Modified; 304) and a Content-Type from an allow-list (vaultFileTypes).
 *
 * ```ts
 * const answer = await vaultFileResponse(vaultRoot, {
 *   method: 'GET',
 *   encodedPath: 'attachments/talk.mp4',
 *   headers: { range: 'bytes=1000-1999' },
 * }); // status 206, body: a stream of those 1,000 bytes
 * ```
 */
export async function vaultFileResponse(
  realRoot: string,
  request: VaultFileRequest,
): Promise<VaultFileAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return problem(405, 'Vault files are only read (GET or HEAD).', { Allow: 'GET, HEAD' });
  let opened;
  try {
    opened = await openVaultFileForReading(realRoot, decodePath(request.encodedPath));
  } catch (error) {
    const shape = toErrorShape(error, [realRoot]);
    if (!(error instanceof ApiError))
      console.error('praxis: a vault file could not be served', error);
    return problem(httpStatusOf(shape.code), shape.message);
  }
  const { handle, stat, rel } = opened;
  const type = vaultFileType(rel);
  const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}"`;
  const lastModified = stat.mtime.toUTCString();
  const headers: Record<string, string> = {
    ...INERT_HEADERS,
    'Content-Type': type.contentType,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': lastModified,
  };
  if (!type.inline) headers['Content-Disposition'] = 'attachment';

  const notModified = request.headers['if-none-match']
    ?.split(',')
    .some((tag) => tag.trim() === etag || tag.trim() === '*');
  if (notModified) {
    await handle.close();
    return { status: 304, headers, body: null };
  }

  // A range applies to GET only (RFC 9110 §14.2), and only to the version the client has.
  const ifRange = request.headers['if-range'];
  const rangeApplies =
    request.method === 'GET' && (!ifRange || ifRange === etag || ifRange === lastModified);
  const range = chooseByteRange(rangeApplies ? request.headers.range : null, stat.size);
  if (range.kind === 'unsatisfiable') {
    await handle.close();
    headers['Content-Range'] = `bytes */${stat.size}`;
    headers['Content-Length'] = '0';
    return { status: 416, headers, body: null };
  }
  const start = range.kind === 'part' ? range.start : 0;
  const end = range.kind === 'part' ? range.end : stat.size - 1;
  headers['Content-Length'] = String(end - start + 1);
  if (range.kind === 'part') headers['Content-Range'] = `bytes ${start}-${end}/${stat.size}`;
  const status = range.kind === 'part' ? 206 : 200;
  if (request.method === 'HEAD' || stat.size === 0) {
    await handle.close();
    return { status, headers, body: null };
  }
  return { status, headers, body: handle.createReadStream({ start, end }) };
}

/** The vault path of a URL path, segment by segment; a malformed escape is the caller's mistake. */
function decodePath(encoded: string): string {
  try {
    return encoded.split('/').map(decodeURIComponent).join('/');
  } catch {
    throw new ApiError('INVALID', 'The address of the file is not valid.');
  }
}

function problem(
  status: number,
  message: string,
  extra: Record<string, string> = {},
): VaultFileAnswer {
  return {
    status,
    headers: { ...INERT_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
    body: message,
  };
}
