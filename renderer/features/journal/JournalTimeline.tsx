import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntrySummary } from '../../../shared/api/journalMethods';
import type { IsoDate } from '../../../shared/dates/calendarDate';
import { formatIsoDate } from '../../../shared/dates/formatDate';
import { dateOfJournalPath } from '../../../shared/journal/journalPaths';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useDomainList } from '../../services/domainDirectory';
import { useVaultChanges } from '../../services/useVaultChanges';

const PAGE = 30;
/** The most a refresh reloads at once (the API's page limit). */
const MAX_PAGE = 200;

interface Loaded {
  entries: JournalEntrySummary[];
  nextCursor: string | null;
  total: number;
}

/**
 * Entries newest first with their first lines, a page at a time: the next page loads as the
 * end of the list scrolls into view (or with the button at its end). `onOrBefore` starts the
 * list at a date. Up/Down move between entries.
 */
export function JournalTimeline({
  onOrBefore,
  locale,
  labelledBy,
}: {
  onOrBefore: IsoDate | null;
  locale: string;
  labelledBy: string;
}) {
  const { t } = useTranslation('journal');
  const { api } = useApiClient();
  const { navigate } = useNavigation();
  const domainList = useDomainList();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const sentinel = useRef<HTMLDivElement>(null);
  /** How many entries are shown, so a refresh after a change keeps the list as long. */
  const shown = useRef(PAGE);
  const request = useRef(0);

  const fail = (error: unknown) =>
    setFailed(error instanceof Error ? error.message : String(error));

  useEffect(() => {
    const id = ++request.current;
    api['journal.timeline']({
      ...(onOrBefore ? { onOrBefore } : {}),
      limit: Math.min(MAX_PAGE, Math.max(PAGE, shown.current)),
    }).then(
      (page) => {
        if (id !== request.current) return;
        setLoaded(page);
        setFailed(null);
        setLoading(false);
      },
      (error: unknown) => {
        if (id !== request.current) return;
        fail(error);
        setLoading(false);
      },
    );
  }, [api, onOrBefore, refreshes]);

  useEffect(() => {
    shown.current = PAGE;
  }, [onOrBefore]);
  useEffect(() => {
    if (loaded) shown.current = Math.max(PAGE, loaded.entries.length);
  }, [loaded]);

  useVaultChanges(
    useCallback(() => setRefreshes((n) => n + 1), []),
    (path) => dateOfJournalPath(path) !== null,
  );

  const loadMore = useCallback(() => {
    if (!loaded?.nextCursor || loading) return;
    const id = ++request.current;
    setLoading(true);
    api['journal.timeline']({
      ...(onOrBefore ? { onOrBefore } : {}),
      cursor: loaded.nextCursor,
      limit: PAGE,
    }).then(
      (page) => {
        if (id !== request.current) return;
        setLoaded((current) => ({
          entries: [...(current?.entries ?? []), ...page.entries],
          nextCursor: page.nextCursor,
          total: page.total,
        }));
        setLoading(false);
      },
      (error: unknown) => {
        if (id !== request.current) return;
        fail(error);
        setLoading(false);
      },
    );
  }, [api, loaded, loading, onOrBefore]);

  // The next page comes when the end of the list is near.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || typeof IntersectionObserver === 'undefined' || !loaded?.nextCursor) return;
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((r) => r.isIntersecting)) loadMore();
      },
      { rootMargin: '200px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [loaded, loadMore]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const item = (event.target as HTMLElement).closest('li');
    const next = (
      event.key === 'ArrowDown' ? item?.nextElementSibling : item?.previousElementSibling
    )?.querySelector<HTMLElement>('button');
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  if (loaded === null)
    return (
      <p className="journal-muted" aria-busy={loading}>
        {failed ? t('timeline.failed', { message: failed }) : t('timeline.loading')}
      </p>
    );
  if (loaded.entries.length === 0)
    return (
      <p className="journal-muted">{onOrBefore ? t('timeline.noneBefore') : t('timeline.empty')}</p>
    );

  return (
    <>
      <ol className="journal-timeline" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
        {loaded.entries.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="timeline-entry"
              onClick={() => navigate({ view: 'note', path: entry.path })}
            >
              <span className="timeline-date">
                {formatIsoDate(entry.date, locale, { dateStyle: 'full' })}
              </span>
              <span className={entry.firstLine ? 'timeline-line' : 'timeline-line is-empty'}>
                {entry.firstLine || t('timeline.emptyEntry')}
              </span>
              {(entry.domains.length > 0 || entry.openFollowUps > 0) && (
                <span className="timeline-meta">
                  {entry.domains.map((slug) => (
                    <span key={slug} className="domain-chip">
                      {domainList.nameOf(slug)}
                    </span>
                  ))}
                  {entry.openFollowUps > 0 && (
                    <span>{t('timeline.followUps', { count: entry.openFollowUps })}</span>
                  )}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      <div ref={sentinel} className="timeline-end">
        {failed && (
          <p className="field-error" role="alert">
            {t('timeline.failed', { message: failed })}
          </p>
        )}
        {loaded.nextCursor ? (
          <button type="button" className="button" disabled={loading} onClick={loadMore}>
            {loading ? t('timeline.loading') : t('timeline.more')}
          </button>
        ) : (
          <p className="journal-muted">{t('timeline.end', { count: loaded.entries.length })}</p>
        )}
      </div>
    </>
  );
}
