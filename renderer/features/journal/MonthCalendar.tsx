import { useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, monthOfDate, type IsoDate } from '../../../shared/dates/calendarDate';
import { formatIsoDate, formatIsoMonth, weekdayNames } from '../../../shared/dates/formatDate';
import { monthGrid } from '../../../shared/dates/monthGrid';
import type { WeekRule } from '../../../shared/dates/weeks';
import { Icon } from '../../ui/Icon';
import { calendarKeyTarget } from './calendarKeys';
import { useJournalDays } from './useJournalDays';

export interface MonthCalendarProps {
  /** The day with the focus; the calendar shows its month. */
  selected: IsoDate;
  today: IsoDate;
  rule: WeekRule;
  locale: string;
  onSelect(date: IsoDate): void;
  /** Enter or a click on a day: open its entry, or create it. */
  onOpen(date: IsoDate): void;
  /** Smaller, for the sidebar. */
  compact?: boolean;
}

/**
 * A month of the journal: days with an entry are marked, today is outlined. An ARIA grid with
 * one tab stop: arrows move by day and week, Home/End to the ends of the week, Page Up/Down by
 * month (Shift: by year), Enter opens or creates the day's entry. Each day's name says its full
 * date and whether it has an entry.
 */
export function MonthCalendar({
  selected,
  today,
  rule,
  locale,
  onSelect,
  onOpen,
  compact = false,
}: MonthCalendarProps) {
  const { t } = useTranslation('journal');
  const titleId = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  /** A key moved the selection: the new day's button takes the focus once it is drawn. */
  const moveFocus = useRef(false);
  const month = monthOfDate(selected);
  const grid = useMemo(() => monthGrid(month, rule, { fixedWeeks: true }), [month, rule]);
  const days = useJournalDays(grid.first, grid.last);
  const headers = useMemo(
    () =>
      weekdayNames(locale, rule.firstDay, compact ? 'narrow' : 'short').map((short, i) => ({
        ...short,
        long: weekdayNames(locale, rule.firstDay, 'long')[i]!.name,
      })),
    [locale, rule.firstDay, compact],
  );

  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-date="${selected}"]`)?.focus();
  }, [selected, grid]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'rtl' : 'ltr';
    const target = calendarKeyTarget(selected, event, rule.firstDay, direction);
    if (target === null) return;
    event.preventDefault();
    moveFocus.current = true;
    onSelect(target);
  };

  const dayLabel = (date: IsoDate) => {
    const written = formatIsoDate(date, locale, { dateStyle: 'full' });
    const count = days.get(date)?.length ?? 0;
    return count > 0
      ? t('calendar.dayWithEntry', { date: written })
      : t('calendar.dayEmpty', { date: written });
  };

  return (
    <div className={`month-calendar${compact ? ' is-compact' : ''}`}>
      <div className="month-calendar-header">
        <h2 id={titleId} className="month-calendar-title" aria-live="polite">
          {formatIsoMonth(month, locale)}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.previousMonth')}
          title={t('calendar.previousMonth')}
          onClick={() => onSelect(addMonths(selected, -1))}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('calendar.goToday')}
          disabled={selected === today}
          onClick={() => onSelect(today)}
        >
          {t('calendar.today')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.nextMonth')}
          title={t('calendar.nextMonth')}
          onClick={() => onSelect(addMonths(selected, 1))}
        >
          <Icon name="forward" />
        </button>
      </div>
      <table
        ref={gridRef}
        role="grid"
        className="month-calendar-grid"
        aria-labelledby={titleId}
        aria-describedby={compact ? undefined : `${titleId}-help`}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header.weekday} scope="col" abbr={header.long}>
                <span aria-hidden="true">{header.name}</span>
                <span className="visually-hidden">{header.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week.days[0]!.date}>
              {week.days.map((day) => {
                const hasEntry = (days.get(day.date)?.length ?? 0) > 0;
                const isSelected = day.date === selected;
                return (
                  <td key={day.date} aria-selected={isSelected}>
                    <button
                      type="button"
                      data-date={day.date}
                      className={[
                        'calendar-day',
                        day.inMonth ? '' : 'is-outside',
                        hasEntry ? 'has-entry' : '',
                        day.date === today ? 'is-today' : '',
                        isSelected ? 'is-selected' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      tabIndex={isSelected ? 0 : -1}
                      aria-label={dayLabel(day.date)}
                      aria-current={day.date === today ? 'date' : undefined}
                      onClick={() => {
                        onSelect(day.date);
                        onOpen(day.date);
                      }}
                    >
                      {day.day}
                      {hasEntry && <span className="calendar-dot" aria-hidden="true" />}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!compact && (
        <p id={`${titleId}-help`} className="month-calendar-help">
          {t('calendar.help')}
        </p>
      )}
    </div>
  );
}
