import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';
import { useRecentNotes } from '../../services/recentNotes';
import { useDateFormat } from '../../services/useDateFormat';
import { useVault } from '../../state/VaultContext';
import { NoteList } from '../../ui/NoteList';
import { PaneHeader } from '../../ui/PaneHeader';

const RECENTLY_EDITED = 20;

/** Notes opened lately, and notes changed lately (by anyone, in any program). */
export function RecentPane() {
  const { t } = useTranslation('app');
  const vault = useVault();
  const recent = useRecentNotes();
  const date = useDateFormat();
  const { route, navigate } = useNavigation();
  const selected = route.view === 'note' ? route.path : null;
  const open = (path: string) => navigate({ view: 'note', path });

  const opened = recent.map((path) => ({ path, title: vault.byPath.get(path)?.title ?? path }));
  const edited = useMemo(
    () =>
      [...vault.notes]
        .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
        .slice(0, RECENTLY_EDITED),
    [vault.notes],
  );

  return (
    <>
      <PaneHeader title={t('sidebar.recent')} id="pane-recent-title" />
      <div className="pane-scroll">
        <h3 className="pane-subtitle">{t('sidebar.recentlyOpened')}</h3>
        {opened.length === 0 ? (
          <p className="pane-message">{t('sidebar.noRecent')}</p>
        ) : (
          <NoteList
            label={t('sidebar.recentlyOpened')}
            items={opened}
            selectedPath={selected}
            onOpen={open}
          />
        )}
        <h3 className="pane-subtitle">{t('sidebar.recentlyEdited')}</h3>
        {edited.length === 0 ? (
          <p className="pane-message">{t('sidebar.noNotes')}</p>
        ) : (
          <NoteList
            label={t('sidebar.recentlyEdited')}
            items={edited.map((n) => ({
              path: n.path,
              title: n.title,
              detail: date.relative(n.updated),
            }))}
            selectedPath={selected}
            onOpen={open}
          />
        )}
      </div>
    </>
  );
}
