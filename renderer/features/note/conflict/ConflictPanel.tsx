import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveConflict } from '../../../../shared/api/noteSchemas';
import { mergeThreeWay, sideBySideRows } from './lineDiff';
import { SideBySideDiff } from './SideBySideDiff';

export interface ConflictPanelProps {
  conflict: SaveConflict;
  /** The text both sides started from (the last one saved here). */
  base: string;
  /** `draft`: the unsaved side comes from an earlier session, not from this one. */
  origin: 'conflict' | 'draft';
  title: string;
  busy: boolean;
  error: string | null;
  onKeepMine(): void;
  onKeepTheirs(): void;
  onSaveMerged(text: string): void;
  onRecreate(): void;
}

const MARKERS = /^(<<<<<<<|>>>>>>>) /m;

/**
 * Shown when the open note changed on disk while it had unsaved edits (or a save hit CONFLICT),
 * or was deleted on disk: both versions side by side, and the three ways out — keep mine, keep
 * theirs, or merge by hand in an editable text pre-filled by a three-way merge. Nothing is saved
 * until the user chooses, and neither text is dropped on the way.
 */
export function ConflictPanel({
  conflict,
  base,
  origin,
  title,
  busy,
  error,
  onKeepMine,
  onKeepTheirs,
  onSaveMerged,
  onRecreate,
}: ConflictPanelProps) {
  const { t } = useTranslation('notes');
  const mergeId = useId();
  const mergeHintId = useId();
  const [merged, setMerged] = useState<string | null>(null);
  const [confirmMarkers, setConfirmMarkers] = useState(false);
  const theirs = conflict.theirs;

  const rows = useMemo(
    () => (theirs === null ? [] : sideBySideRows(theirs.body, conflict.mine)),
    [theirs, conflict.mine],
  );

  const automatic = useMemo(
    () =>
      theirs === null
        ? null
        : mergeThreeWay(base, conflict.mine, theirs.body, {
            mine: t('conflict.mine'),
            theirs: t('conflict.theirs'),
          }),
    [base, conflict.mine, theirs, t],
  );

  if (theirs === null) {
    return (
      <ConflictFrame
        title={t('conflict.deletedTitle')}
        description={t('conflict.deletedDescription', { path: conflict.path })}
        error={error}
      >
        <ConflictActions busy={busy} actions={[[t('conflict.saveAgain'), onRecreate]]} />
      </ConflictFrame>
    );
  }

  const saveMerged = () => {
    if (merged === null) return;
    if (MARKERS.test(merged) && !confirmMarkers) {
      setConfirmMarkers(true);
      return;
    }
    onSaveMerged(merged);
  };

  return (
    <ConflictFrame
      title={origin === 'draft' ? t('conflict.draftTitle') : t('conflict.title')}
      description={
        origin === 'draft'
          ? t('conflict.draftDescription', { title })
          : t('conflict.description', { title })
      }
      error={error}
    >
      {merged === null ? (
        <>
          <SideBySideDiff rows={rows} />
          <p className="field-hint">{t('conflict.undoHint')}</p>
          <ConflictActions
            busy={busy}
            actions={[
              [t('conflict.keepMine'), onKeepMine],
              [t('conflict.keepTheirs'), onKeepTheirs],
              [
                t('conflict.merge'),
                () => {
                  setMerged(automatic?.text ?? conflict.mine);
                  setConfirmMarkers(false);
                },
              ],
            ]}
          />
        </>
      ) : (
        <>
          <label className="field-label" htmlFor={mergeId}>
            {t('conflict.mergeTitle')}
          </label>
          <p id={mergeHintId} className="field-hint">
            {automatic && automatic.conflicts > 0
              ? t('conflict.mergeHint', { count: automatic.conflicts })
              : t('conflict.mergeClean')}
          </p>
          <textarea
            id={mergeId}
            className="conflict-merge input"
            aria-describedby={mergeHintId}
            value={merged}
            spellCheck={false}
            autoFocus
            onChange={(event) => {
              setMerged(event.target.value);
              setConfirmMarkers(false);
            }}
          />
          {confirmMarkers && (
            <p className="field-error" role="alert">
              {t('conflict.markersLeft')}
            </p>
          )}
          <ConflictActions
            busy={busy}
            actions={[
              [t('conflict.saveMerged'), saveMerged],
              [t('conflict.cancelMerge'), () => setMerged(null)],
            ]}
          />
        </>
      )}
    </ConflictFrame>
  );
}

/**
 * The panel around either case: a heading that takes focus when the panel appears (the editor
 * the user was typing in has gone), what happened, and why the last choice failed, if it did.
 */
function ConflictFrame({
  title,
  description,
  error,
  children,
}: {
  title: string;
  description: string;
  error: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation('notes');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="conflict-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="conflict-title">
        {title}
      </h2>
      <p>{description}</p>
      {error && (
        <p className="field-error" role="alert">
          {t('conflict.failed', { message: error })}
        </p>
      )}
      {children}
    </section>
  );
}

/** The ways out, the first one the suggested choice; none can be chosen while one is under way. */
function ConflictActions({
  busy,
  actions,
}: {
  busy: boolean;
  actions: readonly (readonly [label: string, run: () => void])[];
}) {
  return (
    <div className="conflict-actions">
      {actions.map(([label, run], index) => (
        <button
          key={label}
          type="button"
          className={index === 0 ? 'button button-primary' : 'button'}
          disabled={busy}
          onClick={run}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
