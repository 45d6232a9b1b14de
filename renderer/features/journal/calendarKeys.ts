import { addDays, addMonths, type IsoDate, type Weekday } from '../../../shared/dates/calendarDate';
import { endOfWeek, startOfWeek } from '../../../shared/dates/weeks';

export interface CalendarKey {
  key: string;
  shiftKey?: boolean;
}

/**
 * The day a key moves to in a month calendar (the ARIA date-grid pattern), or null for a key
 * the calendar does not use: arrows by day and week, Home/End to the first and last day of the
 * week (by the week's first day), Page Up/Down by month, with Shift by year. Moving past the
 * month shown shows the next one. Right-to-left layouts swap the horizontal arrows.
 */
export function calendarKeyTarget(
  date: IsoDate,
  { key, shiftKey = false }: CalendarKey,
  firstDay: Weekday,
  direction: 'ltr' | 'rtl' = 'ltr',
): IsoDate | null {
  const forward = direction === 'rtl' ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return addDays(date, forward);
    case 'ArrowLeft':
      return addDays(date, -forward);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'Home':
      return startOfWeek(date, firstDay);
    case 'End':
      return endOfWeek(date, firstDay);
    case 'PageDown':
      return addMonths(date, shiftKey ? 12 : 1);
    case 'PageUp':
      return addMonths(date, shiftKey ? -12 : -1);
    default:
      return null;
  }
}
