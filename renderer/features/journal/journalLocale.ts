import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, type IsoDate, type Weekday } from '../../../shared/dates/calendarDate';
import { startOfLocalDay, systemTimeZone, todayIn } from '../../../shared/dates/timeZone';
import {
  isWeekday,
  weekRuleForLocale,
  withFirstDay,
  type WeekRule,
} from '../../../shared/dates/weeks';
import { useSettings } from '../../state/SettingsContext';

/**
 * The locale the journal counts weeks and writes dates in: the person's own (`en-GB`, from the
 * system's list) when it speaks the UI language, since the region decides the week's first day
 * (Monday in the UK, Sunday in the US); else the UI language itself (`es` → Spain's Monday).
 */
export function journalLocaleFor(language: string, systemLocales: readonly string[]): string {
  const base = language.toLowerCase().split('-')[0];
  const own = systemLocales.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === base);
  if (own === undefined) return language;
  try {
    return Intl.getCanonicalLocales(own.replace(/_/g, '-'))[0] ?? language;
  } catch {
    return language;
  }
}

export interface JournalCalendar {
  /** BCP 47 tag for dates, week rules and new entries' language. */
  locale: string;
  /** Weeks as the locale counts them, with the first day from the settings if one is set. */
  rule: WeekRule;
  firstDay: Weekday;
  timeZone: string;
  /** Today on the person's calendar; changes at local midnight. */
  today: IsoDate;
}

/** The calendar the journal screens share, from the UI language and the journal settings. */
export function useJournalCalendar(): JournalCalendar {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = useMemo(
    () =>
      journalLocaleFor(
        language,
        typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
      ),
    [language],
  );
  const setFirstDay = settings.journal.firstDayOfWeek;
  const rule = useMemo(
    () => withFirstDay(weekRuleForLocale(locale), isWeekday(setFirstDay) ? setFirstDay : null),
    [locale, setFirstDay],
  );
  const timeZone = useMemo(() => systemTimeZone(), []);
  const today = useToday(timeZone);
  return { locale, rule, firstDay: rule.firstDay, timeZone, today };
}

/** Today's date in `timeZone`, re-rendering when the day changes there. */
export function useToday(timeZone: string): IsoDate {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        const next = startOfLocalDay(addDays(todayIn(timeZone), 1), timeZone);
        // A little after midnight, and never longer than a timer can wait.
        const wait = Math.min(Math.max(next - Date.now() + 1000, 1000), 2 ** 31 - 1);
        timer = setTimeout(() => {
          onChange();
          schedule();
        }, wait);
      };
      schedule();
      // A laptop waking from sleep runs late timers late: check when the window is back.
      window.addEventListener('focus', onChange);
      document.addEventListener('visibilitychange', onChange);
      return () => {
        clearTimeout(timer);
        window.removeEventListener('focus', onChange);
        document.removeEventListener('visibilitychange', onChange);
      };
    },
    [timeZone],
  );
  return useSyncExternalStore(subscribe, () => todayIn(timeZone));
}
