import { ApiError } from '../../../shared/api/apiError';
import { isIsoDate, type IsoDate } from '../../../shared/dates/calendarDate';

/** Where a timeline page ended: the last entry shown (newest-first order: date, then path). */
export interface TimelineCursor {
  date: IsoDate;
  path: string;
}

/** An opaque cursor for the client to hand back. */
export function encodeTimelineCursor({ date, path }: TimelineCursor): string {
  return JSON.stringify([date, path]);
}

export function decodeTimelineCursor(cursor: string): TimelineCursor {
  try {
    const value: unknown = JSON.parse(cursor);
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      isIsoDate(value[0]) &&
      typeof value[1] === 'string'
    )
      return { date: value[0], path: value[1] };
  } catch {
    // Reported below.
  }
  throw new ApiError('INVALID', 'The timeline position is not valid. Reload the timeline.');
}
