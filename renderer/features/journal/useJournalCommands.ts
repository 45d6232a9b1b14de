import { todayIn } from '../../../shared/dates/timeZone';
import { startOfWeek } from '../../../shared/dates/weeks';
import { useCommandHandler } from '../../services/commands/CommandsContext';
import { useNavigation } from '../../services/navigation';
import { useJournalCalendar } from './journalLocale';
import { useOpenJournalDay } from './openJournalDay';

/**
 * The journal's commands, handled wherever the user is: today's entry (Ctrl/Cmd+J), the journal,
 * this week's review. (Promoting a selection is handled by the open entry's toolbar.)
 */
export function useJournalCommands(): void {
  const { navigate } = useNavigation();
  const { timeZone, firstDay } = useJournalCalendar();
  const openDay = useOpenJournalDay();
  // "Today" is read when the command runs: the app may have been open since yesterday.
  useCommandHandler('journal.today', () => openDay(todayIn(timeZone)));
  useCommandHandler('journal.open', () => navigate({ view: 'journal' }));
  useCommandHandler('journal.weeklyReview', () =>
    navigate({ view: 'weeklyReview', week: startOfWeek(todayIn(timeZone), firstDay) }),
  );
}
