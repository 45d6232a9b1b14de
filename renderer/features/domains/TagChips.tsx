import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../services/navigation';

/** Tags as chips with their note counts; each opens the tag's page. */
export function TagChips({ tags }: { tags: readonly { tag: string; count: number }[] }) {
  const { t } = useTranslation('domains');
  const { navigate } = useNavigation();
  return (
    <ul className="tag-chips">
      {tags.map(({ tag, count }) => (
        <li key={tag}>
          <button
            type="button"
            className="tag-chip"
            aria-label={t('page.tagWithCount', { tag, count })}
            onClick={() => navigate({ view: 'tag', tag })}
          >
            #{tag}
            <span className="count-badge" aria-hidden="true">
              {count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
