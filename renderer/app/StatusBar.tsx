import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../services/useFormatLocale';
import type { EventPayload } from '../../shared/api/events';
import { countableNotes } from '../../shared/domains/domainTally';
import { useApiClient } from '../api/ApiContext';
import { useActiveNote } from '../state/activeNote';
import { useVault } from '../state/VaultContext';

type Progress = EventPayload<'task.progress'>;

/**
 * The bottom line: how many notes, long work in progress (indexing, import…), and the open
 * note's words and characters.
 */
export function StatusBar() {
  const { t } = useTranslation('app');
  const { onEvent } = useApiClient();
  const vault = useVault();
  const active = useActiveNote();
  const [tasks, setTasks] = useState<ReadonlyMap<string, Progress>>(new Map());

  useEffect(
    () =>
      onEvent((event) => {
        // The vault's own load is shown from the vault store, which knows it from the start.
        if (event.type !== 'task.progress' || event.payload.task === 'vault.load') return;
        const progress = event.payload;
        setTasks((current) => {
          const next = new Map(current);
          if (progress.done >= progress.total) next.delete(progress.task);
          else next.set(progress.task, progress);
          return next;
        });
      }),
    [onEvent],
  );

  // Templates are not notes (shared/templates/templatePaths).
  const noteCount = useMemo(() => countableNotes(vault.notes).length, [vault.notes]);
  const number = useNumberFormat();
  return (
    <footer className="status-bar">
      <span>
        {vault.loaded
          ? t('status.notes', {
              count: noteCount,
              formatted: number.format(noteCount),
            })
          : t('status.loading')}
      </span>
      {vault.loading && (
        <span className="status-vault-load">
          <progress
            aria-label={t('status.vaultLoad')}
            max={Math.max(vault.loading.total, 1)}
            value={vault.loading.done}
          />
          <span>
            {t('status.vaultLoadCount', {
              done: number.format(vault.loading.done),
              total: number.format(vault.loading.total),
            })}
          </span>
        </span>
      )}
      <span className="status-tasks" role="status">
        {[...tasks.values()].map((task) => (
          <span key={task.task} className="status-task">
            {t('status.task', {
              // Known tasks in the UI language; the core's English label for others.
              label: t(`status.taskLabels.${task.task}`, { defaultValue: task.label }),
              percent: task.total > 0 ? Math.floor((task.done / task.total) * 100) : 0,
            })}
          </span>
        ))}
      </span>
      {active && (
        <span className="status-note-stats">
          {t('status.words', {
            count: active.stats.words,
            formatted: number.format(active.stats.words),
          })}
          {' · '}
          {t('status.characters', {
            count: active.stats.characters,
            formatted: number.format(active.stats.characters),
          })}
        </span>
      )}
    </footer>
  );
}
