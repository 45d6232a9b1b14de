import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalActivity } from '../../../shared/api/journalMethods';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { formatIsoDate } from '../../../shared/dates/formatDate';
import { useApiClient } from '../../api/ApiContext';
import { useSettings } from '../../state/SettingsContext';
import { ActivityChart } from './ActivityChart';
import { activityChartModel, weekBreakdown } from './activityChartModel';
import { useDocumentTheme } from './useDocumentTheme';
import { useDomainList } from '../../services/domainDirectory';
import { useVaultChanges } from '../../services/useVaultChanges';

const MONTHS = 6;

/** Theme colours for domains the registry does not know (CSS variables of the chart). */
const FALLBACK_COLOUR_VARS = ['--chart-other-1', '--chart-other-2', '--chart-other-3'];

function cssColour(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/**
 * How the journal has been kept: the current and longest streak, and entries per week over the
 * last six months by domain — a chart for the eye, a summary and a table for everyone.
 */
export function ActivityInsight({ today, locale }: { today: IsoDate; locale: string }) {
  const { t } = useTranslation('journal');
  const { api } = useApiClient();
  const { settings } = useSettings();
  const domainList = useDomainList();
  const headingId = useId();
  const [activity, setActivity] = useState<JournalActivity | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const firstDay = settings.journal.firstDayOfWeek;
  const theme = useDocumentTheme();

  useEffect(() => {
    let current = true;
    api['journal.activity']({ today, locale, months: MONTHS }).then(
      (result) => {
        if (!current) return;
        setActivity(result);
        setFailed(null);
      },
      (error: unknown) => {
        if (current) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
    // The core applies the first-day setting: a change there redraws the weeks.
  }, [api, today, locale, firstDay, version]);
  useVaultChanges(useCallback(() => setVersion((n) => n + 1), []));

  const model = useMemo(
    () =>
      activity === null
        ? null
        : activityChartModel(activity, {
            locale,
            nameOf: domainList.nameOf,
            colourOf: (slug) => domainList.find(slug)?.colour ?? null,
            noDomain: {
              label: t('activity.noDomain'),
              colour: cssColour('--chart-no-domain', '#8a919c'),
            },
            fallbackColours: FALLBACK_COLOUR_VARS.map((name) => cssColour(name, '#6b7380')),
          }),
    // The theme changes the fallback colours read from CSS.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [activity, domainList, locale, t, theme],
  );
  const tooltipLine = useCallback(
    (series: string, entries: number) => t('activity.tooltip', { domain: series, count: entries }),
    [t],
  );

  const streak = activity?.streak;
  const summary =
    model === null
      ? ''
      : model.total === 0
        ? t('activity.summaryEmpty', { months: MONTHS })
        : t('activity.summary', {
            count: model.total,
            months: MONTHS,
            busiest: model.busiest?.range ?? '',
            most: t('activity.entries', { count: model.busiest?.entries ?? 0 }),
          });

  return (
    <section className="journal-activity" aria-labelledby={headingId}>
      <h2 id={headingId} className="journal-section-title">
        {t('activity.title')}
      </h2>
      {failed !== null && (
        <p className="field-error" role="alert">
          {t('activity.failed', { message: failed })}
        </p>
      )}
      {streak && (
        <dl className="journal-stats">
          <div className="journal-stat">
            <dt>{t('activity.currentStreak')}</dt>
            <dd>{t('activity.days', { count: streak.current })}</dd>
          </div>
          <div className="journal-stat">
            <dt>{t('activity.longestStreak')}</dt>
            <dd>{t('activity.days', { count: streak.longest })}</dd>
          </div>
          <div className="journal-stat">
            <dt>{t('activity.inPeriod', { months: MONTHS })}</dt>
            <dd>{t('activity.entries', { count: model?.total ?? 0 })}</dd>
          </div>
        </dl>
      )}
      {streak && (
        <p className="journal-streak-hint">
          {streak.today
            ? t('activity.streakToday')
            : streak.current > 0
              ? t('activity.streakKeep')
              : streak.lastEntry
                ? t('activity.streakLast', {
                    date: formatIsoDate(streak.lastEntry, locale, { dateStyle: 'long' }),
                  })
                : t('activity.streakNone')}
        </p>
      )}
      {model && (
        <>
          <p className="journal-activity-summary">{summary}</p>
          <ActivityChart model={model} summary={summary} tooltipLine={tooltipLine} />
          {model.series.length > 0 && (
            <ul className="activity-legend" aria-label={t('activity.legend')}>
              {model.series.map((series) => (
                <li key={series.domain ?? ''}>
                  <span
                    className="activity-swatch"
                    style={{ background: series.colour }}
                    aria-hidden="true"
                  />
                  {series.label}
                </li>
              ))}
            </ul>
          )}
          <details className="activity-details">
            <summary>{t('activity.showTable')}</summary>
            <table className="activity-table">
              <caption className="visually-hidden">
                {t('activity.tableCaption', { months: MONTHS })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('activity.week')}</th>
                  <th scope="col">{t('activity.entriesColumn')}</th>
                  <th scope="col">{t('activity.domainsColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {model.weeks
                  .map((week, index) => ({ week, index }))
                  .filter(({ week }) => week.entries > 0)
                  .reverse()
                  .map(({ week, index }) => (
                    <tr key={week.start}>
                      <th scope="row">{week.range}</th>
                      <td>{week.entries}</td>
                      <td>
                        {weekBreakdown(model, index)
                          .map((part) =>
                            t('activity.part', { domain: part.label, count: part.entries }),
                          )
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
            <p className="journal-muted">{t('activity.otherWeeks')}</p>
          </details>
        </>
      )}
    </section>
  );
}
