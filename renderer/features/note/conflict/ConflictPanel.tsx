import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveConflict } from '../../../../shared/api/noteSchemas';
import { mergeThreeWay, sideBySideRows } from './lineDiff';

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
  const headingId = useId();
  const mergeId = useId();
  const mergeHintId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const [confirmMarkers, setConfirmMarkers] = useState(false);
  const theirs = conflict.theirs;

  useEffect(() => {
    heading.current?.focus();
  }, []);

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
      <section className="conflict-panel" aria-labelledby={headingId}>
        <h2 id={headingId} ref={heading} tabIndex={-1} className="conflict-title">
          {t('conflict.deletedTitle')}
        </h2>
        <p>{t('conflict.deletedDescription', { path: conflict.path })}</p>
        {error && (
          <p className="field-error" role="alert">
            {t('conflict.failed', { message: error })}
          </p>
        )}
        <div className="conflict-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={onRecreate}
          >
            {t('conflict.saveAgain')}
          </button>
        </div>
      </section>
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
    <section className="conflict-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="conflict-title">
        {origin === 'draft' ? t('conflict.draftTitle') : t('conflict.title')}
      </h2>
      <p>
        {origin === 'draft'
          ? t('conflict.draftDescription', { title })
          : t('conflict.description', { title })}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {t('conflict.failed', { message: error })}
        </p>
      )}
      {merged === null ? (
        <>
          <div
            className="conflict-diff"
            tabIndex={0}
            role="group"
            aria-label={t('conflict.diffLabel')}
          >
            <table className="diff-table">
              <caption className="visually-hidden">{t('conflict.diffLabel')}</caption>
              <colgroup>
                <col className="diff-number-col" />
                <col />
                <col className="diff-number-col" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col" colSpan={2}>
                    {t('conflict.theirs')}
                  </th>
                  <th scope="col" colSpan={2}>
                    {t('conflict.mine')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) =>
                  row.kind === 'fold' ? (
                    <tr key={index} className="diff-fold">
                      <td colSpan={4}>{t('conflict.unchangedLines', { count: row.count })}</td>
                    </tr>
                  ) : (
                    <tr key={index} className={row.changed ? 'diff-changed' : undefined}>
                      <td className="diff-number">{row.left?.number ?? ''}</td>
                      <td
                        className={row.changed && row.left ? 'diff-line diff-removed' : 'diff-line'}
                      >
                        {row.changed && row.left && (
                          <span className="visually-hidden">{t('conflict.lineRemoved')}: </span>
                        )}
                        {row.left?.text ?? ''}
                      </td>
                      <td className="diff-number">{row.right?.number ?? ''}</td>
                      <td
                        className={row.changed && row.right ? 'diff-line diff-added' : 'diff-line'}
                      >
                        {row.changed && row.right && (
                          <span className="visually-hidden">{t('conflict.lineAdded')}: </span>
                        )}
                        {row.right?.text ?? ''}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
          <p className="field-hint">{t('conflict.undoHint')}</p>
          <div className="conflict-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={onKeepMine}
            >
              {t('conflict.keepMine')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onKeepTheirs}>
              {t('conflict.keepTheirs')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setMerged(automatic?.text ?? conflict.mine);
                setConfirmMarkers(false);
              }}
            >
              {t('conflict.merge')}
            </button>
          </div>
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
          <div className="conflict-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={saveMerged}
            >
              {t('conflict.saveMerged')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setMerged(null)}
            >
              {t('conflict.cancelMerge')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
