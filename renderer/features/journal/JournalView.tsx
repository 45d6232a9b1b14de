import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, monthOfDate, type IsoDate } from '../../../shared/dates/calendarDate';
import { formatIsoDate } from '../../../shared/dates/formatDate';
import { startOfWeek } from '../../../shared/dates/weeks';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { shortcutLabel } from '../../services/commands/shortcutLabel';
import { useNavigation } from '../../services/navigation';
import type { Route } from '../../services/routes';
import { Icon } from '../../ui/Icon';
import { ActivityInsight } from './ActivityInsight';
import { useJournalCalendar } from './journalLocale';
import { JournalTimeline } from './JournalTimeline';
import { MonthCalendar } from './MonthCalendar';
import { useOpenJournalDay } from './openJournalDay';
import './journal.css';

type JournalRoute = Extract<Route, { view: 'journal' }>;

/** The day a route shows: its `date`, else today. */
const routeDay = (route: JournalRoute, today: IsoDate): IsoDate =>
  isIsoDate(route.date) ? route.date : today;
/** Where a route starts the list of entries: its `from`, else the newest. */
const routeFrom = (route: JournalRoute): IsoDate | null =>
  isIsoDate(route.from) ? route.from : null;

/**
 * The journal: a month calendar marking the days with entries (open or create any day from it),
 * how the journal has been kept (streak, entries per week by domain), and every entry newest
 * first with its first line. "Go to date" moves both the calendar and the list.
 */
export function JournalView({ route }: { route: JournalRoute }) {
  const { t } = useTranslation('journal');
  const { navigate } = useNavigation();
  const registry = useCommandRegistry();
  const { locale, rule, today } = useJournalCalendar();
  const openDay = useOpenJournalDay();
  const ids = { jump: useId(), entries: useId() };
  const [selected, setSelected] = useState(() => routeDay(route, today));
  const [from, setFrom] = useState(() => routeFrom(route));
  const [jumpText, setJumpText] = useState('');
  const [jumpError, setJumpError] = useState(false);

  // The route names what the view shows when it opens (back, forward, the next start). A route
  // this view did not write itself (a command, a link) moves the calendar and the list to it.
  const [shownRoute, setShownRoute] = useState(route);
  if (shownRoute !== route) {
    setShownRoute(route);
    if (routeDay(route, today) !== selected) setSelected(routeDay(route, today));
    if (routeFrom(route) !== from) setFrom(routeFrom(route));
  }
  const remember = (date: IsoDate, start: IsoDate | null) =>
    navigate(
      { view: 'journal', ...(date !== today ? { date } : {}), ...(start ? { from: start } : {}) },
      { replace: true },
    );

  const select = (date: IsoDate) => {
    setSelected(date);
    // Every key press need not reach the settings: the month is what the next start needs.
    if (monthOfDate(date) !== monthOfDate(selected)) remember(date, from);
  };

  const open = (date: IsoDate) => {
    // Coming back to the journal shows the day that was opened.
    remember(date, from);
    void openDay(date);
  };

  const jump = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(jumpText)) {
      setJumpError(true);
      return;
    }
    setJumpError(false);
    setSelected(jumpText);
    setFrom(jumpText);
    remember(jumpText, jumpText);
  };

  const showAll = () => {
    setFrom(null);
    remember(selected, null);
  };

  const todayShortcut = shortcutLabel('journal.today');
  return (
    <div className="page journal-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('view.title')}</h1>
          <p className="page-subtitle">{t('view.subtitle')}</p>
        </div>
        <div className="journal-header-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => registry.run('journal.today')}
          >
            <Icon name="journal" size={14} />
            {t('view.today')}
            {todayShortcut && <kbd className="shortcut">{todayShortcut}</kbd>}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              navigate({ view: 'weeklyReview', week: startOfWeek(selected, rule.firstDay) })
            }
          >
            <Icon name="review" size={14} />
            {t('view.reviewWeek')}
          </button>
        </div>
      </header>

      <div className="journal-layout">
        <section className="journal-calendar" aria-label={t('calendar.label')}>
          <MonthCalendar
            selected={selected}
            today={today}
            rule={rule}
            locale={locale}
            onSelect={select}
            onOpen={open}
          />
          <form className="journal-jump" onSubmit={jump} noValidate>
            <label htmlFor={ids.jump}>{t('view.jumpLabel')}</label>
            <div className="journal-jump-row">
              <input
                id={ids.jump}
                type="date"
                className="input"
                value={jumpText}
                aria-invalid={jumpError || undefined}
                aria-describedby={jumpError ? `${ids.jump}-error` : undefined}
                onChange={(event) => setJumpText(event.target.value)}
              />
              <button type="submit" className="button">
                {t('view.jump')}
              </button>
            </div>
            {jumpError && (
              <p id={`${ids.jump}-error`} className="field-error" role="alert">
                {t('view.jumpInvalid')}
              </p>
            )}
          </form>
        </section>
        <ActivityInsight today={today} locale={locale} />
      </div>

      <section className="journal-entries" aria-labelledby={ids.entries}>
        <div className="journal-entries-header">
          <h2 id={ids.entries} className="journal-section-title">
            {from
              ? t('timeline.titleFrom', {
                  date: formatIsoDate(from, locale, { dateStyle: 'long' }),
                })
              : t('timeline.title')}
          </h2>
          {from && (
            <button type="button" className="button button-small" onClick={showAll}>
              {t('timeline.showAll')}
            </button>
          )}
        </div>
        <JournalTimeline onOrBefore={from} locale={locale} labelledBy={ids.entries} />
      </section>
    </div>
  );
}
