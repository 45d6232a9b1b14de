import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../../shared/search/searchResults';
import { Icon } from '../../ui/Icon';

/**
 * What the results say about the query as a whole: that no note had every word, so notes with
 * most of them are shown ("showing notes with most of your words"), and the vault's closest
 * words for those that matched nothing ("did you mean", a button that searches for them). Lives
 * inside the search view's polite live region, so screen readers hear it when it changes.
 */
export function SearchResultNotes({
  results,
  onSearch,
}: {
  results: Pick<SearchResults, 'relaxed' | 'didYouMean' | 'error'>;
  /** Runs the suggested query (puts it in the search box). */
  onSearch(query: string): void;
}) {
  const { t } = useTranslation('search');
  const { relaxed, didYouMean, error } = results;
  if (error || (!relaxed && !didYouMean)) return null;
  return (
    <div className="search-result-notes" role="group" aria-label={t('suggestionsLabel')}>
      {didYouMean && (
        <p className="search-did-you-mean">
          <Icon name="info" /> {didYouMean.applied ? t('showingFor') : t('didYouMean')}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('didYouMeanSearch', { query: didYouMean.query })}
            onClick={() => onSearch(didYouMean.query)}
          >
            {didYouMean.query}
          </button>
        </p>
      )}
      {relaxed && (
        <p className="search-most-words">
          <Icon name="info" /> {t('mostWords')}
        </p>
      )}
    </div>
  );
}
