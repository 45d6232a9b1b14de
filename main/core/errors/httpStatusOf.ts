import type { ErrorCode } from '../../../shared/api/apiError';

const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  EXISTS: 409,
  IO: 500,
  UNAVAILABLE: 503,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

/** The HTTP status that carries an API error code (the web harness and the vault file server). */
export const httpStatusOf = (code: ErrorCode): number => STATUS[code];
