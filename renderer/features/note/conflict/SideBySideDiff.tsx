import { useTranslation } from 'react-i18next';
import type { DiffRow } from './lineDiff';

/**
 * Their version and mine side by side, line numbers on each side, unchanged stretches folded. A
 * screen reader hears which lines were removed and added, not only a colour.
 */
export function SideBySideDiff({ rows }: { rows: readonly DiffRow[] }) {
  const { t } = useTranslation('notes');
  return (
    <div className="conflict-diff" tabIndex={0} role="group" aria-label={t('conflict.diffLabel')}>
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
                <td className={row.changed && row.left ? 'diff-line diff-removed' : 'diff-line'}>
                  {row.changed && row.left && (
                    <span className="visually-hidden">{t('conflict.lineRemoved')}: </span>
                  )}
                  {row.left?.text ?? ''}
                </td>
                <td className="diff-number">{row.right?.number ?? ''}</td>
                <td className={row.changed && row.right ? 'diff-line diff-added' : 'diff-line'}>
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
  );
}
