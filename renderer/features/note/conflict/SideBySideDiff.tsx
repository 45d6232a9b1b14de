import { useTranslation } from 'react-i18next';
import type { DiffRow } from './lineDiff';

/** What the two sides are called (default: the version on disk, then yours). */
export interface SideBySideLabels {
  /** The whole diff's accessible name. */
  diff: string;
  left: string;
  right: string;
  /** Said before a line only the left side has, then one only the right side has. */
  leftOnly: string;
  rightOnly: string;
}

/**
 * Their version and mine side by side, line numbers on each side, unchanged stretches folded. A
 * screen reader hears which lines were removed and added, not only a colour.
 */
export function SideBySideDiff({
  rows,
  labels,
}: {
  rows: readonly DiffRow[];
  labels?: SideBySideLabels;
}) {
  const { t } = useTranslation('notes');
  const names = labels ?? {
    diff: t('conflict.diffLabel'),
    left: t('conflict.theirs'),
    right: t('conflict.mine'),
    leftOnly: t('conflict.lineRemoved'),
    rightOnly: t('conflict.lineAdded'),
  };
  return (
    <div className="conflict-diff" tabIndex={0} role="group" aria-label={names.diff}>
      <table className="diff-table">
        <caption className="visually-hidden">{names.diff}</caption>
        <colgroup>
          <col className="diff-number-col" />
          <col />
          <col className="diff-number-col" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" colSpan={2}>
              {names.left}
            </th>
            <th scope="col" colSpan={2}>
              {names.right}
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
                <td className={row.changed && row.left ? 'diff-line diff-removed' : 'diff-line'}>
                  {row.changed && row.left && (
                    <span className="visually-hidden">{names.leftOnly}: </span>
                  )}
                  {row.left?.text ?? ''}
                </td>
                <td className="diff-number">{row.right?.number ?? ''}</td>
                <td className={row.changed && row.right ? 'diff-line diff-added' : 'diff-line'}>
                  {row.changed && row.right && (
                    <span className="visually-hidden">{names.rightOnly}: </span>
                  )}
                  {row.right?.text ?? ''}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
