import { useMemo } from 'react';
import { useFormatLocale } from './useFormatLocale';

export interface DateFormat {
  /** e.g. "12 Mar 2025, 14:05" in the UI language's conventions. */
  dateTime(iso: string): string;
  /** e.g. "3 minutes ago", "yesterday"; falls back to `dateTime` beyond a week. */
  relative(iso: string, now?: number): string;
  /**
   * The relative form within a week, else null: a sentence needs "on 12 Mar" for a date but no
   * preposition before "3 minutes ago" ("actualizada hace 5 minutos", not "el hace 5 minutos").
   */
  recent(iso: string, now?: number): string | null;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** Date formatting in the format locale (UI language, system region), the same for every date. */
export function useDateFormat(): DateFormat {
  const language = useFormatLocale();
  return useMemo(() => {
    const absolute = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const dateTime = (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : absolute.format(date);
    };
    const recent = (iso: string, now = Date.now()): string | null => {
      const time = new Date(iso).getTime();
      if (Number.isNaN(time)) return null;
      let value = (time - now) / 1000;
      for (const [unit, size] of UNITS) {
        if (Math.abs(value) < size) return relativeFormat.format(Math.round(value), unit);
        value /= size;
      }
      return null;
    };
    const relative = (iso: string, now = Date.now()) => recent(iso, now) ?? dateTime(iso);
    return { dateTime, relative, recent };
  }, [language]);
}
