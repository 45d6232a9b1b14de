import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import type { ReviewNote, WeeklyReview } from '../../../shared/api/journalMethods';
import { addDays, isIsoDate, type IsoDate } from '../../../shared/dates/calendarDate';
import { formatIsoDate, formatIsoDateRange } from '../../../shared/dates/formatDate';
import { startOfWeek } from '../../../shared/dates/weeks';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import type { Route } from '../../services/routes';
import { useToasts } from '../../services/toasts';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { useJournalCalendar } from './journalLocale';
import { useDomainList } from '../../services/domainDirectory';
import { useVaultChanges } from '../../services/useVaultChanges';
import './journal.css';

type ReviewRoute = Extract<Route, { view: 'weeklyReview' }>;

/**
 * The weekly review: for one week as the person's locale counts weeks, the journal entries, the
 * notes created and updated, the domains touched, the links made and the follow-ups still open,
 * on one page that can be saved as a note (`journal/reviews/2024-W05.md`).
 */
export function WeeklyReviewView({ route }: { route: ReviewRoute }) {
  const { t } = useTranslation('journal');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const { notify, notifyError } = useToasts();
  const { locale, timeZone, today, firstDay } = useJournalCalendar();
  const domainList = useDomainList();
  const titleId = useId();
  const day = isIsoDate(route.week) ? route.week : today;
  const [review, setReview] = useState<WeeklyReview | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [saving, setSaving] = useState(false);
  const [replace, setReplace] = useState<{ path: string; version: string } | null>(null);

  useEffect(() => {
    let current = true;
    api['journal.weeklyReview']({ date: day, timeZone, locale }).then(
      (result) => {
        if (!current) return;
        setReview(result);
        setFailed(null);
      },
      (error: unknown) => {
        if (current) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
    // A change of the first-day setting moves the week's bounds.
  }, [api, day, timeZone, locale, firstDay, version]);
  useVaultChanges(useCallback(() => setVersion((n) => n + 1), []));

  const week = review?.week;
  const showWeek = (date: IsoDate) =>
    navigate({ view: 'weeklyReview', week: startOfWeek(date, firstDay) });

  const save = async (replaceVersion?: string) => {
    setSaving(true);
    setReplace(null);
    try {
      const note = await api['journal.saveReview']({
        date: day,
        timeZone,
        locale,
        ...(replaceVersion ? { replaceVersion } : {}),
      });
      setVersion((n) => n + 1);
      notify({
        kind: 'success',
        message: t('review.saved', { path: note.path }),
        action: { label: t('review.open'), run: () => navigate({ view: 'note', path: note.path }) },
      });
    } catch (error) {
      const data =
        error instanceof ApiError ? (error.data as { version?: unknown } | undefined) : undefined;
      if (error instanceof ApiError && error.code === 'EXISTS' && typeof data?.version === 'string')
        setReplace({ path: review?.savedReview.path ?? '', version: data.version });
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const open = (path: string, anchor?: string) =>
    navigate({ view: 'note', path, ...(anchor ? { anchor } : {}) });
  const noteLink = (note: { path: string; title: string }) => (
    <button type="button" className="review-link" onClick={() => open(note.path)}>
      {note.title}
    </button>
  );
  const domainNames = (slugs: readonly string[]) => slugs.map(domainList.nameOf).join(', ');
  const noteRow = (note: ReviewNote) => (
    <li key={note.path}>
      {noteLink(note)}
      <span className="review-meta">
        {[
          t(`notes:fields.types.${note.type}`, { defaultValue: note.type }),
          domainNames(note.domains),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </li>
  );

  return (
    <div className="page review-page">
      <header className="page-header">
        <div>
          <h1 className="page-title" id={titleId}>
            {t('review.viewTitle')}
          </h1>
          <p className="page-subtitle">
            {week
              ? t('review.range', {
                  range: formatIsoDateRange(week.start, week.end, locale, { dateStyle: 'long' }),
                  number: week.number,
                })
              : t('review.loading')}
          </p>
        </div>
        <div className="journal-header-actions">
          {review?.savedReview.version && (
            <button type="button" className="button" onClick={() => open(review.savedReview.path)}>
              <Icon name="file" size={14} />
              {t('review.openSaved')}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={!review || saving}
            onClick={() => void save()}
          >
            {saving ? t('review.saving') : t('review.save')}
          </button>
        </div>
      </header>

      <nav className="review-nav" aria-label={t('review.weeks')}>
        <button type="button" className="button" onClick={() => showWeek(addDays(day, -7))}>
          <Icon name="back" size={14} />
          {t('review.previous')}
        </button>
        <button
          type="button"
          className="button"
          disabled={week !== undefined && today >= week.start && today <= week.end}
          onClick={() => showWeek(today)}
        >
          {t('review.thisWeek')}
        </button>
        <button type="button" className="button" onClick={() => showWeek(addDays(day, 7))}>
          {t('review.next')}
          <Icon name="forward" size={14} />
        </button>
      </nav>

      {failed && (
        <p className="field-error" role="alert">
          {t('review.failed', { message: failed })}
        </p>
      )}

      {review && (
        <div className="review-sections">
          <ReviewSection title={t('review.entries')} count={review.entries.length}>
            {review.entries.length === 0 ? (
              <p className="journal-muted">{t('review.noEntries')}</p>
            ) : (
              <ul className="review-list">
                {review.entries.map((entry) => (
                  <li key={entry.path}>
                    <button type="button" className="review-link" onClick={() => open(entry.path)}>
                      {formatIsoDate(entry.date, locale, { dateStyle: 'full' })}
                    </button>
                    {entry.firstLine && <span className="review-quote">{entry.firstLine}</span>}
                  </li>
                ))}
              </ul>
            )}
          </ReviewSection>

          <ReviewSection title={t('review.notesCreated')} count={review.notesCreated.total}>
            {review.notesCreated.total === 0 ? (
              <p className="journal-muted">{t('review.noNotes')}</p>
            ) : (
              <ul className="review-list">{review.notesCreated.items.map(noteRow)}</ul>
            )}
            <More shown={review.notesCreated.items.length} total={review.notesCreated.total} />
          </ReviewSection>

          <ReviewSection title={t('review.notesUpdated')} count={review.notesUpdated.total}>
            {review.notesUpdated.total === 0 ? (
              <p className="journal-muted">{t('review.noNotes')}</p>
            ) : (
              <ul className="review-list">{review.notesUpdated.items.map(noteRow)}</ul>
            )}
            <More shown={review.notesUpdated.items.length} total={review.notesUpdated.total} />
          </ReviewSection>

          <ReviewSection title={t('review.domains')} count={review.domains.length}>
            {review.domains.length === 0 ? (
              <p className="journal-muted">{t('review.noDomains')}</p>
            ) : (
              <ul className="review-domains">
                {review.domains.map((d) => {
                  const domain = domainList.find(d.domain);
                  return (
                    <li key={d.domain}>
                      <span
                        className="activity-swatch"
                        style={domain ? { background: domain.colour } : undefined}
                        aria-hidden="true"
                      />
                      <button
                        type="button"
                        className="review-link review-domain-name"
                        onClick={() => navigate({ view: 'domain', slug: domain?.slug ?? d.domain })}
                      >
                        {domainList.nameOf(d.domain)}
                      </button>
                      <span className="review-meta">
                        {[
                          d.entries > 0 ? t('review.domainEntries', { count: d.entries }) : '',
                          d.notes > 0 ? t('review.domainNotes', { count: d.notes }) : '',
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </ReviewSection>

          <ReviewSection title={t('review.links')} count={review.links.total}>
            {review.links.total === 0 ? (
              <p className="journal-muted">{t('review.noLinks')}</p>
            ) : (
              <ul className="review-list">
                {review.links.items.map((link) => (
                  <li key={`${link.source}→${link.resolved ?? link.target}`}>
                    {noteLink({ path: link.source, title: link.sourceTitle })}
                    <span className="review-arrow" aria-label={t('review.linksTo')}>
                      →
                    </span>
                    {link.resolved ? (
                      noteLink({ path: link.resolved, title: link.resolvedTitle ?? link.target })
                    ) : (
                      <span className="review-unresolved">
                        {t('review.unresolvedLink', { target: link.target })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <More shown={review.links.items.length} total={review.links.total} />
          </ReviewSection>

          <ReviewSection title={t('review.followUps')} count={review.followUps.total}>
            {review.followUps.total === 0 ? (
              <p className="journal-muted">{t('review.noFollowUps')}</p>
            ) : (
              <ul className="review-list review-followups">
                {review.followUps.items.map((item) => (
                  <li key={`${item.path}:${item.line}`}>
                    <span className="review-checkbox" aria-hidden="true" />
                    <span className="review-followup-text">{item.text}</span>
                    <button
                      type="button"
                      className="review-link review-source"
                      onClick={() => open(item.path, item.text)}
                    >
                      {t('review.followUpSource', {
                        entry: formatIsoDate(item.date, locale, { dateStyle: 'medium' }),
                        line: item.line,
                      })}
                    </button>
                    {!item.thisWeek && (
                      <span className="review-meta">{t('review.carriedOver')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <More shown={review.followUps.items.length} total={review.followUps.total} />
          </ReviewSection>
        </div>
      )}

      {replace && (
        <Dialog title={t('review.replaceTitle')} onClose={() => setReplace(null)}>
          <p>{t('review.replaceBody', { path: replace.path })}</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="button"
              data-autofocus
              onClick={() => setReplace(null)}
            >
              {t('review.keep')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void save(replace.version)}
            >
              {t('review.replace')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

function ReviewSection({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="review-section" aria-labelledby={id}>
      <h2 id={id} className="journal-section-title">
        {title} <span className="count-badge">{count}</span>
      </h2>
      {children}
    </section>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation('journal');
  return shown < total ? (
    <p className="journal-muted">{t('review.more', { count: total - shown })}</p>
  ) : null;
}
