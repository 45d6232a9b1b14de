import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../../shared/search/searchResults';
import { useApiClient } from '../../api/ApiContext';
import { useToasts } from '../../services/toasts';
import type { Search } from './useSearch';

/**
 * Where the index stands (loading, building "3,000 of 6,000", rebuilding) and, when searching
 * failed, the error with a button that rebuilds the index.
 */
export function SearchIndexStatus({
  status,
  indexing,
  failure,
  number,
  onRebuilt,
}: {
  status: SearchResults['status'] | undefined;
  indexing: Search['indexing'];
  failure: unknown;
  number: Intl.NumberFormat;
  onRebuilt(): void;
}) {
  const { t } = useTranslation('search');
  const { api } = useApiClient();
  const { notify, notifyError } = useToasts();
  const [rebuilding, setRebuilding] = useState(false);

  const rebuild = async () => {
    setRebuilding(true);
    try {
      const summary = await api['search.rebuild']({});
      notify({ kind: 'success', message: t('index.rebuilt', { count: summary.indexed }) });
      onRebuilt();
    } catch (error) {
      notifyError(error);
    } finally {
      setRebuilding(false);
    }
  };

  // Every note read, the index is still being put together: "6,000 of 6,000" would say it is done.
  const building = ({ done, total }: { done: number; total: number }) =>
    done >= total
      ? t('index.finishing')
      : t('index.building', { done: number.format(done), total: number.format(total) });
  const indexLine = rebuilding
    ? t('index.rebuilding')
    : indexing
      ? building(indexing)
      : status?.state === 'loading'
        ? t('index.loading')
        : status?.state === 'building' && status.total > 0
          ? building(status)
          : null;
  const message =
    failure === null ? null : failure instanceof Error ? failure.message : String(failure);

  return (
    <>
      <div className="search-index" role="status">
        {indexLine}
      </div>
      {message && (
        <div className="search-failure">
          <p role="alert">{t('failed', { message })}</p>
          <button
            type="button"
            className="button button-small"
            disabled={rebuilding}
            onClick={() => void rebuild()}
          >
            {t('index.rebuild')}
          </button>
        </div>
      )}
    </>
  );
}
