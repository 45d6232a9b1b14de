import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntrySummary } from '../../../shared/api/journalMethods';
import { formatIsoDate } from '../../../shared/dates/formatDate';
import { dateOfJournalPath } from '../../../shared/journal/journalPaths';
import { useApiClient } from '../../api/ApiContext';
import { useCommandRegistry } from '../../services/commands/CommandsContext';
import { useNavigation } from '../../services/navigation';
import { Icon } from '../../ui/Icon';
import { IconButton } from '../../ui/IconButton';
import { PaneHeader } from '../../ui/PaneHeader';
import { NoteList } from '../../ui/NoteList';
import { useJournalCalendar } from './journalLocale';
import { MonthCalendar } from './MonthCalendar';
import { useOpenJournalDay } from './openJournalDay';
import { useVaultChanges } from '../../services/useVaultChanges';
import './journal.css';

const RECENT_ENTRIES = 10;

/** The journal in the sidebar: a month calendar to open or backfill any day, and recent entries. */
export function JournalPane() {
  const { t } = useTranslation('journal');
  const { api } = useApiClient();
  const registry = useCommandRegistry();
  const { route, navigate } = useNavigation();
  const { locale, rule, today } = useJournalCalendar();
  const openDay = useOpenJournalDay();
  const [selected, setSelected] = useState(today);
  const [recent, setRecent] = useState<JournalEntrySummary[] | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api['journal.timeline']({ limit: RECENT_ENTRIES }).then(
      (page) => {
        if (current) setRecent(page.entries);
      },
      () => {
        if (current) setRecent([]);
      },
    );
    return () => {
      current = false;
    };
  }, [api, version]);
  useVaultChanges(
    useCallback(() => setVersion((n) => n + 1), []),
    (path) => dateOfJournalPath(path) !== null,
  );

  return (
    <>
      <PaneHeader title={t('pane.title')} id="pane-journal-title">
        <IconButton
          icon="calendar"
          label={t('pane.openJournal')}
          onClick={() => navigate({ view: 'journal' })}
        />
      </PaneHeader>
      <div className="pane-scroll journal-pane">
        <MonthCalendar
          compact
          selected={selected}
          today={today}
          rule={rule}
          locale={locale}
          onSelect={setSelected}
          onOpen={(date) => void openDay(date)}
        />
        <div className="journal-pane-actions">
          <button type="button" className="button" onClick={() => registry.run('journal.today')}>
            <Icon name="journal" size={14} />
            {t('view.today')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => registry.run('journal.weeklyReview')}
          >
            <Icon name="review" size={14} />
            {t('pane.review')}
          </button>
        </div>
        <h3 className="pane-subtitle">{t('pane.recent')}</h3>
        {recent !== null && recent.length === 0 ? (
          <p className="pane-message">{t('timeline.empty')}</p>
        ) : (
          <NoteList
            label={t('pane.recent')}
            items={(recent ?? []).map((entry) => ({
              path: entry.path,
              title: entry.firstLine || formatIsoDate(entry.date, locale, { dateStyle: 'long' }),
              detail: formatIsoDate(entry.date, locale, { day: 'numeric', month: 'short' }),
            }))}
            selectedPath={route.view === 'note' ? route.path : null}
            onOpen={(path) => navigate({ view: 'note', path })}
          />
        )}
      </div>
    </>
  );
}
