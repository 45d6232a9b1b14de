import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '../../../shared/api/noteSchemas';
import { useApiClient } from '../../api/ApiContext';
import { useNavigation } from '../../services/navigation';
import { useToasts } from '../../services/toasts';
import { useDateFormat } from '../../services/useDateFormat';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { NoteHistoryDialog } from '../history/NoteHistoryDialog';
import './trash.css';

type Confirm = { kind: 'purge'; entry: TrashEntry } | { kind: 'empty' };

const newestFirst = (a: TrashEntry, b: TrashEntry) =>
  a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0;

/**
 * The Trash: notes moved to `.praxis/trash/`, newest first, each restorable to where it was or
 * deletable for good (after confirmation). Up/Down move between rows, keeping the column.
 */
export function TrashView() {
  const { t } = useTranslation('app');
  const { api, onEvent } = useApiClient();
  const { navigate } = useNavigation();
  const { notify, notifyError } = useToasts();
  const date = useDateFormat();
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [busy, setBusy] = useState(false);
  /** The deleted note whose History is open (its versions, listed by the path it had). */
  const [historyOf, setHistoryOf] = useState<TrashEntry | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once the list reloads after a row left it (the row's button is gone). */
  const refocus = useRef<{ index: number; col: string } | null>(null);

  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted || entries === null || busy) return;
    refocus.current = null;
    const rows = listRef.current?.children;
    const row = rows?.[Math.min(wanted.index, rows.length - 1)];
    (row?.querySelector<HTMLElement>(`[data-col="${wanted.col}"]`) ?? titleRef.current)?.focus();
  }, [entries, busy]);

  const load = useCallback(
    () =>
      api['trash.list']({}).then(
        (list) => setEntries([...list].sort(newestFirst)),
        (error: unknown) => {
          setEntries([]);
          notifyError(error);
        },
      ),
    [api, notifyError],
  );

  useEffect(() => {
    void load();
    // A note deleted or restored elsewhere (another window, the CLI) changes the trash too.
    return onEvent((event) => {
      if (event.type === 'notes.changed' && event.payload.kind !== 'changed') void load();
    });
  }, [load, onEvent]);

  const rememberFocus = (entry: TrashEntry | null, col: string) => {
    refocus.current = { index: entry ? (entries ?? []).indexOf(entry) : 0, col };
  };

  const restore = async (entry: TrashEntry) => {
    rememberFocus(entry, 'restore');
    setBusy(true);
    try {
      const note = await api['trash.restore']({ id: entry.id });
      notify({
        kind: 'success',
        message: t('trash.restored', { title: note.title, path: note.path }),
        action: { label: t('trash.open'), run: () => navigate({ view: 'note', path: note.path }) },
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      await load();
    }
  };

  const purge = async (toPurge: TrashEntry[]) => {
    rememberFocus(toPurge.length === 1 ? toPurge[0]! : null, 'purge');
    setBusy(true);
    setConfirm(null);
    try {
      for (const entry of toPurge) await api['trash.purge']({ id: entry.id });
      notify({
        kind: 'success',
        message: t('trash.purged', { count: toPurge.length }),
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      await load();
    }
  };

  /** Up/Down move focus to the same button of the previous/next row. */
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    const row = button?.closest('li');
    const sibling = (
      event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling
    ) as HTMLElement | null | undefined;
    const target = sibling?.querySelector<HTMLElement>(`[data-col="${button?.dataset.col}"]`);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title" ref={titleRef} tabIndex={-1}>
            {t('trash.title')}
          </h1>
          <p className="page-subtitle">
            {entries === null
              ? t('trash.loading')
              : entries.length === 0
                ? t('trash.emptyHint')
                : t('trash.summary', { count: entries.length })}
          </p>
        </div>
        {entries && entries.length > 0 && (
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => setConfirm({ kind: 'empty' })}
          >
            {t('trash.emptyTrash')}
          </button>
        )}
      </header>

      {entries && entries.length === 0 && (
        <div className="empty-state">
          <Icon name="trash" size={32} />
          <p className="empty-state-title">{t('trash.emptyTitle')}</p>
          <p>{t('trash.emptyText')}</p>
        </div>
      )}

      {entries && entries.length > 0 && (
        <ul
          ref={listRef}
          className="trash-list"
          aria-label={t('trash.listLabel')}
          onKeyDown={onListKeyDown}
        >
          {entries.map((entry) => (
            <li key={entry.id} className="trash-row">
              <Icon name="file" />
              <div className="trash-row-text">
                <span className="trash-row-title">{entry.title}</span>
                <span className="trash-row-meta">
                  {t('trash.meta', {
                    path: entry.originalPath,
                    date: date.dateTime(entry.deletedAt),
                  })}
                </span>
              </div>
              <button
                type="button"
                className="button"
                data-col="restore"
                disabled={busy}
                aria-label={t('trash.restoreNamed', { title: entry.title })}
                onClick={() => void restore(entry)}
              >
                <Icon name="restore" size={14} />
                {t('trash.restore')}
              </button>
              <button
                type="button"
                className="button"
                data-col="history"
                disabled={busy}
                aria-label={t('trash.historyNamed', { title: entry.title })}
                onClick={() => setHistoryOf(entry)}
              >
                {t('trash.history')}
              </button>
              <button
                type="button"
                className="button button-danger"
                data-col="purge"
                disabled={busy}
                aria-label={t('trash.purgeNamed', { title: entry.title })}
                onClick={() => setConfirm({ kind: 'purge', entry })}
              >
                {t('trash.purge')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {historyOf && (
        <NoteHistoryDialog
          path={historyOf.originalPath}
          title={historyOf.title}
          currentText=""
          onRestore={async (id) => {
            // The version becomes the note at the path it had, as a save; the trash keeps its copy.
            const note = await api['history.restore']({ path: historyOf.originalPath, id });
            setHistoryOf(null);
            notify({
              kind: 'success',
              message: t('trash.restored', { title: note.title, path: note.path }),
              action: {
                label: t('trash.open'),
                run: () => navigate({ view: 'note', path: note.path }),
              },
            });
          }}
          onClose={() => setHistoryOf(null)}
        />
      )}
      {confirm && (
        <Dialog
          title={
            confirm.kind === 'empty'
              ? t('trash.confirmEmptyTitle', { count: entries?.length ?? 0 })
              : t('trash.confirmPurgeTitle', { title: confirm.entry.title })
          }
          description={t('trash.confirmText')}
          onClose={() => setConfirm(null)}
        >
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirm(null)}>
              {t('dialog.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger-solid"
              onClick={() =>
                void purge(confirm.kind === 'empty' ? (entries ?? []) : [confirm.entry])
              }
            >
              {confirm.kind === 'empty' ? t('trash.emptyTrash') : t('trash.purge')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
