import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNote } from '../../../../shared/api/packsMethods';
import { SideBySideDiff } from '../../note/conflict/SideBySideDiff';
import { patchRows } from './patchRows';

/**
 * The notes of a plan as a list the keyboard walks (arrows, Home, End; Enter shows the changes
 * of the note in focus), with what happens to the note in focus said below it, and for updates
 * and conflicts the changes side by side: this vault on the left, the pack on the right.
 */
export function PlanNoteList({ notes }: { notes: readonly PlanNote[] }) {
  const { t } = useTranslation('packs');
  const listId = useId();
  const hintId = useId();
  const [active, setActive] = useState(0);
  const [diffShown, setDiffShown] = useState<string | null>(null);
  const note = notes[Math.min(active, notes.length - 1)];

  const move = (index: number) => {
    const next = Math.max(0, Math.min(notes.length - 1, index));
    setActive(next);
    document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
  };
  const show = (index: number) => {
    const target = notes[index];
    if (!target) return;
    setActive(index);
    setDiffShown(target.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(notes.length - 1),
      PageDown: () => move(active + 10),
      PageUp: () => move(active - 10),
      Enter: () => show(active),
      ' ': () => show(active),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  if (!note) return null;
  const changed = note.status === 'update' || note.status === 'conflict';
  const rows = changed && diffShown === note.id && note.diff ? patchRows(note.diff) : null;

  return (
    <div className="plan-notes">
      <p id={hintId} className="plan-hint">
        {t('import.listHint')}
      </p>
      <ul
        className="plan-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('import.notesLabel')}
        aria-describedby={hintId}
        aria-activedescendant={`${listId}-${active}`}
        data-widget-keys="ArrowDown ArrowUp Home End PageDown PageUp Enter"
        onKeyDown={onKeyDown}
      >
        {notes.map((n, index) => (
          <li
            key={n.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'plan-note is-active' : 'plan-note'}
            onClick={() => show(index)}
          >
            <span className={`plan-status is-${n.status}`}>{t(`importStatus.${n.status}`)}</span>
            <span className="plan-note-title">{n.title}</span>
            <span className="plan-note-path">{n.path}</span>
            {n.localEdited && n.status !== 'new' && (
              <span className="plan-note-edited">{t('import.localEdited')}</span>
            )}
          </li>
        ))}
      </ul>
      <div className="plan-detail">
        <p aria-live="polite">
          {t(`import.detail.${note.status}`, {
            path: note.path,
            conflictPath: note.conflictPath ?? '',
          })}
        </p>
        {changed && diffShown !== note.id && (
          <button type="button" className="button" onClick={() => show(active)}>
            {t('import.showDiff', { title: note.title })}
          </button>
        )}
        {changed && diffShown === note.id && !rows && <p>{t('import.diffTooLarge')}</p>}
        {rows && (
          <SideBySideDiff
            rows={rows}
            labels={{
              diff: t('import.diffLabel', { title: note.title }),
              left: t('import.diffLeft'),
              right: t('import.diffRight'),
              leftOnly: t('import.diffLeftOnly'),
              rightOnly: t('import.diffRightOnly'),
            }}
          />
        )}
      </div>
    </div>
  );
}
