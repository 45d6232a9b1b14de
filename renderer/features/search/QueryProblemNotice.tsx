import { useTranslation } from 'react-i18next';
import type { QueryProblem } from '../../../shared/search/queryParser';
import type { SearchResults } from '../../../shared/search/searchResults';
import { Icon } from '../../ui/Icon';

/** A problem's text in the UI language, from its code (the English message as a fallback). */
function useProblemText(): (problem: Pick<QueryProblem, 'code' | 'params' | 'message'>) => string {
  const { t } = useTranslation('search');
  return (problem) =>
    t(`problems.${problem.code}`, { ...problem.params, defaultValue: problem.message });
}

/** The query with the part a problem is about marked, and a way to select it in the box. */
export function QueryProblemNotice({
  results,
  messageId,
  onSelect,
}: {
  results: SearchResults;
  messageId: string;
  onSelect(start: number, end: number): void;
}) {
  const { t } = useTranslation('search');
  const problemText = useProblemText();
  const { error, warnings, query } = results;
  if (!error && warnings.length === 0) return null;
  if (error) {
    const start = Math.min(error.position, query.length);
    const end = Math.min(Math.max(error.end, start), query.length);
    return (
      <div className="search-problem">
        <p className="search-problem-title">
          <Icon name="warning" /> {t('problemTitle')}
        </p>
        <p id={messageId}>{problemText(error)}</p>
        {end > start && (
          <p className="search-problem-query">
            <span className="search-problem-hint">{t('problemPart')}</span>{' '}
            <button
              type="button"
              className="search-problem-part"
              title={t('problemSelect')}
              onClick={() => onSelect(start, end)}
            >
              {query.slice(0, start)}
              <mark>{query.slice(start, end)}</mark>
              {query.slice(end)}
            </button>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="search-warnings">
      <p className="visually-hidden">{t('warningsTitle')}</p>
      <ul id={messageId}>
        {warnings.map((warning, i) => (
          <li key={i}>
            <Icon name="info" /> {problemText(warning)}
          </li>
        ))}
      </ul>
    </div>
  );
}
