/**
 * Errors that cross the API boundary. Every failure a caller can act on has a code; the message
 * is a sentence for the user saying what happened and what to do.
 *
 * On the wire an error is `{ code, message, data? }`; `ApiError` is the same thing as a throwable.
 */
export const errorCodes = [
  /** The note, file, trash entry or method does not exist. */
  'NOT_FOUND',
  /** The file changed on disk since the caller read it; `data` carries both versions. */
  'CONFLICT',
  /** The arguments are invalid (bad name, path outside the vault, failed validation). */
  'INVALID',
  /** Something already exists where the caller wants to create it. */
  'EXISTS',
  /** The file system refused (permissions, full disk, unreadable file). */
  'IO',
  /** Not possible right now (e.g. the vault is closing); retrying later may work. */
  'UNAVAILABLE',
  /** The call did not come from the app's own window or session (transport level). */
  'UNAUTHORIZED',
  /** A bug: the message is for a bug report. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  data?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly data: unknown;

  constructor(code: ErrorCode, message: string, data?: unknown) {
    super(message);
    this.code = code;
    this.data = data;
  }

  toJSON(): ApiErrorShape {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return (
    typeof message === 'string' &&
    typeof code === 'string' &&
    (errorCodes as readonly string[]).includes(code)
  );
}

/** The result envelope both transports use, so that errors keep their code across IPC. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
