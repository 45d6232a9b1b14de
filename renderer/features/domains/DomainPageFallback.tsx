import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/apiError';
import { useNavigation } from '../../services/navigation';
import { errorText } from '../refactor/apiErrors';

/** The domain page before its data is there: loading, a slug nobody uses, or a failure to retry. */
export function DomainPageFallback({
  slug,
  error,
  onRetry,
}: {
  slug: string;
  error: unknown;
  onRetry(): void;
}) {
  const { t } = useTranslation('domains');
  const { navigate } = useNavigation();
  const notFound = error instanceof ApiError && error.code === 'NOT_FOUND';
  return (
    <div className="page domain-page">
      {error === null ? (
        <p className="page-subtitle" aria-busy="true">
          {t('page.loading')}
        </p>
      ) : (
        <div className="empty-state">
          <h1 className="empty-state-title">
            {notFound ? t('page.notFoundTitle') : t('page.loadFailed')}
          </h1>
          <p>
            {notFound ? t('page.notFound', { slug }) : errorText(error, t('errors.unexpected'))}
          </p>
          <div className="page-actions">
            {!notFound && (
              <button type="button" className="button" onClick={onRetry}>
                {t('page.tryAgain')}
              </button>
            )}
            <button type="button" className="button" onClick={() => navigate({ view: 'domains' })}>
              {t('page.allDomains')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
