import { ApiError } from '../../../shared/api/apiError';

/** The form field an API error is about (`data.field`, set by main's validation), if any. */
export function errorField(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const data = error.data;
  if (typeof data !== 'object' || data === null) return null;
  const field = (data as Record<string, unknown>).field;
  return typeof field === 'string' ? field : null;
}

/** The message to show for a failure: an ApiError's says what to do; anything else is a bug. */
export function errorText(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}
